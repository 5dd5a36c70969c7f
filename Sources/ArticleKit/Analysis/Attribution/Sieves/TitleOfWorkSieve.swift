/// "Face the Nation", "An American Son", "a show called "Brokers"": a short
/// title-case quote standing where a name stands is the title of a work, not
/// words anyone said.
struct TitleOfWorkSieve: AttributionSieve {
    let sieve = Sieve.titleOfWork

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        guard site.text.isTitle(site.quote) else { return nil }
        return site.token > site.sentence.lowerBound && looksLikeATitle(site) || namesAShowHost(site) ? .nonSpeech : nil
    }

    /// Where a title-case quote stands as a name ("told "Fox News Sunday"",
    /// "the novel "Opening Belle"") rather than as words someone said: not
    /// right after a verb that names or quotes (called, dubbed: nicknames are
    /// speech), not followed by its own attribution, not an exclamation.
    func looksLikeATitle(_ site: QuoteSite) -> Bool {
        let t = site.token, tokens = site.tokens
        if let last = site.text.lastCharacter(site.quote), last == "!" || last == "?" { return false }
        // "a show called "Brokers"", "a group called "Women for Trump"": a name given.
        if t >= 2, tokens[t - 1].isWord, Lexicon.namingVerbs.contains(tokens[t - 1].lower),
           tokens[t - 2].isWord, !tokens[t - 2].isCapitalized, !tokens[t - 2].is(.personalPronoun), !tokens[t - 2].is(.groupPronoun),
           !tokens[t - 2].is(.clauseBoundary) { return true }
        if site.sentence.cues.contains(where: { $0.index < t && t - $0.end <= 3 }) { return false }
        if CueAfterQuoteSieve.cueAndSource(site) != nil { return false }
        if t >= 1, tokens[t - 1].isWord, Lexicon.wordsBeforeATitle.contains(tokens[t - 1].lower) { return true }
        return tokens[t - 1].isPunctuation(",") || tokens[t - 1].isCapitalized
    }

    /// ""Daily Show" host Trevor Noah": a show's name before its host's.
    func namesAShowHost(_ site: QuoteSite) -> Bool {
        let t = site.token, tokens = site.tokens
        return t + 2 < tokens.count && tokens[t + 1].isWord && tokens[t + 1].is(.roleWord) && !tokens[t + 1].isCapitalized
            && tokens[t + 2].isCapitalized
    }
}
