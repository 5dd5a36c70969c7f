/// "…" ― Esther Tapia: a dash and a name closing the quote's line signs it
/// (testimonials, epigraphs, letters).
struct DashSignatureSieve: AttributionSieve {
    let sieve = Sieve.dashSignature

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard let signed = site.prose.signature(after: site.token) else { return nil }
        return AttributionFinding(kind: site.text.startsWithCapital(site.quote) ? .full : .partial,
                                  cue: site.tokens[site.token + 1].range, mention: signed)
    }
}
