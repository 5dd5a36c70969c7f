/// Where the page itself says its article is: elements marked
/// `itemprop="articleBody"` and the JSON-LD `articleBody` text.
///
/// Publishers add these for search engines, so they are usually right, but
/// not always: an articleBody element can wrap galleries and teasers, and a
/// JSON-LD body can be a teaser or another page's text. They are therefore
/// hints the extractor checks against the page, never the answer itself:
/// an element marked as the body is not pruned for its class words (one
/// site's "PageBuilder-pageRow" holds "pager"), and a pass whose text
/// misses most of the JSON-LD body is retried with fewer prunings.
struct ArticleHints {
    /// Visible elements marked as the article body, with enough text to be one.
    var bodyElements: [Int] = []
    /// Word trigrams of the JSON-LD body, when it is long enough to judge by.
    var bodyShingles: Set<UInt64> = []

    /// Below this many characters a marked element or JSON-LD body is too
    /// short to say where the article is (a teaser, an empty template).
    static let minimumLength = 200

    init() {}

    init(tree: DOMTree, jsonLDBody: String?) {
        for i in tree.nodes.indices where tree.nodes[i].attribute("itemprop")?.lowercased() == "articlebody" {
            if tree.text(of: i).unicodeScalars.count >= Self.minimumLength { bodyElements.append(i) }
        }
        if let body = jsonLDBody, body.unicodeScalars.count >= Self.minimumLength {
            bodyShingles = Self.shingles(body)
        }
    }

    /// For each node, whether it is a marked body element or holds one:
    /// those are never pruned for their class words or role.
    func protected(in tree: DOMTree) -> [Bool] {
        var marks = [Bool](repeating: false, count: tree.nodes.count)
        for element in bodyElements {
            var i = element
            while i >= 0, !marks[i] { marks[i] = true; i = tree.nodes[i].parent }
        }
        return marks
    }

    /// The share of the JSON-LD body's word trigrams found in `text`; nil
    /// without a JSON-LD body to compare with.
    func coverage(of text: [String]) -> Double? {
        guard !bodyShingles.isEmpty else { return nil }
        var found = Set<UInt64>()
        for part in text { Self.addShingles(part, to: &found) }
        return Double(bodyShingles.intersection(found).count) / Double(bodyShingles.count)
    }

    static func shingles(_ text: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        addShingles(text, to: &out)
        return out
    }

    /// Trigrams of words (runs of letters and digits, lowercased), hashed.
    static func addShingles(_ text: String, to out: inout Set<UInt64>) {
        var w1: UInt64 = 0, w2: UInt64 = 0
        var count = 0
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func endWord() {
            if count >= 2 { out.insert(w1 &* 31 &+ w2 &* 17 &+ h) }
            w1 = w2; w2 = h
            count += 1
            h = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
        for c in text.unicodeScalars {
            let v = c.value
            let isWord = v < 0x80 ? (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A)
                : c.properties.isAlphabetic || c.properties.numericType != nil
            if isWord {
                let folded = v < 0x80 && v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                h = (h ^ UInt64(folded)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                endWord()
            }
        }
        if inWord { endWord() }
    }
}
