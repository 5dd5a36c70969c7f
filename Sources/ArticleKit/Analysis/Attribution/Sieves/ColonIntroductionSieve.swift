/// "She then addressed the supporters: "…"": a colon right before a quote
/// that opens with a capital introduces it; the source is the clause's subject.
struct ColonIntroductionSieve: AttributionSieve {
    let sieve = Sieve.colonIntroduction

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        let t = site.token
        guard t - 1 > site.sentence.lowerBound, site.tokens[t - 1].isPunctuation(":"), site.text.startsWithCapital(site.quote),
              let source = site.prose.clauseSubject(before: t - 1, in: site.sentence) else { return nil }
        return AttributionFinding(kind: .full, cue: site.tokens[t - 1].range, mention: source)
    }
}
