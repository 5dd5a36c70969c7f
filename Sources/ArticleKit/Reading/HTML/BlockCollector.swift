/// Turns the extracted part of a page into text blocks, keeping the
/// structure a reader needs: headings, paragraphs, list items, quotes.
///
/// Every block-level element (and every `<br>`) ends a block, so lines of
/// a poem or an address stay apart and inline markup (links, emphasis)
/// stays inside its sentence.
struct BlockCollector {
    let tree: DOMTree
    let alive: [Bool]

    private var blocks: [TextBlock] = []
    /// For each block, whether it is mostly link text.
    private var linky: [Bool] = []
    private var run = ""
    private var runKind = Paragraph.Kind.body
    /// Scalars of `run` that came from inside links.
    private var runLinkLength = 0
    private var linkDepth = 0

    /// Blocks whose text is more than this share link text are navigation
    /// ("Read more: …", related headlines), not the article, unless they
    /// stand alone between two ordinary paragraphs: then they are part of
    /// it ("Get it on Amazon for $39.99", a source's URL).
    static let maximumLinkDensity = 0.5

    init(tree: DOMTree, alive: [Bool]) {
        self.tree = tree
        self.alive = alive
    }

    /// The blocks under `roots`, in document order.
    static func collect(_ tree: DOMTree, roots: [Int], alive: [Bool]) -> [TextBlock] {
        var collector = BlockCollector(tree: tree, alive: alive)
        for root in roots { collector.visit(root, kind: .body) }
        collector.flush()
        let (blocks, linky) = (collector.blocks, collector.linky)
        return blocks.indices.compactMap { i in
            guard linky[i] else { return blocks[i] }
            let inside = i > 0 && i + 1 < blocks.count && !linky[i - 1] && !linky[i + 1]
            return inside && !ContentWords.isReadMore(blocks[i].text) ? blocks[i] : nil
        }
    }

    private mutating func visit(_ i: Int, kind: Paragraph.Kind) {
        guard alive[i] else { return }
        let node = tree.nodes[i]
        if node.isText {
            if run.isEmpty { runKind = kind }
            run += node.text
            if linkDepth > 0 { runLinkLength += node.text.unicodeScalars.count }
            return
        }
        let name = node.name
        if name == "br" || name == "hr" { flush(); return }
        guard DOMNode.blockTags.contains(name) else {
            if name == "a" { linkDepth += 1 }
            for child in node.children { visit(Int(child), kind: kind) }
            if name == "a" { linkDepth -= 1 }
            return
        }
        flush()
        var inner = kind
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": inner = .heading
        case "blockquote": inner = .blockQuote
        case "li", "dd", "dt": if kind != .blockQuote { inner = .listItem }
        default: break
        }
        for child in node.children { visit(Int(child), kind: inner) }
        flush()
    }

    private mutating func flush() {
        defer { run = ""; runLinkLength = 0 }
        let text = run.collapsingSpaces()
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return }
        linky.append(Double(runLinkLength) > Self.maximumLinkDensity * Double(run.unicodeScalars.count))
        blocks.append(TextBlock(kind: runKind, text: text))
    }
}
