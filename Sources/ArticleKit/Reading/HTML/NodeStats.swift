/// Subtree totals for every node of a `DOMTree`, skipping removed nodes:
/// what the content scoring and cleaning rules weigh.
///
/// Readability rewrites the page before it judges it: a `<div>` with no
/// block inside becomes a `<p>`, and loose text beside blocks in a `<div>`
/// is wrapped in `<p>`s. quoth keeps the tree as parsed and counts those
/// paragraphs instead (`paragraphs`, `textish`), so the rules read the page
/// the way Readability's expectations were made.
struct NodeStats {
    var textLength: [Int32]
    /// Text inside `<a>` elements.
    var linkLength: [Int32]
    /// Text inside links to a place on the same page (`href="#…"`), which
    /// count less: a table of contents is part of the article.
    var hashLinkLength: [Int32]
    var commas: [Int32]
    /// `<p>`s, counting the ones Readability would make of divs and loose text.
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    /// Text inside `<h1>`–`<h6>`.
    var headingLength: [Int32]
    /// Text inside `<ul>` and `<ol>`.
    var listLength: [Int32]
    /// Text inside elements that hold running text (paragraphs, list items,
    /// cells, spans…), as opposed to headings or bare links.
    var textish: [Int32]
    /// Whether a block element (`ContentWords.blockInsideDiv`) is inside:
    /// a div without one reads as a paragraph.
    var hasBlock: [Bool]
    /// Whether the node itself is one of `ContentWords.textishTags`.
    private(set) var isTextish: [Bool]

    /// One backward pass: document order puts children after their parent,
    /// so every child is summed before its parent is.
    init(_ tree: DOMTree, alive: [Bool]) {
        let n = tree.nodes.count
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        hashLinkLength = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        paragraphs = Array(repeating: 0, count: n)
        images = Array(repeating: 0, count: n)
        listItems = Array(repeating: 0, count: n)
        headingLength = Array(repeating: 0, count: n)
        listLength = Array(repeating: 0, count: n)
        textish = Array(repeating: 0, count: n)
        hasBlock = Array(repeating: false, count: n)
        isTextish = tree.nodes.map { $0.flags.contains(.textish) }
        tree.nodes.withUnsafeBufferPointer { nodes in
            for i in stride(from: n - 1, through: 0, by: -1) where alive[i] {
                let flags = nodes[i].flags
                if nodes[i].isText {
                    // White space between tags is not text (Readability trims
                    // and collapses it); a pretty-printed link would otherwise
                    // be half spaces.
                    if flags.contains(.space) { continue }
                    textLength[i] = nodes[i].length
                    commas[i] = nodes[i].commas
                    continue
                }
                var text: Int32 = 0, links: Int32 = 0, hashLinks: Int32 = 0, commaCount: Int32 = 0, p: Int32 = 0
                var img: Int32 = 0, li: Int32 = 0, headings: Int32 = 0, lists: Int32 = 0, texty: Int32 = 0
                var block = false
                for c in nodes[i].children {
                    let c = Int(c)
                    guard alive[c] else { continue }
                    text += textLength[c]; links += linkLength[c]; hashLinks += hashLinkLength[c]; commaCount += commas[c]
                    p += paragraphs[c]; img += images[c]; li += listItems[c]; headings += headingLength[c]
                    lists += listLength[c]
                    texty += isTextish[c] ? textLength[c] : textish[c]
                    block = block || hasBlock[c] || nodes[c].flags.contains(.blockInsideDiv)
                }
                if flags.contains(.link) {
                    links = text
                    if nodes[i].attribute("href") == "#" { hashLinks = text }
                } else if flags.contains(.paragraph) {
                    p += 1
                } else if flags.contains(.image) {
                    img += 1
                } else if flags.contains(.listItem) {
                    li += 1
                } else if flags.contains(.heading) {
                    headings = text
                } else if flags.contains(.list) {
                    lists = text
                } else if flags.contains(.division) {
                    if !block {
                        // Readability turns it into a <p>.
                        p += 1
                    } else {
                        // Loose text beside the blocks becomes <p>s of its own.
                        let (runs, runText) = Self.looseRuns(i, nodes: nodes, alive: alive, textLength: textLength)
                        p += runs
                        texty += runText
                    }
                }
                textLength[i] = text; linkLength[i] = links; hashLinkLength[i] = hashLinks; commas[i] = commaCount
                paragraphs[i] = p; images[i] = img; listItems[i] = li; headingLength[i] = headings; listLength[i] = lists
                textish[i] = texty; hasBlock[i] = block
            }
        }
    }

    /// Runs of inline content (text, links, emphasis…) between the block
    /// children of `div`: how many there are, and the text in those of
    /// them that are not already counted as textish.
    static func looseRuns(_ div: Int, nodes: UnsafeBufferPointer<DOMNode>, alive: [Bool],
                          textLength: [Int32]) -> (runs: Int32, text: Int32) {
        var runs: Int32 = 0, text: Int32 = 0
        var inRun = false
        for c in nodes[div].children {
            let c = Int(c)
            guard alive[c] else { continue }
            let flags = nodes[c].flags
            if flags.contains(.lineBreak) { continue }
            if !flags.contains(.block) {
                if !inRun && (nodes[c].isText ? textLength[c] > 0 : true) {
                    inRun = true
                    runs += 1
                }
                if inRun, !flags.contains(.textish) { text += textLength[c] }
            } else {
                inRun = false
            }
        }
        return (runs, text)
    }

    /// The share of a node's text that sits inside links, links within the
    /// page counting for less (Readability's weighting).
    func linkDensity(_ i: Int) -> Double {
        guard textLength[i] > 0 else { return 0 }
        return (Double(linkLength[i]) - 0.7 * Double(hashLinkLength[i])) / Double(textLength[i])
    }

    /// Takes a removed node's totals out of all its ancestors, for the few
    /// removals made outside a sweep (`Removals`).
    mutating func subtract(_ i: Int, tree: DOMTree) {
        var textishShare = isTextish[i] ? textLength[i] : textish[i]
        var a = tree.nodes[i].parent
        while a >= 0 {
            textLength[a] -= textLength[i]; linkLength[a] -= linkLength[i]; hashLinkLength[a] -= hashLinkLength[i]
            commas[a] -= commas[i]; paragraphs[a] -= paragraphs[i]; images[a] -= images[i]
            listItems[a] -= listItems[i]; headingLength[a] -= headingLength[i]; listLength[a] -= listLength[i]
            textish[a] -= textishShare
            if isTextish[a] { textishShare = textLength[i] }
            a = tree.nodes[a].parent
        }
    }

    /// Totals of removed nodes on their way up to their ancestors: a sweep
    /// over a subtree, last node first, carries each node's removed share
    /// to its parent as it passes, so every node is up to date when the
    /// sweep reaches it, in one pass however deep the page.
    struct Removals {
        /// Index of the first node of the subtree; arrays are offset by it.
        let base: Int
        var text: [Int32], links: [Int32], hashLinks: [Int32], commas: [Int32], paragraphs: [Int32]
        var images: [Int32], listItems: [Int32], headings: [Int32], lists: [Int32], textish: [Int32]

        init(base: Int, count: Int) {
            self.base = base
            let zero = [Int32](repeating: 0, count: count)
            (text, links, hashLinks, commas, paragraphs) = (zero, zero, zero, zero, zero)
            (images, listItems, headings, lists, textish) = (zero, zero, zero, zero, zero)
        }
    }

    /// Takes what was removed under node `i` out of its totals.
    mutating func apply(_ r: Removals, to i: Int) {
        let k = i - r.base
        guard r.text[k] != 0 || r.paragraphs[k] != 0 || r.images[k] != 0 || r.listItems[k] != 0 else { return }
        textLength[i] -= r.text[k]; linkLength[i] -= r.links[k]; hashLinkLength[i] -= r.hashLinks[k]
        commas[i] -= r.commas[k]; paragraphs[i] -= r.paragraphs[k]; images[i] -= r.images[k]
        listItems[i] -= r.listItems[k]; headingLength[i] -= r.headings[k]; listLength[i] -= r.lists[k]
        textish[i] -= r.textish[k]
    }

    /// Records node `i` (already up to date) as removed whole.
    func remove(_ i: Int, into r: inout Removals) {
        let k = i - r.base
        r.text[k] = textLength[i]; r.links[k] = linkLength[i]; r.hashLinks[k] = hashLinkLength[i]
        r.commas[k] = commas[i]; r.paragraphs[k] = paragraphs[i]; r.images[k] = images[i]
        r.listItems[k] = listItems[i]; r.headings[k] = headingLength[i]; r.lists[k] = listLength[i]
        r.textish[k] = textish[i]
    }

    /// Carries node `i`'s removed share up to its parent `p`: the parent's
    /// textish total counted all of a textish child's text.
    func carry(_ i: Int, to p: Int, in r: inout Removals) {
        let k = i - r.base, q = p - r.base
        guard r.text[k] != 0 || r.paragraphs[k] != 0 || r.images[k] != 0 || r.listItems[k] != 0 else { return }
        r.text[q] += r.text[k]; r.links[q] += r.links[k]; r.hashLinks[q] += r.hashLinks[k]
        r.commas[q] += r.commas[k]; r.paragraphs[q] += r.paragraphs[k]; r.images[q] += r.images[k]
        r.listItems[q] += r.listItems[k]; r.headings[q] += r.headings[k]; r.lists[q] += r.lists[k]
        r.textish[q] += isTextish[i] ? r.text[k] : r.textish[k]
    }
}
