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

    /// The collapsed text under `index`, with block boundaries as spaces.
    func text(of index: Int) -> String {
        var out = ""
        appendText(of: index, to: &out)
        return out.collapsingSpaces()
    }

    private func appendText(of index: Int, to out: inout String) {
        let node = nodes[index]
        if node.isText { out += node.text; return }
        if node.name == "br" { out += " "; return }
        for child in node.children { appendText(of: Int(child), to: &out) }
        if DOMNode.blockTags.contains(node.name) { out += " " }
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

/// One element or text run of a `DOMTree`.
struct DOMNode: Sendable {
    /// Lowercased tag name; empty for a text node.
    var name: String
    /// Text of a text node, whitespace runs already collapsed to one space.
    var text: String = ""
    var attributes: [(name: String, value: String)] = []
    var parent: Int = -1
    var depth: Int = 0
    var children: [Int32] = []

    var isText: Bool { name.isEmpty }

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The `class` attribute as lowercased UTF-8, and the `id` likewise:
    /// what the pruning and weighting word lists are matched against, many
    /// times a node, so converted once.
    var classBytes: [UInt8] = []
    var idBytes: [UInt8] = []

    /// True when the node has a class or an id to judge it by.
    var hasClassOrID: Bool { !classBytes.isEmpty || !idBytes.isEmpty }

    /// Elements that start a new line when rendered, so their text never
    /// runs into a neighbour's.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "caption", "html", "br",
    ]
}

extension String {
    /// Runs of spaces (ASCII whitespace and no-break spaces) collapsed to
    /// one space, trimmed at both ends. Works on the UTF-8 bytes: it runs
    /// over every block of every page.
    func collapsingSpaces() -> String {
        var copy = self
        return copy.withUTF8 { bytes in
            let count = bytes.count
            return String(unsafeUninitializedCapacity: count) { out in
                var n = 0
                var i = 0
                var pendingSpace = false
                while i < count {
                    let b = bytes[i]
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                        pendingSpace = n > 0
                        i += 1
                    } else if b == 0xC2, i + 1 < count, bytes[i + 1] == 0xA0 {
                        pendingSpace = n > 0
                        i += 2
                    } else {
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        out[n] = b
                        n += 1
                        i += 1
                    }
                }
                return n
            }
        }
    }
}
