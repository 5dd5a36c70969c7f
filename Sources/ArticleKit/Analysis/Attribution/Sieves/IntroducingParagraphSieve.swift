/// "Trump issued the following statement:" ¶ "…": a paragraph that ends in
/// a colon introduces the quote opening the next one; the source is the
/// subject of its last sentence.
struct IntroducingParagraphSieve: AttributionSieve {
    let sieve = Sieve.introducingParagraph

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard site.token == 0, site.paragraph > 0 else { return nil }
        let text = site.text, s = text.s
        let range = site.paragraphs[site.paragraph - 1].range
        // Only a paragraph ending in a colon introduces: check that before tokenizing it.
        guard let end = range.last(where: { !ScalarText.isWhitespace(s[$0]) }), s[end] == ":" else { return nil }
        let tokens = site.previousParagraphTokens.isEmpty ? text.plainTokens(range) : site.previousParagraphTokens
        guard let last = tokens.last, last.isPunctuation(":") else { return nil }
        let prose = ParagraphProse(text: text, tokens: tokens)
        guard let lastSentence = prose.sentenceRanges().last else { return nil }
        let sentence = Sentence(range: lastSentence, cues: prose.cuePositions(lastSentence))
        if let cue = sentence.cues.last(where: { !$0.weak }), let source = prose.source(of: cue, in: sentence) {
            return AttributionFinding(kind: .full, cue: prose.range(of: cue), mention: source)
        }
        guard let source = prose.clauseSubject(before: tokens.count - 1, in: sentence) else { return nil }
        return AttributionFinding(kind: .full, cue: last.range, mention: source)
    }
}
