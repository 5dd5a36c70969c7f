/// <tweet datetime="2016-06-29">: an attribute value in markup left in the
/// text is not a quotation.
struct MarkupAttributeSieve: AttributionSieve {
    let sieve = Sieve.markupAttribute

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard let open = site.scanned.open, open.lowerBound > 0, site.text.s[open.lowerBound - 1] == "=" else { return nil }
        return .nonSpeech
    }
}
