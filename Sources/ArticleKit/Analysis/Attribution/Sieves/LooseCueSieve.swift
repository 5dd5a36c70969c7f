/// The last resort within a sentence: any reporting verb in it, however far
/// from the quote, whose source can be found.
struct LooseCueSieve: AttributionSieve {
    let sieve = Sieve.looseCue

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        let t = site.token, tokens = site.tokens, prose = site.prose, sentence = site.sentence
        // "Trump likened the refugees to a "vicious snake"": a fragment after any
        // past tense whose subject is a person named or a pronoun.
        // "He implied a federal judge was biased and "hostile"": the nearest such
        // verb with a subject ("biased" has none).
        if !site.text.startsWithCapital(site.quote), sentence.cues.allSatisfy({ $0.index > t }) {
            for v in stride(from: t - 1, through: max(sentence.lowerBound, t - 12), by: -1) where tokens[v].looksLikeVerb {
                if let source = prose.subjectBefore(v, floor: sentence.lowerBound),
                   source.form == .name || source.form == .pronoun && source.name != "it" {
                    return AttributionFinding(kind: .partial, cue: tokens[v].range, mention: source)
                }
            }
        }
        let ordered = sentence.cues.sorted { abs($0.index - t) < abs($1.index - t) }
        for cue in ordered where !cue.weak || site.text.wordCount(site.quote) >= 3 || cue.index < t {
            let source = cue.index < t ? prose.source(of: cue, in: sentence)
                : prose.subjectBefore(cue.index, floor: t + 1) ?? (cue.index == t + 1 ? prose.phraseAfter(cue.index + 1) : nil)
            if let source { return site.finding(cue, source) }
        }
        return nil
    }
}
