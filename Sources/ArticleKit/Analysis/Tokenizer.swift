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
            if ScalarText.isWhitespace(c) { i += 1; continue }
            if QuoteScanner.isWordScalar(c) {
                let j = wordEnd(s, i, limit)
                tokens.append(Token.word(s, i..<j))
                i = j
                continue
            }
            let text = String(Character(c))
            tokens.append(Token(kind: .punctuation, range: i..<(i + 1), text: text, lower: text, quote: -1))
            i += 1
        }
        return tokens
    }

    /// Where the word starting at `i` ends: inner apostrophes, hyphens and
    /// ampersands join (don't, Holtz-Eakin, AT&T), so do periods between
    /// single letters (U.S.), and an abbreviation keeps its period (Mr., J.).
    @inline(__always)
    static func wordEnd(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Int {
        var j = i + 1
        while j < limit {
            let d = s[j]
            if QuoteScanner.isWordScalar(d) { j += 1; continue }
            if (d == "'" || d == "\u{2019}" || d == "-" || d == "&" || d == "\u{2010}"),
               j + 1 < limit, QuoteScanner.isWordScalar(s[j + 1]) { j += 2; continue }
            // U.S., and names with dots in them (Halo.Bungie.Org, bit.ly): a
            // period with a letter right after it does not end a sentence.
            if d == ".", j + 1 < limit, QuoteScanner.isLetter(s[j + 1]) {
                j += 2; continue
            }
            // "2,000 supporters": a thousands separator is not a clause's comma.
            if d == ",", j + 3 < limit, isDigit(s[j - 1]), isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]),
               j + 4 >= limit || !isDigit(s[j + 4]) {
                j += 4; continue
            }
            break
        }
        if j < limit, s[j] == ".", j - i <= 6 {
            if j - i == 1 && ScalarText.isUppercase(s[i]) { return j + 1 }
            if s[i..<j].contains(".") || Lexicon.abbreviations.contains(ScalarText.string(s, i..<j, lowercase: true)) { return j + 1 }
        }
        return j
    }

    /// Runs of capitalised words outside quotes ("Russian Foreign Minister
    /// Sergey Lavrov", "Trade and Industry Secretary"), for finding names.
    /// Only capitalised words and their connectors become tokens: names are
    /// wanted from every paragraph, full tokens only where quotes are.
    static func capitalizedRuns(_ s: [Unicode.Scalar], _ range: Range<Int>, quotes: [Range<Int>]) -> [[Token]] {
        var runs: [[Token]] = []
        var run: [Token] = []
        var pendingConnector: Token?
        func close() {
            if !run.isEmpty { runs.append(run); run = [] }
            pendingConnector = nil
        }
        var q = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if q < quotes.count, i >= quotes[q].lowerBound {
                close()
                i = max(i, quotes[q].upperBound)
                q += 1
                continue
            }
            let limit = q < quotes.count ? min(end, quotes[q].lowerBound) : end
            let c = s[i]
            if ScalarText.isWhitespace(c) { i += 1; continue }
            guard QuoteScanner.isWordScalar(c) else { close(); i += 1; continue }
            let j = wordEnd(s, i, limit)
            if ScalarText.isUppercase(c) {
                let token = Token.word(s, i..<j)
                if let connector = pendingConnector { run.append(connector); pendingConnector = nil }
                if let last = run.last, last.isPossessive { close() }
                run.append(token)
            } else if !run.isEmpty, pendingConnector == nil, !run.last!.isPossessive, isConnector(s, i, j) {
                let lower = ScalarText.string(s, i..<j)
                pendingConnector = Token(kind: .word, range: i..<j, text: lower, lower: lower, quote: -1)
            } else {
                close()
            }
            i = j
        }
        close()
        return runs
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// "of", "and", "for": the words that join capitalised words in a title.
    @inline(__always)
    static func isConnector(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
        switch j - i {
        case 2: return s[i] == "o" && s[i + 1] == "f"
        case 3: return (s[i] == "a" && s[i + 1] == "n" && s[i + 2] == "d") || (s[i] == "f" && s[i + 1] == "o" && s[i + 2] == "r")
        default: return false
        }
    }

    static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        ScalarText.string(s, r)
    }
}
