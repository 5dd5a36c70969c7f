/// "…" ¶ -Michelle Marks, Philadelphia.: a quote that ends its paragraph,
/// signed by a short next paragraph opening with a dash.
struct SignatureParagraphSieve: AttributionSieve {
    let sieve = Sieve.signatureParagraph

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard site.tokens[(site.token + 1)...].allSatisfy({ $0.kind == .punctuation }),
              site.paragraph + 1 < site.paragraphs.count else { return nil }
        let text = site.text, s = text.s
        let range = site.paragraphs[site.paragraph + 1].range
        guard let first = range.first(where: { !ScalarText.isWhitespace(s[$0]) }),
              Lexicon.signatureDashes.contains(String(s[first])), range.count < 120 else { return nil }
        let prose = ParagraphProse(text: text, tokens: text.plainTokens(range))
        guard let source = prose.signature(after: -1) else { return nil }
        return AttributionFinding(kind: text.startsWithCapital(site.quote) ? .full : .partial,
                                  cue: prose.tokens[0].range, mention: source)
    }
}
