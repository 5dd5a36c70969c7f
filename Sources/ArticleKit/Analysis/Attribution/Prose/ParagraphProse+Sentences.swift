extension ParagraphProse {
    /// The paragraph's sentences, each with its cues.
    func sentences() -> [Sentence] {
        sentenceRanges().map { Sentence(range: $0, cues: cuePositions($0)) }
    }

    /// Token ranges of the sentences in a paragraph. A quote ending in . ! ?
    /// ends its sentence unless its attribution follows ("…," he said).
    func sentenceRanges() -> [Range<Int>] {
        let s = self.s
        var result: [Range<Int>] = []
        // Quoted paragraphs of news average four sentences: one allocation
        // for nearly all, rather than doubling from one.
        result.reserveCapacity(8)
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            var ends = false
            if t.kind == .punctuation, t.range.count == 1, Self.endsSentence(s[t.range.lowerBound]) {
                if i + 1 < tokens.count {
                    let n = tokens[i + 1]
                    ends = n.isQuote || n.isCapitalized || (n.isWord && n.text.first?.isNumber == true)
                        || (n.kind == .punctuation && n.text != "," && n.text != "." && n.text != ")")
                    if t.text == ";" { ends = true }
                }
            } else if t.isQuote, i + 1 < tokens.count, tokens[i + 1].isCapitalized || tokens[i + 1].isQuote {
                let content = quotes[t.quote].content
                if let last = s[content].last(where: { !QuoteScanner.isMarkCandidate($0) && !ScalarText.isWhitespace($0) }),
                   last == "." || last == "!" || last == "?" || last == "\u{2026}" {
                    ends = !attributionFollows(after: i)
                }
            }
            // A run this long is not a sentence but a list, a table or an
            // attack; cut it so the per-quote search over its cues stays bounded.
            if i + 1 - start >= Self.maximumSentenceTokens { ends = true }
            if ends {
                result.append(start..<(i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// A mark's text is its one scalar, so `. ! ? ; …` are told by the scalar
    /// rather than by five String comparisons per mark. U+037E, the Greek
    /// question mark, is ";" as a String (the two are canonically equivalent).
    @inline(__always)
    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x37E, 0x2026: return true
        default: return false
        }
    }

    /// Longer than any sentence in the news corpora (the longest run near
    /// 200 tokens); attribution looks at every cue of a sentence for each of
    /// its quotes, so this bounds the work per quote.
    static let maximumSentenceTokens = 400

    /// "he said." / "Mr Smith added," right after a quote.
    func attributionFollows(after i: Int) -> Bool {
        var j = i + 1
        var words = 0
        while j < tokens.count, words < 5 {
            let t = tokens[j]
            if t.isWord, t.is(.reportingVerb) || (t.lower == "went" && j + 1 < tokens.count && tokens[j + 1].lower == "on"), words > 0 {
                // Only a bare attribution: "he said." / "Smith told reporters."
                var k = j + 1
                var extra = 0
                // "Mr. Trump wrote on Twitter on Monday.": a prepositional tail
                // may run longer than an object can.
                let tail = k < tokens.count && tokens[k].isWord && tokens[k].is(.attributionTail)
                while k < tokens.count, tokens[k].isWord, extra < (tail ? 8 : 3) { k += 1; extra += 1 }
                // "Mr. Zahed said:" introduces the next quote, not the last one.
                return k == tokens.count || tokens[k].kind == .punctuation && tokens[k].text != "'" && tokens[k].text != ":"
                    && (extra == 0 || tokens[k].text == "." || tokens[k].text == ",")
            }
            if !t.isWord { return false }
            words += 1
            j += 1
        }
        return false
    }
}
