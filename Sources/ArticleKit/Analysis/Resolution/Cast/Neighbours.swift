/// The word or mark next to a place in the text, read straight from the
/// scalars: enough to tell a subject from a name after a preposition, or a
/// magazine's name from a person's, without tokenizing the paragraph.
///
/// A word comes back as its range and lexicon bits only: no String is built
/// for it unless asked (`lower`), as most are only tested against the lists.
enum Neighbours {
    struct Word {
        let range: Range<Int>
        let classes: WordClass
        let isCapitalized: Bool

        @inline(__always) func `is`(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }

        /// Its lowercase text, built on demand.
        func lower(_ s: [Unicode.Scalar]) -> String { ScalarText.string(s, range, lowercase: true) }

        /// Whether it is `word` (lowercase ASCII), compared scalar by scalar.
        func isWord(_ word: String, in s: [Unicode.Scalar]) -> Bool {
            guard range.count == word.utf8.count else { return false }
            var i = range.lowerBound
            for b in word.utf8 {
                guard ScalarText.asciiLower(s[i].value) == UInt32(b) else { return false }
                i += 1
            }
            return true
        }

        /// "attacked", "clashed": a lowercase past tense or participle (as `Token.looksLikeVerb`).
        func looksLikeVerb(_ s: [Unicode.Scalar]) -> Bool {
            guard !isCapitalized, range.count > 4, s[range.upperBound - 1] == "d", s[range.upperBound - 2] == "e",
                  !s[range].contains("-") else { return false }
            return !self.is(.nounInEd)
        }
    }

    enum Item {
        case word(Word)
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
        return .word(word(s, start..<j))
    }

    /// The word or mark just after `j`, not at or past `ceiling`.
    static func after(_ s: [Unicode.Scalar], _ j: Int, ceiling: Int) -> Item? {
        var i = j
        while i < ceiling, ScalarText.isWhitespace(s[i]) { i += 1 }
        guard i < ceiling else { return nil }
        guard QuoteScanner.isWordScalar(s[i]) else { return .mark(s[i]) }
        return .word(word(s, i..<Tokenizer.wordEnd(s, i, ceiling)))
    }

    static func word(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Word {
        Word(range: r, classes: WordClass.of(s, r), isCapitalized: ScalarText.isUppercase(s[r.lowerBound]))
    }
}
