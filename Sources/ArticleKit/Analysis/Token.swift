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
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = lower
        self.quote = quote
        self.classes = kind == .word ? WordClass.of(lower) : []
        self.isCapitalized = kind == .word && text.unicodeScalars.first.map(ScalarText.isUppercase) == true
        let u = lower.utf8
        self.isPossessive = kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("’s") || (u.last == UInt8(ascii: "'") && u.count > 1))
    }

    /// Whether the word is on any of the lexicon lists in `c`.
    @inline(__always) func `is`(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }

    var isWord: Bool { kind == .word }
    var isQuote: Bool { kind == .quote }
    func isPunctuation(_ p: String) -> Bool { kind == .punctuation && text == p }
}
