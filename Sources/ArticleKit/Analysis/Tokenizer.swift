/// Splits a paragraph into tokens, each quotation folded into one.
enum Tokenizer {
    /// Tokens of `range`, where `quotes` (marked ranges with their indices,
    /// in order) become single `.quote` tokens.
    static func tokens(_ s: [Unicode.Scalar], _ range: Range<Int>, quotes: [(marked: Range<Int>, index: Int)]) -> [Token] {
        s.withUnsafeBufferPointer { tokens($0, range, quotes: quotes) }
    }

    static func tokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, quotes: [(marked: Range<Int>, index: Int)]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        let lexicon = WordClass.fastTable
        var q = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if q < quotes.count, i >= quotes[q].marked.lowerBound {
                let marked = quotes[q].marked
                tokens.append(Token(kind: .quote, range: marked, text: "", lower: "", quote: quotes[q].index,
                                    classes: [], capitalized: false, possessive: false))
                i = max(i, marked.upperBound)
                q += 1
                continue
            }
            let limit = q < quotes.count ? min(end, quotes[q].marked.lowerBound) : end
            let c = s[i]
            if ScalarText.isWhitespace(c) { i += 1; continue }
            if QuoteScanner.isWordScalar(c) {
                let j = wordEnd(s, i, limit)
                tokens.append(Token.word(s, i..<j, lexicon: lexicon))
                i = j
                continue
            }
            let text = punctuation(c)
            tokens.append(Token(kind: .punctuation, range: i..<(i + 1), text: text, lower: text, quote: -1,
                                classes: [], capitalized: false, possessive: false))
            i += 1
        }
        return tokens
    }

    /// A punctuation token's text; ASCII marks come from a table, not a new String each.
    @inline(__always)
    static func punctuation(_ c: Unicode.Scalar) -> String {
        c.value < 0x80 ? asciiStrings[Int(c.value)] : String(Character(c))
    }

    private static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Where the word starting at `i` ends: inner apostrophes, hyphens and
    /// ampersands join (don't, Holtz-Eakin, AT&T), so do periods between
    /// single letters (U.S.), and an abbreviation keeps its period (Mr., J.).
    static func wordEnd(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Int {
        s.withUnsafeBufferPointer { wordEnd($0, i, limit) }
    }

    @inline(__always)
    static func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ limit: Int) -> Int {
        var j = i + 1
        while j < limit {
            let d = s[j]
            if QuoteScanner.isWordScalar(d) { j += 1; continue }
            if (d == "'" || d == "\u{2019}" || d == "-" || d == "&" || d == "\u{2010}"),
               j + 1 < limit, QuoteScanner.isWordScalar(s[j + 1]) { j += 2; continue }
            // U.S., and names with dots in them (Halo.Bungie.Org, bit.ly): a
            // period with a letter right after it does not end a sentence.
            // A lowercase word run into a capital ("said.Trump claimed") is a
            // missing space after a full stop.
            if d == ".", j + 1 < limit, QuoteScanner.isLetter(s[j + 1]),
               !(ScalarText.isUppercase(s[j + 1]) && j - i > 2 && !ScalarText.isUppercase(s[i]) && !s[i..<j].contains(".")) {
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
            if isAbbreviation(s, i..<j) { return j + 1 }
        }
        return j
    }

    /// Has a period inside (U.S) or is on the list of abbreviations (Mr, Gov).
    static func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        var bits: UInt32 = 0
        var h = ByteTable.seed
        for k in r {
            let v = s[k].value
            if v == 0x2E { return true }
            bits |= v
            h = ByteTable.step(h, UInt8(truncatingIfNeeded: ScalarText.asciiLower(v)))
        }
        guard bits < 0x80 else { return Lexicon.abbreviations.contains(ScalarText.string(s, r, lowercase: true)) }
        let table = WordClass.fastTable
        let slot = table.find(hash: ByteTable.finish(h), s, r)
        return slot >= 0 && table.classes(at: slot).contains(.abbreviation)
    }

    /// Runs of capitalised words outside quotes ("Russian Foreign Minister
    /// Sergey Lavrov", "Trade and Industry Secretary"), for finding names.
    /// Only capitalised words and their connectors become tokens: names are
    /// wanted from every paragraph, full tokens only where quotes are.
    ///
    /// The runs are slices of one array per paragraph, so making them copies
    /// each token once and allocates once.
    static func capitalizedRuns(_ s: [Unicode.Scalar], _ range: Range<Int>, quotes: [Range<Int>]) -> [ArraySlice<Token>] {
        s.withUnsafeBufferPointer { capitalizedRuns($0, range, quotes: quotes) }
    }

    static func capitalizedRuns(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, quotes: [Range<Int>]) -> [ArraySlice<Token>] {
        var kept: [Token] = []
        var runs: [Range<Int>] = []
        var runStart = -1          // where the open run starts in `kept`, or -1
        var pendingConnector: Token?
        let lexicon = WordClass.fastTable
        var q = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if q < quotes.count, i >= quotes[q].lowerBound {
                if runStart >= 0 { runs.append(runStart..<kept.count); runStart = -1 }
                pendingConnector = nil
                i = max(i, quotes[q].upperBound)
                q += 1
                continue
            }
            let limit = q < quotes.count ? min(end, quotes[q].lowerBound) : end
            let c = s[i]
            if ScalarText.isWhitespace(c) { i += 1; continue }
            guard QuoteScanner.isWordScalar(c) else {
                if runStart >= 0 { runs.append(runStart..<kept.count); runStart = -1 }
                pendingConnector = nil
                i += 1
                continue
            }
            let j = wordEnd(s, i, limit)
            if ScalarText.isUppercase(c) {
                let token = Token.word(s, i..<j, lexicon: lexicon)
                if let connector = pendingConnector { kept.append(connector); pendingConnector = nil }
                if runStart >= 0, kept[kept.count - 1].isPossessive { runs.append(runStart..<kept.count); runStart = -1 }
                if runStart < 0 { runStart = kept.count }
                kept.append(token)
            } else if runStart >= 0, pendingConnector == nil, !kept[kept.count - 1].isPossessive, isConnector(s, i, j) {
                pendingConnector = Token.word(s, i..<j, lexicon: lexicon)
            } else {
                if runStart >= 0 { runs.append(runStart..<kept.count); runStart = -1 }
                pendingConnector = nil
            }
            i = j
        }
        if runStart >= 0 { runs.append(runStart..<kept.count) }
        return runs.map { kept[$0] }
    }

    /// The same runs read off a paragraph's full tokens, where the attributor
    /// has already made them: a quote or a punctuation mark ends a run just
    /// as it does in the scan above, so the runs are the same, and each is
    /// a slice of the paragraph's tokens (a connector always sits right
    /// between the two capitalised words it joins).
    static func capitalizedRuns(_ s: [Unicode.Scalar], tokens: [Token]) -> [ArraySlice<Token>] {
        var runs: [ArraySlice<Token>] = []
        var start = -1      // the open run's first token, or -1
        var end = 0         // one past its last capitalised word
        var pending = false // the token at `end` is a connector waiting for a capitalised word
        for k in tokens.indices {
            guard tokens[k].kind == .word else {
                if start >= 0 { runs.append(tokens[start..<end]); start = -1 }
                pending = false
                continue
            }
            if tokens[k].isCapitalized {
                if pending { end = k; pending = false }
                if start >= 0, tokens[end - 1].isPossessive { runs.append(tokens[start..<end]); start = -1 }
                if start < 0 { start = k }
                end = k + 1
            } else if start >= 0, !pending, !tokens[end - 1].isPossessive,
                      isConnector(s, tokens[k].range.lowerBound, tokens[k].range.upperBound) {
                pending = true
            } else {
                if start >= 0 { runs.append(tokens[start..<end]); start = -1 }
                pending = false
            }
        }
        if start >= 0 { runs.append(tokens[start..<end]) }
        return runs
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// "of", "and", "for": the words that join capitalised words in a title.
    @inline(__always)
    static func isConnector(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
        s.withUnsafeBufferPointer { isConnector($0, i, j) }
    }

    @inline(__always)
    static func isConnector(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int) -> Bool {
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
