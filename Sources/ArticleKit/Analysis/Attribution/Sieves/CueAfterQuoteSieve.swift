/// "Q," S said · "Q," said S · "Q," S, a role, said · "Q," according to S:
/// the cue within the first words after the quote, with only a source
/// between. The shape of 54% of quotes with marks in PolNeAR train.
struct CueAfterQuoteSieve: AttributionSieve {
    let sieve = Sieve.cueAfterQuote

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard let (cue, source) = Self.cueAndSource(site) else { return nil }
        return site.finding(cue, source)
    }

    /// The cue after the quote and its source, if the quote has one: other
    /// rules ask too (a title-case quote with its own cue is speech).
    static func cueAndSource(_ site: QuoteSite) -> (Cue, NounPhrase)? {
        let tokens = site.tokens
        var k = site.token + 1
        // (A stray apostrophe stays behind when an inner quote closes with the
        // outer one: ''…, 'Kosovo is a special case,''' Mr. Putin said.)
        while k < tokens.count, tokens[k].kind == .punctuation,
              tokens[k].text == "," || tokens[k].text == "\u{2014}" || tokens[k].text == "-" || tokens[k].text == "'" || tokens[k].text == "\u{2019}" { k += 1 }
        // Attribution may follow a quote that ends its own sentence ("…?" he asked).
        if let short = sourceThenPastTense(from: k, end: site.sentence.upperBound, site.prose) { return short }
        return scan(from: k, site)
    }

    /// "…," Oliver barked. / "…," an angry Hollande retaliated. / "…," Bennett
    /// shot back with a laugh. — any past tense right after a short name or
    /// pronoun that closes the sentence reports the quote before it.
    private static func sourceThenPastTense(from k: Int, end: Int, _ prose: ParagraphProse) -> (Cue, NounPhrase)? {
        let tokens = prose.tokens
        guard k < end, tokens[k].isCapitalized || tokens[k].is(.personalPronoun) || tokens[k].is(.determiner) else { return nil }
        var e = k
        if tokens[k].is(.determiner) {
            e += 1
            while e < end, e - k < 3, tokens[e].isWord, !tokens[e].isCapitalized, !tokens[e].looksLikeVerb { e += 1 }
            guard e < end, tokens[e].isCapitalized else { return nil }
        }
        while e < end, e - k < 5, tokens[e].isWord, tokens[e].isCapitalized || e == k { e += 1 }
        guard e < end, e > k else { return nil }
        let phrasal = e + 1 < end && tokens[e + 1].lower == "back" && Lexicon.retortVerbs.contains(tokens[e].lower)
        let last = phrasal ? e + 1 : e
        guard tokens[e].looksLikeVerb || phrasal,
              phrasal || last + 1 == end || tokens[last + 1].isPunctuation(".") || tokens[last + 1].isPunctuation(",")
                || tokens[last + 1].lower == "and",
              let np = NounPhrase.make(tokens[k..<e]), np.form == .name || np.form == .pronoun, prose.plausibleSource(np) else { return nil }
        return (Cue(index: e, end: last, kind: .verb, weak: false), np)
    }

    /// The general search behind `cueAfter`: the cue within the first words
    /// after the quote, with only a source between.
    private static func scan(from k: Int, _ site: QuoteSite) -> (Cue, NounPhrase)? {
        let t = site.token, prose = site.prose, tokens = site.tokens, sentence = site.sentence
        // "…," Trump, the 2016 GOP frontrunner and polling leader, said: a name
        // then a comma may carry a long appositive.
        let namedFirst = k + 2 < tokens.count && tokens[k].isCapitalized
            && tokens[(k + 1)...].prefix(5).prefix(while: { $0.isWord }).count < 5   // not to the end of a long run
            && tokens[(k + 1)...].prefix(5).first(where: { !$0.isWord })?.text == ","
        let limit = min(sentence.upperBound, k + (namedFirst ? 40 : 24))
        var j = k
        var commas = 0
        var inParentheses = false
        while j < limit {
            let tok = tokens[j]
            // A nickname in quotes inside a name: Marcia "Cia" Price.
            if tok.isQuote, j > k, tokens[j - 1].isCapitalized, j + 1 < tokens.count, tokens[j + 1].isCapitalized,
               site.text.wordCount(tok.quote) == 1 { j += 1; continue }
            if tok.isQuote { return nil }
            if tok.kind == .punctuation {
                if tok.text == "(" { inParentheses = true } else if tok.text == ")" { inParentheses = false }
                if tok.text == "," { commas += 1; if commas > (namedFirst ? 4 : 2) { return nil } }
                // "Harry M. Reid (D-Nev.) said": a full stop inside the parenthesis.
                else if tok.text != "(" && tok.text != ")" && tok.text != "-" && !(inParentheses && tok.text == ".") { return nil }
            }
            if tok.isWord, j == k, tok.looksLikeVerb, j + 1 < tokens.count, tokens[j + 1].isCapitalized,
               let np = prose.phraseAfter(j + 1), np.form == .name {
                // "…," remembered Roy Verley: any past tense, inverted before a name.
                return (Cue(index: j, end: j, kind: .verb, weak: false), np)
            }
            if tok.isWord, let cue = sentence.cues.first(where: { $0.index == j }) ?? prose.verbCue(at: j, sentenceStart: k) {
                if cue.kind == .accordingTo {
                    // "…," according to Mr. Rhodes.
                    guard j == k, let np = prose.phraseAfter(cue.end + 1) else { return nil }
                    return (cue, np)
                }
                if j == k {
                    // "…," saying the city…: a participle is never inverted; its
                    // subject is the clause's — found by the cues before the quote
                    // when there are any.
                    if tokens[j].lower.endsWithASCII("ing") {
                        guard !sentence.cues.contains(where: { $0.index < t }) else { return nil }
                        return prose.clauseSubject(before: t, in: sentence).map { (cue, $0) }
                    }
                    // Inverted: "said Geoff Garin", "added the official".
                    if let np = prose.phraseAfter(j + 1) { return (cue, np) }
                    return nil
                }
                // Only a source may stand between quote and cue: "…," Smith, a pollster, said.
                if let np = prose.subjectBefore(cue.index, floor: k), np.range.lowerBound <= tokens[k].range.lowerBound
                    || prose.startsAt(np, k) || prose.onlyModifiers(from: k, before: np) {
                    return (cue, np)
                }
                // "…," an intelligence source, who was not authorized to speak on
                // the record, told Fox News: an infinitive inside the appositive.
                if j > k, tokens[j - 1].lower == "to", commas > 0 { j += 1; continue }
                return nil
            }
            if tok.isWord, commas == 0, j - k >= 10 { return nil }
            j += 1
        }
        return nil
    }
}
