/// "Bystrom agreed. "…"": a sentence without quotes that reports someone
/// ("agreed", "said") hands its source to the quote opening the next sentence.
struct ReportedSentenceSieve: AttributionSieve {
    let sieve = Sieve.reportedSentence

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard site.token == site.sentence.lowerBound, site.text.startsWithCapital(site.quote),
              let previous = site.previousSentence, !site.tokens[previous.range].contains(where: \.isQuote),
              let cue = previous.cues.last(where: { $0.kind == .verb && (!$0.weak || $0.end >= previous.upperBound - 2) }),
              let source = site.prose.source(of: cue, in: previous), source.form != .description else { return nil }
        return AttributionFinding(kind: .full, cue: site.prose.range(of: cue), mention: source)
    }
}
