/// ""…," he said. "…"": a quote of more than one word that opens its
/// sentence with a capital, with no cue of its own, goes on with the last
/// speaker — in the same paragraph, or when it opens the next one.
///
/// One capitalised word standing alone ("Nooooo!", a name) goes on with
/// nobody: on PolNeAR train 8 in 10 such were not speech. A long quote in
/// the middle of the prose is not handed on either: on train that guess was
/// right one time in four.
struct SpeakerGoesOnSieve: AttributionSieve {
    let sieve = Sieve.speakerGoesOn

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard let last = site.lastAttributed,
              site.paragraph == last.paragraph || (site.paragraph - last.paragraph == 1 && site.token == 0),
              site.startsSentence, site.text.startsWithCapital(site.quote), site.text.wordCount(site.quote) > 1,
              !isSubhead(site) else { return nil }
        return AttributionFinding(kind: .continuation, continues: last.quote)
    }

    /// A paragraph that is nothing but a quote in single marks ('There's so
    /// much anger.') is a subheading taken from what follows, not speech
    /// going on from before.
    func isSubhead(_ site: QuoteSite) -> Bool {
        guard let open = site.scanned.open, site.text.s[open.lowerBound] == "'" || site.text.s[open.lowerBound] == "\u{2018}" else { return false }
        return site.tokens.allSatisfy { $0.isQuote || $0.kind == .punctuation }
    }
}
