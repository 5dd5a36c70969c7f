/// One rule of the attribution sieve, in the manner of CoreNLP's quote
/// attribution: it reads one quote in its place and either decides it or
/// passes it on to the next rule.
///
/// A rule decides by returning a finding: a source mention with its cue,
/// a continuation of an earlier quote, or (for the rules that tell titles and
/// markup from speech) a finding that nobody said it. `Attributor` stamps the
/// finding with the rule's `sieve`, so every quote records which rule made it.
protocol AttributionSieve: Sendable {
    var sieve: Sieve { get }
    func attribute(_ site: QuoteSite) -> AttributionFinding?
}
