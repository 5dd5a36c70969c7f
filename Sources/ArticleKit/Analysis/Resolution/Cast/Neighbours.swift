/// The word or mark next to a place in the text, read straight from the
/// scalars: enough to tell a subject from a name after a preposition, or a
/// magazine's name from a person's, without tokenizing the paragraph.
enum Neighbours {
    enum Item {
        case word(Token)
        case mark(Unicode.Scalar)
    }

    /// The word or mark just before `i`, not before `floor`.
    static func before(_ s: [Unicode.Scalar], _ i: Int, floor: Int) -> Item? {
        var j = i
        while j > floor, ScalarText.isWhitespace(s[j - 1]) { j -= 1 }
        guard j > floor else { return nil }
        let c = s[j - 1]
        guard QuoteScanner.isWordScalar(c) else { return .mark(c) }
        var start = j - 1
        while start > floor, QuoteScanner.isWordScalar(s[start - 1])
                || ((s[start - 1] == "-" || s[start - 1] == "'" || s[start - 1] == "\u{2019}" || s[start - 1] == "&")
                    && start - 2 >= floor && QuoteScanner.isWordScalar(s[start - 2])) { start -= 1 }
        return .word(Token.word(s, start..<j))
    }

    /// The word or mark just after `j`, not at or past `ceiling`.
    static func after(_ s: [Unicode.Scalar], _ j: Int, ceiling: Int) -> Item? {
        var i = j
        while i < ceiling, ScalarText.isWhitespace(s[i]) { i += 1 }
        guard i < ceiling else { return nil }
        guard QuoteScanner.isWordScalar(s[i]) else { return .mark(s[i]) }
        return .word(Token.word(s, i..<Tokenizer.wordEnd(s, i, ceiling)))
    }
}
