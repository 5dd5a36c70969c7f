extension ParagraphProse {
    /// "…," former FBI agent Timothy Gill explained: the phrase found is
    /// "FBI agent Timothy Gill", and only its modifiers stand before it.
    func onlyModifiers(from k: Int, before np: NounPhrase) -> Bool {
        guard let first = tokens[k...].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound }), first - k <= 3 else { return false }
        return tokens[k..<first].allSatisfy { t in
            t.isWord && !t.is(.clauseBoundary) && !t.is(.reportingVerb) && !t.is(.personalPronoun) && !t.looksLikeVerb
        }
    }

    /// The longest plausible noun phrase ending at token `j`, reading back.
    func nounPhraseEnding(at j: Int, floor: Int) -> NounPhrase? {
        guard j >= floor, j < tokens.count, tokens[j].isWord else { return nil }
        let last = tokens[j]
        if last.is(.personalPronoun) || last.is(.groupPronoun)
            || last.is(.firstPersonPronoun) {
            return NounPhrase.make(tokens[j...j])
        }
        if !last.isCapitalized, last.is(.clauseBoundary) || last.is(.determiner) { return nil }
        var i = j
        var lowercaseRun = 0
        while i - 1 >= floor {
            let p = tokens[i - 1]
            guard p.isWord else { break }
            if p.isCapitalized {
                if p.is(.capitalisedFunctionWord) && !p.is(.honorific) {
                    if p.lower == "the" || p.is(.determiner) { i -= 1 }
                    break
                }
                lowercaseRun = 0
                i -= 1
                // "Mr Blair" starts where its honorific does.
                if p.is(.honorific), i - 1 < floor || !tokens[i - 1].isCapitalized { break }
                continue
            }
            if p.is(.determiner) {
                // "Jeffrey Lewis of the James Martin Center": the phrase goes on past "of the".
                if p.lower == "the", i - 3 >= floor, Lexicon.affiliationPrepositions.contains(tokens[i - 2].lower),
                   tokens[i - 3].isCapitalized, !tokens[i - 3].is(.capitalisedFunctionWord) {
                    i -= 2
                    continue
                }
                i -= 1
                break
            }
            // "Michery el Soheil", "Ursula von der Leyen": a particle inside a name.
            if p.is(.nameParticle), tokens[i].isCapitalized, i - 2 >= floor, tokens[i - 2].isCapitalized {
                i -= 1
                continue
            }
            // "ambassador to Britain Liu Xiaoming", "adviser to President Obama"
            if p.lower == "to", i - 2 >= floor, tokens[i - 2].is(.roleWord), tokens[i].isCapitalized {
                i -= 1
                continue
            }
            if p.is(.titleInner) {
                // Inside a title ("Trade and Industry Secretary", "spokeswoman for women").
                guard i - 2 >= floor, tokens[i - 2].isWord, !tokens[i - 2].is(.clauseBoundary) || tokens[i - 2].isCapitalized,
                      p.lower != "and" || (tokens[i - 2].isCapitalized && tokens[i].isCapitalized),
                      p.lower != "on" || tokens[i].isCapitalized else { break }
                i -= 1
                continue
            }
            // "the retired neurosurgeon": a participle right after a determiner is an adjective.
            if p.is(.clauseBoundary) || p.is(.reportingVerb)
                || p.looksLikeVerb && !(i - 2 >= floor && tokens[i - 2].isWord && tokens[i - 2].is(.determiner)) { break }
            // Before a name only titles go on: "the economist Jared Bernstein",
            // not "poorer countries Gordon Brown".
            if tokens[(i)...j].contains(where: { $0.isCapitalized }), !p.is(.roleWord),
               !p.is(.unnamedSourceHead) { break }
            lowercaseRun += 1
            if lowercaseRun > 3 { break }
            i -= 1
        }
        if j - i + 1 > 12 { i = j - 11 }
        // "Café owners in Zürich", "officials from the State Department": a
        // place after a preposition belongs to the noun before it.
        if i - 2 >= floor, tokens[i - 1].isWord, Lexicon.placeAfterNounPrepositions.contains(tokens[i - 1].lower),
           tokens[i - 2].isWord, !tokens[i - 2].isCapitalized, !tokens[i - 2].is(.clauseBoundary),
           !tokens[i - 2].is(.reportingVerb), !tokens[i - 2].looksLikeVerb, !tokens[i - 2].is(.determiner),
           tokens[i - 2].lower.hasSuffix("s") || tokens[i - 2].is(.unnamedSourceHead) || tokens[i - 2].is(.roleWord) {
            var h = i - 2
            while h - 1 >= floor, tokens[h - 1].isWord, !tokens[h - 1].is(.clauseBoundary), !tokens[h - 1].is(.reportingVerb),
                  !tokens[h - 1].looksLikeVerb, j - h < 8 {
                h -= 1
                if tokens[h].is(.determiner) { break }
            }
            i = h
        }
        // Trim a leading preposition or conjunction.
        while i <= j, tokens[i].isWord, tokens[i].is(.titleInner) { i += 1 }
        guard i <= j, let np = NounPhrase.make(tokens[i...j]) else { return nil }
        return plausibleSource(np) ? np : nil
    }

    /// The noun phrase starting at token `k`: "Geoff Garin", "the economist
    /// Jared Bernstein", "a spokesman for the campaign".
    func phraseAfter(_ k: Int) -> NounPhrase? {
        guard k < tokens.count, tokens[k].isWord, !tokens[k].looksLikeVerb else { return nil }
        let first = tokens[k]
        if first.is(.personalPronoun) || first.is(.groupPronoun) {
            return NounPhrase.make(tokens[k...k])
        }
        var j = k
        var lowercase = 0
        while j + 1 < tokens.count {
            let n = tokens[j + 1]
            guard n.isWord else { break }
            if n.is(.honorific), !tokens[j].isCapitalized, !tokens[j].is(.roleWord), !(j == k && tokens[j].is(.determiner)) { break }
            if n.isCapitalized { j += 1; continue }
            // "Rubio’s deputy campaign manager"
            if tokens[j].isPossessive, !n.is(.clauseBoundary), !n.is(.reportingVerb) { j += 1; lowercase += 1; continue }
            if n.is(.phraseContinuing), j + 2 < tokens.count, tokens[j + 2].isWord { j += 1; continue }
            // "a Democrat familiar with the campaign": what follows the head describes it.
            if n.is(.clauseBoundary) || n.is(.reportingVerb) || n.is(.determiner)
                || n.looksLikeVerb || Lexicon.postmodifierHeads.contains(n.lower) { break }
            // "the director behind JFK, Platoon and…": a preposition after the
            // head starts what the phrase is about, not more of its name.
            if n.is(.preposition) { break }
            // A lowercase title goes on into a name ("Union leader Mick Cash",
            // "Republican nominee Donald Trump", "Russian oil official Sergei
            // Oganesyan"); other lowercase words end it.
            if tokens[j].isCapitalized && !tokens[j].is(.determiner) && tokens[k].isCapitalized || !tokens[j].isCapitalized && tokens[k].isCapitalized && !tokens[k].is(.determiner) {
                let lowercase = tokens[(j + 1)...].prefix(3).prefix(while: { $0.isWord && !$0.isCapitalized })
                guard lowercase.contains(where: { $0.is(.roleWord) || $0.is(.occupation) || $0.is(.bodyKind) }),
                      lowercase.endIndex < tokens.count, tokens[lowercase.endIndex].isCapitalized else { break }
            }
            lowercase += 1
            if lowercase > 4 { break }
            j += 1
        }
        guard var np = NounPhrase.make(tokens[k...j]), plausibleSource(np) else { return nil }
        // "said Rubio’s deputy campaign manager, Rich Beeson, who…": the name in apposition.
        if np.form == .description, j + 2 < tokens.count, tokens[j + 1].isPunctuation(","), tokens[j + 2].isCapitalized {
            var e = j + 2
            while e + 1 < tokens.count, tokens[e + 1].isCapitalized { e += 1 }
            if e + 1 == tokens.count || tokens[e + 1].kind == .punctuation || tokens[e + 1].lower == "who",
               var named = NounPhrase.make(tokens[(j + 2)...e]), named.form == .name {
                named.role = named.role ?? NounPhrase.descriptionText(Array(tokens[k...j]))
                return named
            }
        }
        // "Geoff Garin, a Democratic pollster,"
        if np.form == .name, np.role == nil, j + 2 < tokens.count, tokens[j + 1].isPunctuation(","),
           tokens[j + 2].isWord, tokens[j + 2].is(.determiner) || tokens[j + 2].is(.roleWord),
           !tokens[j + 2].lower.hasSuffix("ing"), !tokens[j + 2].looksLikeVerb {
            var e = j + 2
            while e + 1 < tokens.count, tokens[e + 1].isWord, e - j < 12 { e += 1 }
            np.role = NounPhrase.descriptionText(Array(tokens[(j + 2)...e]))
        }
        return np
    }

    /// A phrase that could name someone who speaks: a name, a pronoun, or a
    /// description whose head is a person or a body.
    func plausibleSource(_ np: NounPhrase) -> Bool {
        switch np.form {
        case .pronoun:
            return np.name != "i" && np.name != "you"
        case .name:
            return true
        case .description:
            let heads = np.tokens.filter(\.isWord)
            guard let head = heads.last(where: { !$0.is(.descriptionPreposition) }) else { return false }
            // The head of "a spokesman for the campaign" is "spokesman".
            let core = heads.prefix { !$0.is(.descriptionCorePreposition) }
            let coreHead = core.last?.lower ?? head.lower
            if Lexicon.unnamedSourceHeads.contains(coreHead) || Lexicon.organisationHeads.contains(coreHead)
                || Lexicon.roleWords.contains(coreHead) || Lexicon.roleSynonyms[coreHead] != nil { return true }
            // "that Grayson", "that it's": a phrase from inside a reported clause.
            if heads.first?.lower == "that" { return false }
            if heads.first?.isPossessive == true || heads.first?.is(.determiner) == true
                || heads.dropLast().contains(where: { $0.isPossessive && $0.isCapitalized }) {
                // "the retired neurosurgeon", "Russia's top diplomat", "the email":
                // any noun after a determiner (a narrower list of heads that can
                // speak lost more true sources than false ones on PolNeAR train).
                return core.count >= 2 && !core.last!.looksLikeVerb && !coreHead.endsWithASCII("ing")
            }
            return coreHead.hasSuffix("ers") || coreHead.hasSuffix("ists") || coreHead.hasSuffix("ians")
        }
    }
}
