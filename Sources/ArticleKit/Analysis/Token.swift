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
        let possessive = kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("’s") || (lower.hasSuffix("'") && lower.utf8.count > 1))
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
        let first = s[r.lowerBound]
        let capitalized = ScalarText.isUppercase(first)
        // Lowercase ASCII words (most of them) are their own lower form.
        var plain = true
        for i in r where s[i].value >= 0x80 || ScalarText.isUppercase(s[i]) { plain = false; break }
        let text: String
        let lower: String
        if plain {
            text = ScalarText.asciiString(s, r)
            lower = text
        } else {
            text = ScalarText.string(s, r)
            lower = ScalarText.string(s, r, lowercase: true)
        }
        let n = r.count
        let last = s[r.upperBound - 1]
        let possessive = n > 1 && (last == "'" || (n > 2 && (last == "s" || last == "S")
            && (s[r.upperBound - 2] == "'" || s[r.upperBound - 2] == "\u{2019}")))
        return Token(kind: .word, range: r, text: text, lower: lower, quote: -1, capitalized: capitalized, possessive: possessive)
    }

    /// Whether the word is on any of the lexicon lists in `c`.
    @inline(__always) func `is`(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }

    var isWord: Bool { kind == .word }
    var isQuote: Bool { kind == .quote }
    func isPunctuation(_ p: String) -> Bool { kind == .punctuation && text == p }
}
