/// Turns the extracted part of a page into text blocks, keeping the
/// structure a reader needs: headings, paragraphs, list items, quotes, and
/// the emphasis inside them.
///
/// Every block-level element (and every `<br>`) ends a block, so lines of
/// a poem or an address stay apart and inline markup (links, emphasis)
/// stays inside its sentence.
struct BlockCollector {
    let tree: DOMTree
    let alive: [Bool]

    private var blocks: [TextBlock] = []
    /// For each block, the share of its text inside links.
    private var linkShare: [Double] = []
    private var linky: [Bool] { linkShare.map { $0 > Self.maximumLinkDensity } }
    /// For each block, the list it is an item of.
    private var list: [Int?] = []
    private var run = ""
    private var runKind = Paragraph.Kind.body
    private var runList: Int?
    /// Scalars of `run` so far, and those that came from inside links.
    private var runLength = 0
    private var runLinkLength = 0
    private var linkDepth = 0
    /// Where in `run` each open emphasis began (its outermost element), and
    /// the finished spans.
    private var openEmphasis: [Emphasis.Weight: (depth: Int, start: Int)] = [:]
    private var runEmphasis: [(weight: Emphasis.Weight, start: Int, end: Int)] = []
    /// The innermost `<ul>`/`<ol>` being read.
    private var currentList: Int?

    /// Blocks whose text is more than this share link text are navigation
    /// ("Read more: …", related headlines), not the article, unless they
    /// read as part of it (see `keepsLinkBlock`).
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
        let linky = collector.linky
        let kept = collector.blocks.indices.filter { collector.keepsLinkBlock($0, linky: linky) }
        // A page that is all links (a link list, a page of headlines) is
        // still better read than refused.
        return (kept.isEmpty ? Array(collector.blocks.indices) : kept).map { collector.blocks[$0] }
    }

    /// Whether block `i` belongs in the article: any block that is not
    /// mostly links does, and so does a link block that
    /// - stands alone between two ordinary paragraphs ("Get it on Amazon
    ///   for $39.99", a source's URL), unless it points away ("Related: …");
    /// - is an item of a list whose other items are mostly prose (a blog's
    ///   list of changes, each naming a bug by its link), where a list of
    ///   nothing but links is a list of other stories;
    /// - is a sentence with words of its own besides the link: five words or
    ///   more ending in `.` or `!`, which related headlines never do (a
    ///   question can be a headline; a whole paragraph that is one link is
    ///   an advertisement).
    private func keepsLinkBlock(_ i: Int, linky: [Bool]) -> Bool {
        guard linky[i] else { return true }
        let text = blocks[i].text
        if ContentWords.isReadMore(text) { return false }
        if i > 0, i + 1 < blocks.count, !linky[i - 1], !linky[i + 1] { return true }
        if let l = list[i] {
            let items = list.indices.filter { list[$0] == l }
            let prose = items.filter { !linky[$0] }.count
            if prose * 2 >= items.count { return true }
        }
        return linkShare[i] < 0.9 && ContentWords.endsSentence(text) && ContentWords.wordCount(text) >= 5
    }

    private mutating func visit(_ i: Int, kind: Paragraph.Kind) {
        guard alive[i] else { return }
        let flags = tree.nodes[i].flags
        if tree.nodes[i].isText {
            if runLength == 0 { runKind = kind; runList = currentList }
            let length = Int(tree.nodes[i].length)
            run += tree.nodes[i].text
            runLength += length
            if linkDepth > 0 { runLinkLength += length }
            return
        }
        if flags.contains(.lineBreak) { flush(); return }
        let children = tree.nodes[i].children
        guard flags.contains(.block) else {
            let weight: Emphasis.Weight? = flags.contains(.emphasis) ? .emphasis : flags.contains(.strong) ? .strong : nil
            let link = flags.contains(.link)
            if link { linkDepth += 1 }
            if let weight {
                let open = openEmphasis[weight]
                openEmphasis[weight] = ((open?.depth ?? 0) + 1, open?.start ?? runLength)
            }
            for child in children { visit(Int(child), kind: kind) }
            if let weight, let open = openEmphasis[weight] {
                if open.depth > 1 {
                    openEmphasis[weight] = (open.depth - 1, open.start)
                } else {
                    openEmphasis[weight] = nil
                    if runLength > open.start { runEmphasis.append((weight, open.start, runLength)) }
                }
            }
            if link { linkDepth -= 1 }
            return
        }
        flush()
        var inner = kind
        if flags.contains(.heading) {
            inner = .heading
        } else if flags.contains(.blockQuote) {
            inner = .blockQuote
        } else if flags.contains(.item), kind != .blockQuote {
            inner = .listItem
        }
        let outerList = currentList
        if flags.contains(.list) { currentList = i }
        for child in children { visit(Int(child), kind: inner) }
        flush()
        currentList = outerList
    }

    private mutating func flush() {
        defer { run = ""; runLength = 0; runLinkLength = 0; runEmphasis = [] }
        guard runLength > 0 else { return }
        // Emphasis open across a block boundary marks both sides of it.
        for (weight, open) in openEmphasis {
            if runLength > open.start { runEmphasis.append((weight, open.start, runLength)) }
            openEmphasis[weight] = (open.depth, 0)
        }
        var block = runEmphasis.isEmpty ? TextBlock(kind: runKind, text: run.collapsingSpaces())
            : TextBlock.collapsing(run, kind: runKind, emphasis: runEmphasis)
        guard block.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return }
        // "Advertisement", "Published 20 Nov 2019", "© Getty Images": not the article.
        if BoilerplateLine.kind(of: block.text) != nil { return }
        block.emphasis.removeAll { $0.range.count == block.text.unicodeScalars.count && block.kind == .heading }
        linkShare.append(Double(runLinkLength) / Double(runLength))
        list.append(runKind == .listItem ? runList : nil)
        blocks.append(block)
    }
}
