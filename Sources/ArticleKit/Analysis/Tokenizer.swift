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
        let ascii = asciiStrings
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
            let text = c.value < 0x80 ? ascii[Int(c.value)] : punctuation(c)
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
            // "Ladbrokes' Warren Lush", "Jones' lawyer": a name's plural possessive
            // keeps its apostrophe.
            if d == "'" || d == "\u{2019}", s[j - 1] == "s", j - i >= 3, ScalarText.isUppercase(s[i]),
               j + 1 == limit || ScalarText.isWhitespace(s[j + 1]) { return j + 1 }
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
    /// Sergey Lavrov", "Trade and Industry Secretary"), for finding names,
    /// appended to `runs`.
    ///
    /// Names are wanted from every paragraph, full tokens only where quotes
    /// are: so this scan makes tokens only for capitalised words and the
    /// connectors right after them, with a break marker (an empty
    /// punctuation token) wherever anything else stands, and `group` cuts
    /// that compact stream into runs exactly as it cuts a paragraph's full
    /// tokens. The runs are slices of the stream, so each token is copied
    /// once and the paragraph allocates once.
    static func capitalizedRuns(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, quotes: [Range<Int>],
                                into runs: inout [ArraySlice<Token>]) {
        var stream: [Token] = []
        stream.reserveCapacity(range.count / 16)
        // What the stream ends with: nothing or a break, a capitalised word a
        // connector may follow, or a word one may not (a connector, or a
        // possessive: "Russia's and").
        var state = StreamEnd.broken
        let lexicon = WordClass.fastTable
        var q = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if q < quotes.count, i >= quotes[q].lowerBound {
                cut(&stream, &state, at: i)
                i = max(i, quotes[q].upperBound)
                q += 1
                continue
            }
            let limit = q < quotes.count ? min(end, quotes[q].lowerBound) : end
            let c = s[i]
            if ScalarText.isWhitespace(c) { i += 1; continue }
            guard QuoteScanner.isWordScalar(c) else { cut(&stream, &state, at: i); i += 1; continue }
            let j = wordEnd(s, i, limit)
            if ScalarText.isUppercase(c) {
                let token = Token.word(s, i..<j, lexicon: lexicon)
                state = token.isPossessive ? .closedWord : .openWord
                stream.append(token)
            } else if state == .openWord, isConnector(s, i, j) {
                stream.append(Token.word(s, i..<j, lexicon: lexicon))
                state = .closedWord
            } else {
                cut(&stream, &state, at: i)
            }
            i = j
        }
        group(s, stream, into: &runs)
    }

    private enum StreamEnd { case broken, openWord, closedWord }

    /// Ends the stream's open run, if any, with a break marker.
    @inline(__always)
    private static func cut(_ stream: inout [Token], _ state: inout StreamEnd, at i: Int) {
        guard state != .broken else { return }
        stream.append(Token(kind: .punctuation, range: i..<i, text: "", lower: "", quote: -1,
                            classes: [], capitalized: false, possessive: false))
        state = .broken
    }

    /// The runs of a paragraph's full tokens, where the attributor has
    /// already made them: the same grouping as the scan above.
    static func capitalizedRuns(_ s: UnsafeBufferPointer<Unicode.Scalar>, tokens: [Token], into runs: inout [ArraySlice<Token>]) {
        group(s, tokens, into: &runs)
    }

    /// Cuts a token stream into capitalised runs: capitalised words, joined
    /// by one connector ("of", "and", "for") between two of them; anything
    /// that is not a word (a quote, a punctuation mark, a break marker) or
    /// another lowercase word ends a run, and so does a possessive ("Iowa
    /// State University's | Dianne Bystrom"). A connector always sits right
    /// between the two capitalised words it joins, so each run is a slice.
    static func group(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: [Token], into runs: inout [ArraySlice<Token>]) {
        var start = -1      // the open run's first token, or -1
        var end = 0         // one past its last capitalised word
        var pending = false // the token at `end` is a connector waiting for a capitalised word
        tokens.withUnsafeBufferPointer { t in
            for k in t.indices {
                guard t[k].kind == .word else {
                    if start >= 0 { runs.append(tokens[start..<end]); start = -1 }
                    pending = false
                    continue
                }
                if t[k].isCapitalized {
                    if pending { end = k; pending = false }
                    if start >= 0, t[end - 1].isPossessive { runs.append(tokens[start..<end]); start = -1 }
                    if start < 0 { start = k }
                    end = k + 1
                } else if start >= 0, !pending, !t[end - 1].isPossessive,
                          isConnector(s, t[k].range.lowerBound, t[k].range.upperBound) {
                    pending = true
                } else {
                    if start >= 0 { runs.append(tokens[start..<end]); start = -1 }
                    pending = false
                }
            }
        }
        if start >= 0 { runs.append(tokens[start..<end]) }
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
