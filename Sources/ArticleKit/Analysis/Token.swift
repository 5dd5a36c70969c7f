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

    var isWord: Bool { kind == .word }
    var isQuote: Bool { kind == .quote }
    /// Starts with an uppercase letter (a name, a title, or a sentence start).
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return ScalarText.isUppercase(first)
    }
    func isPunctuation(_ p: String) -> Bool { kind == .punctuation && text == p }
    /// "Russia's", "Clinton’s".
    var isPossessive: Bool { kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("’s") || lower.hasSuffix("s'")) }
}
