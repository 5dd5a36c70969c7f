/// Lavrov said: "…" · S said that … "…" · according to S, "…" · S, warning
/// that "…": the nearest cue before the quote in its sentence, and its
/// source. A weak cue ("think", "called") counts only when close and when no
/// proper reporting verb comes before the quote.
struct CueBeforeQuoteSieve: AttributionSieve {
    let sieve = Sieve.cueBeforeQuote

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        let t = site.token
        // Lazily: asked of every quote, and most find their cue at once.
        let before = site.sentence.cues.lazy.filter { $0.end < t }
        let strongBefore = before.contains { !$0.weak }   // once, not once per cue
        for cue in before.reversed() where !cue.weak || (t - cue.end <= 14 && !strongBefore) {
            if let source = site.prose.source(of: cue, in: site.sentence) { return site.finding(cue, source) }
        }
        return nil
    }
}
