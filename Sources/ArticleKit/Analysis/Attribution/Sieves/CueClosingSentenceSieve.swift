/// "… had "Q" yet, she said.": the cue closes the sentence, its source set
/// off from the quote's clause by a comma.
struct CueClosingSentenceSieve: AttributionSieve {
    let sieve = Sieve.cueClosingSentence

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        let t = site.token, tokens = site.tokens
        for cue in site.sentence.cues where cue.index > t && cue.kind == .verb && !cue.weak {
            if let source = site.prose.subjectBefore(cue.index, floor: t + 1),
               let first = site.prose.firstToken(of: source, from: t + 1, to: cue.index),
               first > t + 1, tokens[first - 1].isPunctuation(",") {
                return site.finding(cue, source)
            }
        }
        return nil
    }
}
