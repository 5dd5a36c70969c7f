/// Splits a paragraph into tokens, each quotation folded into one.
enum Tokenizer {
    /// Tokens of `range`, where `quotes` (marked ranges with their indices,
    /// in order) become single `.quote` tokens.
    static func tokens(_ s: [Unicode.Scalar], _ range: Range<Int>, quotes: [(marked: Range<Int>, index: Int)]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var q = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if q < quotes.count, i >= quotes[q].marked.lowerBound {
                let marked = quotes[q].marked
                tokens.append(Token(kind: .quote, range: marked, text: "", lower: "", quote: quotes[q].index))
                i = max(i, marked.upperBound)
                q += 1
                continue
            }
            let limit = q < quotes.count ? min(end, quotes[q].marked.lowerBound) : end
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            if QuoteScanner.isWordScalar(c) {
                var j = i + 1
                while j < limit {
                    let d = s[j]
                    if QuoteScanner.isWordScalar(d) { j += 1; continue }
                    // Inner apostrophes, hyphens and ampersands join: don't, Holtz-Eakin, AT&T.
                    if (d == "'" || d == "\u{2019}" || d == "-" || d == "&" || d == "\u{2010}"),
                       j + 1 < limit, QuoteScanner.isWordScalar(s[j + 1]) { j += 2; continue }
                    // U.S., D.C.: a period between single letters.
                    if d == ".", j + 1 < limit, QuoteScanner.isLetter(s[j + 1]), j - i == 1 || s[j - 2] == "." {
                        j += 2; continue
                    }
                    break
                }
                // Possessive of a plural: "players'" keeps its apostrophe.
                var text = string(s, i..<j)
                var lower = text.lowercased()
                // An abbreviation keeps its period: Mr., Sen., U.S., J.
                if j < limit, s[j] == "." {
                    let bare = lower
                    if Lexicon.abbreviations.contains(bare) || bare.contains(".")
                        || (j - i == 1 && s[i].properties.isUppercase) {
                        j += 1
                        text += "."
                        lower += "."
                    }
                }
                tokens.append(Token(kind: .word, range: i..<j, text: text, lower: lower, quote: -1))
                i = j
                continue
            }
            let text = String(Character(c))
            tokens.append(Token(kind: .punctuation, range: i..<(i + 1), text: text, lower: text, quote: -1))
            i += 1
        }
        return tokens
    }

    static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[r])
        return String(view)
    }
}
