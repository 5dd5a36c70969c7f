/// A word, a punctuation mark, or a whole quotation, in a paragraph.
///
/// Attribution reads the prose around quotes, so a quote is one token: the
/// words inside it can never be mistaken for a source or a verb.
struct Token {
    enum Kind: Equatable { case word, punctuation, quote }

    var kind: Kind
    var range: Range<Int>
    var text: String
    /// Lowercased text, the form lexicon lookups use.
    var lower: String
    /// For `.quote`, the index of the quotation in the article's list.
    var quote: Int
    /// The lexicon lists the word is on.
    var classes: WordClass
    /// Starts with an uppercase letter (a name, a title, or a sentence start).
    let isCapitalized: Bool
    /// "Russia's", "Clinton’s", "players'".
    let isPossessive: Bool

    init(kind: Kind, range: Range<Int>, text: String, lower: String, quote: Int) {
        let scalars = text.unicodeScalars
        let capitalized = kind == .word && scalars.first.map(ScalarText.isUppercase) == true
        let possessive = kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("’s")
            || ((lower.hasSuffix("'") || lower.hasSuffix("’")) && lower.utf8.count > 1))
        self.init(kind: kind, range: range, text: text, lower: lower, quote: quote, capitalized: capitalized, possessive: possessive)
    }

    /// For the tokenizer, which already knows the flags from the scalars.
    init(kind: Kind, range: Range<Int>, text: String, lower: String, quote: Int, capitalized: Bool, possessive: Bool) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = lower
        self.quote = quote
        self.classes = kind == .word ? WordClass.of(lower) : []
        self.isCapitalized = capitalized
        self.isPossessive = possessive
    }

    /// A word token straight from the article's scalars.
    static func word(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Token {
        s.withUnsafeBufferPointer { word($0, r, lexicon: WordClass.fastTable) }
    }

    /// The same over a buffer the tokenizer holds for a whole paragraph,
    /// with the lexicon it fetched once (a global's lazy-init check per word
    /// showed in profiles).
    ///
    /// One pass over an ASCII word finds its case and hashes its lowercase
    /// form; the lexicon is probed with that hash against the scalars, and a
    /// word on it takes the lexicon's String, so only other words build one.
    @inline(__always)
    static func word(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, lexicon table: ByteTable) -> Token {
        let first = p[r.lowerBound]
        let capitalized = ScalarText.isUppercase(first)
        let n = r.count
        let last = p[r.upperBound - 1]
        let possessive = n > 1 && (last == "'" || last == "\u{2019}" || (n > 2 && (last == "s" || last == "S")
            && (p[r.upperBound - 2] == "'" || p[r.upperBound - 2] == "\u{2019}")))
        var bits: UInt32 = 0
        var uppers = 0
        var h = ByteTable.seed
        for i in r {
            let v = p[i].value
            bits |= v
            let isUpper = v &- 0x41 < 26
            uppers &+= isUpper ? 1 : 0
            h = ByteTable.step(h, UInt8(truncatingIfNeeded: isUpper ? v | 0x20 : v))
        }
        guard bits < 0x80 else {
            let text = ScalarText.string(p, r)
            // "aren’t", "Sanders’": the lexicon knows the typewriter apostrophe;
            // typeset news uses the curly one.
            var lower = ScalarText.string(p, r, lowercase: true)
            if lower.unicodeScalars.contains("\u{2019}") {
                var typewriter = String.UnicodeScalarView()
                typewriter.append(contentsOf: lower.unicodeScalars.lazy.map { $0 == "\u{2019}" ? "'" : $0 })
                lower = String(typewriter)
            }
            return Token(kind: .word, range: r, text: text, lower: lower, quote: -1, classes: WordClass.of(lower),
                         capitalized: capitalized, possessive: possessive)
        }
        let slot = table.find(hash: ByteTable.finish(h), p, r)
        let lower: String
        let classes: WordClass
        if slot >= 0 {
            lower = table.string(at: slot)
            classes = table.classes(at: slot)
        } else {
            lower = ScalarText.asciiString(p, r, lowercase: true)
            classes = []
        }
        // Lowercase words (most of them) are their own lower form; a lexicon
        // word with only its first letter capitalised is in the table so too.
        let text = uppers == 0 ? lower
            : slot >= 0 && uppers == 1 && capitalized ? table.titleString(at: slot) : ScalarText.asciiString(p, r)
        return Token(kind: .word, range: r, text: text, lower: lower, quote: -1, classes: classes,
                     capitalized: capitalized, possessive: possessive)
    }

    /// With the word's classes already looked up.
    @inline(__always)
    init(kind: Kind, range: Range<Int>, text: String, lower: String, quote: Int, classes: WordClass, capitalized: Bool, possessive: Bool) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = lower
        self.quote = quote
        self.classes = classes
        self.isCapitalized = capitalized
        self.isPossessive = possessive
    }

    /// Whether the word is on any of the lexicon lists in `c`.
    @inline(__always) func `is`(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }

    var isWord: Bool { kind == .word }
    var isQuote: Bool { kind == .quote }
    func isPunctuation(_ p: String) -> Bool { kind == .punctuation && text == p }
}
