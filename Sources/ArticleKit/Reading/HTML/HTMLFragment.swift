/// Text blocks of an HTML snippet that is all article already: a feed
/// item's body, where there is no page chrome to score away.
///
/// Hidden elements, navigation and the like are still dropped; everything
/// else is kept in order.
enum HTMLFragment {
    static func blocks(_ html: String) -> [TextBlock] {
        guard html.contains("<") || html.contains("&") else {
            return html.components(separatedBy: "\n\n").map { TextBlock(kind: .body, text: $0.collapsingSpaces()) }
                .filter { !$0.text.isEmpty }
        }
        guard let (tree, _) = HTMLParser.parse(utf8: Array(html.utf8)), let root = tree.root else { return [] }
        var alive = [Bool](repeating: true, count: tree.nodes.count)
        for i in tree.nodes.indices {
            let node = tree.nodes[i]
            if node.parent >= 0 && !alive[node.parent] { alive[i] = false; continue }
            if node.flags.contains(.removed) || node.flags.contains(.hidden) {
                alive[i] = false
            }
        }
        return BlockCollector.collect(tree, roots: [root], alive: alive)
    }
}
