/// Cleans the chosen content of what sits inside articles without being
/// the article: share bars, captions, link lists, forms, galleries
/// (Readability's `_prepArticle`).
///
/// The order is Readability's: forms, share widgets, headings with
/// boilerplate classes, then tables, lists and divs, each judged last to
/// first so an inner block is judged (and perhaps removed) before the block
/// around it, which is then judged without it.
struct ContentCleaner {
    let tree: DOMTree
    private(set) var alive: [Bool]
    private var stats: NodeStats
    /// Whether a div was read as a paragraph when scoring (it had no block
    /// inside): such divs are paragraphs, not containers to judge.
    private let divHasBlock: [Bool]
    let passes: ContentExtractor.Passes
    /// The data tables in the content, found once (most pages have none).
    private var dataTables: [Int] = []

    init(tree: DOMTree, alive: [Bool], stats: NodeStats, passes: ContentExtractor.Passes) {
        self.tree = tree
        self.alive = alive
        self.stats = stats
        self.divHasBlock = stats.hasBlock
        self.passes = passes
    }

    /// Blocks with share or social class words and less text than this are widgets.
    static let shareTextLimit: Int32 = 500
    /// Captions and credits with less text than this are removed.
    static let captionTextLimit: Int32 = 500

    mutating func clean(_ roots: [Int]) {
        let conditional = passes.contains(.cleanConditionally)
        dataTables = nodes(under: roots, named: ["table"], includingRoots: true).filter(isDataTable)
        if conditional {
            cleanConditionally(roots, tag: .form)
        }
        // Widgets inside the content, never a root itself: a root whose
        // class says "share" is a container the share bar sits in.
        var widgets: [Int] = []
        for root in roots {
            forEachDescendant(of: root) { i in
                let node = tree.nodes[i]
                guard node.hasClassOrID else { return true }
                if ContentWords.shareBytes.matches(node) && stats.textLength[i] < Self.shareTextLimit
                    || ContentWords.captionBytes.matches(node) && stats.textLength[i] < Self.captionTextLimit {
                    widgets.append(i)
                    return false
                }
                return true
            }
        }
        for i in widgets { remove(i) }
        if passes.contains(.weightClasses) {
            for i in nodes(under: roots, named: ["h1", "h2"]) where ContentWords.classWeight(tree.nodes[i]) < 0 {
                remove(i)
            }
        }
        guard conditional else { return }
        cleanConditionally(roots, tag: .table)
        cleanConditionally(roots, tag: .unorderedList)
        cleanConditionally(roots, tag: .division)
    }

    // MARK: Conditional cleaning

    /// Judges every live `tag` element under the roots, last to first, each
    /// on what is left under it once the later ones have been judged.
    private mutating func cleanConditionally(_ roots: [Int], tag: TagFlags) {
        for root in roots.reversed() where alive[root] {
            let end = tree.subtreeEnd(root)
            // Live: not removed, nor inside something removed.
            var live = [Bool](repeating: false, count: end - root)
            for i in root..<end {
                let parent = tree.nodes[i].parent
                live[i - root] = alive[i] && (i == root || live[parent - root])
            }
            var removals = NodeStats.Removals(base: root, count: end - root)
            for i in stride(from: end - 1, through: root, by: -1) {
                stats.apply(removals, to: i)
                if live[i - root], tree.nodes[i].flags.contains(tag), tag != .division || divHasBlock[i], shouldRemove(i, tag: tag) {
                    alive[i] = false
                    stats.remove(i, into: &removals)
                }
                if i > root { stats.carry(i, to: tree.nodes[i].parent, in: &removals) }
            }
            // The root's own ancestors are never judged; only its share is left.
        }
    }

    /// Readability's `_cleanConditionally` test for one node: a block with
    /// few commas goes when its mix of paragraphs, images, list items,
    /// headings and links says it is not prose.
    private func shouldRemove(_ i: Int, tag: TagFlags) -> Bool {
        let node = tree.nodes[i]
        let length = stats.textLength[i]
        let isList = tag == .unorderedList || length > 0 && Double(stats.listLength[i]) / Double(length) > 0.9
        if !dataTables.isEmpty, dataTables.contains(where: { tree.isInside($0, i) || tree.isInside(i, $0) }) {
            // A data table, inside one, or holding one.
            return false
        }
        if tree.hasAncestor(i, named: "code", within: 4) { return false }
        let weight = passes.contains(.weightClasses) ? ContentWords.classWeight(node) : 0
        if weight < 0 { return true }
        guard stats.commas[i] < 10 else { return false }
        let p = Double(stats.paragraphs[i])
        let images = Double(stats.images[i])
        let listItems = Double(stats.listItems[i]) - 100
        let density = stats.linkDensity(i)
        let headingDensity = length == 0 ? 0 : Double(stats.headingLength[i]) / Double(length)
        let textDensity = length == 0 ? 0 : Double(stats.textish[i]) / Double(length)
        let inFigure = tree.hasAncestor(i, named: "figure", within: 4)
        var remove = false
        if !inFigure && images > 1 && p / images < 0.5 { remove = true }
        else if !isList && listItems > p { remove = true }
        else if !isList && !inFigure && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) { remove = true }
        else if !isList && weight < 25 && density > 0.2 { remove = true }
        else if weight >= 25 && density > 0.5 { remove = true }
        else if images == 0 && textDensity == 0 { remove = true }
        guard remove, isList else { return remove }
        // A list of images, one to an item, stays.
        for c in node.children where alive[Int(c)] && !tree.nodes[Int(c)].isText {
            let children = tree.nodes[Int(c)].children.filter { alive[Int($0)] && !tree.nodes[Int($0)].isText }.count
            if children > 1 { return true }
        }
        return Int(stats.images[i]) != Int(stats.listItems[i])
    }

    // MARK: Data tables

    /// A table of data rather than of layout, judged as browsers judge it
    /// for accessibility: a summary or caption, header cells, or more than
    /// ten cells in a grid.
    private func isDataTable(_ table: Int) -> Bool {
        let node = tree.nodes[table]
        if node.attribute("role") == "presentation" || node.attribute("datatable") == "0" { return false }
        if node.attribute("summary").map({ !$0.isEmpty }) == true { return true }
        var rows = 0, columns = 0
        var stack = node.children.map(Int.init)
        while let j = stack.popLast() {
            let child = tree.nodes[j]
            switch child.name {
            case "caption": if !child.children.isEmpty { return true }
            case "col", "colgroup", "tfoot", "thead", "th": return true
            case "table": return false
            case "tr":
                rows += 1
                columns = max(columns, child.children.filter { tree.nodes[Int($0)].name == "td" }.count)
                stack.append(contentsOf: child.children.map(Int.init))
            default: stack.append(contentsOf: child.children.map(Int.init))
            }
        }
        if rows == 1 || columns == 1 { return false }
        if rows >= 10 || columns > 4 { return true }
        return rows * columns > 10
    }

    // MARK: Walking

    /// Removes one node outside a sweep, taking its totals out of its ancestors.
    private mutating func remove(_ i: Int) {
        guard alive[i] else { return }
        stats.subtract(i, tree: tree)
        alive[i] = false
    }

    /// Visits the live elements under `root` in document order; `visit`
    /// returns false to skip a node's subtree.
    private func forEachDescendant(of root: Int, _ visit: (Int) -> Bool) {
        var stack = tree.nodes[root].children.reversed().map(Int.init)
        while let i = stack.popLast() {
            guard alive[i], !tree.nodes[i].isText else { continue }
            if visit(i) { stack.append(contentsOf: tree.nodes[i].children.reversed().map(Int.init)) }
        }
    }

    /// Live elements named one of `names` under the roots, in document order.
    private func nodes(under roots: [Int], named names: Set<String>, includingRoots: Bool = false) -> [Int] {
        var found: [Int] = []
        for root in roots where alive[root] {
            if includingRoots, names.contains(tree.nodes[root].name) { found.append(root) }
            forEachDescendant(of: root) { i in
                if names.contains(tree.nodes[i].name) { found.append(i) }
                return true
            }
        }
        return found
    }
}
