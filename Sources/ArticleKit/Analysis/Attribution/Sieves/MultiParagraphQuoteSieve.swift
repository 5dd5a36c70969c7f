/// A quoted paragraph that opens while the last one is still open (only the
/// last paragraph of a long quote closes): the same speaker's words go on.
struct MultiParagraphQuoteSieve: AttributionSieve {
    let sieve = Sieve.multiParagraphQuote

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard site.scanned.continuesPrevious, let last = site.lastAttributed, last.quote == site.quote - 1 else { return nil }
        return AttributionFinding(kind: .continuation, continues: last.quote)
    }
}
