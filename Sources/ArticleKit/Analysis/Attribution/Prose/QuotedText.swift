/// An article's scalars with the quotations the scanner found in them: what
/// every attribution rule reads, whatever paragraph it is looking at.
struct QuotedText {
    let s: [Unicode.Scalar]
    let quotes: [QuoteScanner.ScannedQuote]

    /// The quote with its marks, for highlighting and tokenizing around.
    func marked(_ q: QuoteScanner.ScannedQuote) -> Range<Int> {
        (q.open?.lowerBound ?? q.content.lowerBound)..<(q.close?.upperBound ?? q.content.upperBound)
    }

    /// Quote `qi` opens with a capital or a digit: a sentence of its own
    /// rather than a fragment inside the reporter's prose.
    func startsWithCapital(_ qi: Int) -> Bool {
        guard let first = s[quotes[qi].content].first(where: { QuoteScanner.isWordScalar($0) }) else { return false }
        // An ASCII scalar has a numeric type only as a digit: the property lookup is for the rest.
        return ScalarText.isUppercase(first) || (first.value < 0x80 ? first.value &- 0x30 < 10 : first.properties.numericType != nil)
    }

    func wordCount(_ qi: Int) -> Int {
        var count = 0, inWord = false
        for c in s[quotes[qi].content] {
            let w = QuoteScanner.isWordScalar(c)
            if w && !inWord { count += 1 }
            inWord = w
        }
        return count
    }

    /// The last visible character of quote `qi`'s words ("!" in "Nooooo!").
    func lastCharacter(_ qi: Int) -> Unicode.Scalar? {
        s[quotes[qi].content].last(where: { !ScalarText.isWhitespace($0) })
    }

    /// Short and in title case: the name of a show, a book, a headline.
    /// `evenIfShort`, where the words before say a title follows: "New Day"
    /// counts too (no word of four letters or more), and so do long titles.
    func isTitle(_ qi: Int, evenIfShort: Bool = false) -> Bool {
        let maximumWords = evenIfShort ? 14 : 8
        var words = 0, long = 0
        var start = -1
        let content = quotes[qi].content
        // Stops at the first long lowercase word: most quotes are speech and
        // show one within a few words.
        func endWord(_ end: Int) -> Bool {
            guard start >= 0 else { return true }
            defer { start = -1 }
            words += 1
            guard words <= maximumWords else { return false }
            guard end - start >= 4 else { return true }
            if ScalarText.isUppercase(s[start]) { long += 1; return true }
            // "This Week with George Stephanopoulos": short joining words stay lowercase in a title.
            return end - start <= 5 && Lexicon.titleJoiningWords.contains(ScalarText.string(s, start..<end))
        }
        for i in content {
            let c = s[i]
            if QuoteScanner.isWordScalar(c) || c == "'" || c == "\u{2019}" {
                if start < 0 { start = i }
            } else if !endWord(i) {
                return false
            }
        }
        return endWord(content.upperBound) && (long >= 1 || evenIfShort)
    }

    /// The tokens of a paragraph that holds no quote to fold.
    func plainTokens(_ range: Range<Int>) -> [Token] {
        Tokenizer.tokens(s, range, quotes: [])
    }
}
