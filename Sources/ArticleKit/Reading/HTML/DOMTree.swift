/// A parsed HTML page as plain Swift values: every node in one array, in
/// document order, linked by index.
///
/// libxml2's tree is converted once, right after parsing, so everything
/// downstream (scoring, metadata, block collection) is ordinary Swift on
/// values with no C pointers to free. Document order (a parent before its
/// children) lets subtree totals be summed in one backward pass.
struct DOMTree: Sendable {
    var nodes: [DOMNode] = []

    /// The root element (`<html>`), or nil for an empty document.
    var root: Int? { nodes.isEmpty ? nil : 0 }

    subscript(_ index: Int) -> DOMNode {
        get { nodes[index] }
        set { nodes[index] = newValue }
    }

    /// Appends a node under `parent` and returns its index.
    @discardableResult
    mutating func append(_ node: DOMNode, under parent: Int?) -> Int {
        var node = node
        let index = nodes.count
        node.parent = parent ?? -1
        node.depth = parent.map { nodes[$0].depth + 1 } ?? 0
        nodes.append(node)
        if let parent { nodes[parent].children.append(Int32(index)) }
        return index
    }

    /// Indices of every element named `name`, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// The collapsed text under `index`, with block boundaries as spaces,
    /// leaving out elements named `skipping`.
    func text(of index: Int, skipping: String? = nil) -> String {
        var out = ""
        appendText(of: index, to: &out, skipping: skipping)
        return out.collapsingSpaces()
    }

    private func appendText(of index: Int, to out: inout String, skipping: String?) {
        let node = nodes[index]
        if node.isText { out += node.text; return }
        if node.flags.contains(.lineBreak) { out += " "; return }
        if let skipping, node.name == skipping { out += " "; return }
        for child in node.children { appendText(of: Int(child), to: &out, skipping: skipping) }
        if node.flags.contains(.block) { out += " " }
    }

    /// Whether one of the `within` nearest ancestors of `index` is named `name`.
    func hasAncestor(_ index: Int, named name: String, within: Int) -> Bool {
        var j = nodes[index].parent
        var steps = 0
        while j >= 0, steps < within {
            if nodes[j].name == name { return true }
            j = nodes[j].parent
            steps += 1
        }
        return false
    }

    /// One past the last node of `index`'s subtree: document order keeps
    /// every subtree in one run of indices.
    func subtreeEnd(_ index: Int) -> Int {
        var last = index
        while let child = nodes[last].children.last { last = Int(child) }
        return last + 1
    }

    /// True when `ancestor` is `index` or one of its ancestors.
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var i = index
        while i >= 0 {
            if i == ancestor { return true }
            i = nodes[i].parent
        }
        return false
    }
}
