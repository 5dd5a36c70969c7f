/// Where something was said, or to whom, whatever the cue: "told NBC's
/// "Today"", "said on "Meet the Press."", "told "Fox and Friends"", "an
/// interview with "Fox News Sunday."", "his podcast "The Axe Files"". A
/// title-case quote there names a show, even a short one.
struct VenueNameSieve: AttributionSieve {
    let sieve = Sieve.venueName

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard namesAVenue(site), site.text.isTitle(site.quote, evenIfShort: true) else { return nil }
        let content = site.scanned.content
        if let last = site.text.s[content].last, last == "!" || last == "?" { return nil }
        return .nonSpeech
    }

    func namesAVenue(_ site: QuoteSite) -> Bool {
        let t = site.token
        guard t >= 1, site.tokens[t - 1].isWord else { return false }
        let before = site.tokens[t - 1]
        return before.isCapitalized && before.isPossessive || Lexicon.venueWords.contains(before.lower)
    }
}
