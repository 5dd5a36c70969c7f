extension ParagraphProse {
    /// The source of a cue that precedes its quote.
    func source(of cue: Cue, in sentence: Sentence) -> NounPhrase? {
        if cue.kind == .accordingTo { return phraseAfter(cue.end + 1) }
        let v = cue.index
        // "…, warning that" / "… and urged": the subject of the clause goes on.
        var j = v - 1
        while j >= sentence.lowerBound, tokens[j].isWord, tokens[j].isAdverbial { j -= 1 }
        let participle = tokens[v].lower.endsWithASCII("ing")
        let conjoined = j >= sentence.lowerBound && tokens[j].isWord && Lexicon.clauseConjunctions.contains(tokens[j].lower)
        // "…, saying" / "…" adding that / "before saying"
        let detached = j < sentence.lowerBound || tokens[j].isPunctuation(",") || tokens[j].isQuote
            || (tokens[j].isWord && Lexicon.detachingWords.contains(tokens[j].lower))
        if conjoined || (participle && detached) {
            return clauseSubject(before: j, in: sentence)
        }
        // "a memo to the Post explaining his plan": the reduced relative's
        // subject is the clause's, as PolNeAR annotates it.
        if participle, let np = clauseSubject(before: j, in: sentence) {
            return np
        }
        if let np = subjectBefore(v, floor: sentence.lowerBound) { return np }
        // "In other words, explained CBS moderator Nancy Cordes: "…"": inverted before a colon.
        if v + 1 < tokens.count, tokens[v + 1].isCapitalized || tokens[v + 1].is(.determiner),
           let np = phraseAfter(v + 1), np.form == .name,
           let last = tokens[(v + 1)...].firstIndex(where: { $0.range.lowerBound >= np.range.upperBound }),
           tokens[last].isPunctuation(":") {
            return np
        }
        // "said Smith: …", "…," said Smith, "…"
        if j < sentence.lowerBound || tokens[j].isQuote
            || (tokens[j].isPunctuation(",") && (j - 1 < sentence.lowerBound || tokens[j - 1].isQuote)) {
            return phraseAfter(v + 1)
        }
        return nil
    }

    /// The subject of the clause that `before` ends: an earlier cue's source
    /// in the same clause, else the phrase that opens the nearest stretch of
    /// the sentence between commas ("In 2016, Mrs. Schlafly endorsed Trump,
    /// saying…" → Mrs. Schlafly).
    func clauseSubject(before j: Int, in sentence: Sentence) -> NounPhrase? {
        var segmentEnd = j
        var i = j
        while i >= sentence.lowerBound {
            let boundary = i == sentence.lowerBound || tokens[i - 1].isPunctuation(",") || tokens[i - 1].isPunctuation(";")
                || tokens[i - 1].isPunctuation(":") || tokens[i - 1].isQuote || tokens[i - 1].isPunctuation("(")
                || tokens[i - 1].isPunctuation("\u{2014}") || tokens[i - 1].isPunctuation("\u{2013}") || tokens[i - 1].isPunctuation("-")
            if boundary {
                let segment = i..<max(i, segmentEnd)
                if let earlier = sentence.cues.last(where: { segment.contains($0.index) && $0.kind == .verb && $0.index < j }),
                   let np = subjectBefore(earlier.index, floor: i) {
                    return np
                }
                var k = i
                while k < segmentEnd, tokens[k].isWord,
                      tokens[k].isAdverbial || tokens[k].is(.clauseOpener) { k += 1 }
                if k < segmentEnd, tokens[k].isWord, !tokens[k].is(.introWord),
                   let np = phraseAfter(k), np.form != .description || np.tokens.count <= 4 {
                    // A subject has its predicate after it, or an appositive
                    // ("Priebus, who…, arrived"); "…, D.C., and boast" has neither.
                    let hasPredicate = np.range.upperBound < tokens[segmentEnd - 1].range.upperBound
                    let after = segmentEnd + 1 < tokens.count ? tokens[segmentEnd + 1] : nil
                    let interrupted = np.form != .description && tokens[segmentEnd].isPunctuation(",")
                        && after.map { $0.lower == "who" || $0.is(.determiner) || $0.isAdverbial || $0.is(.roleWord) } == true
                    if hasPredicate || interrupted { return np }
                }
                segmentEnd = i - 1
            }
            i -= 1
        }
        return nil
    }

    // MARK: Noun phrases

    /// The person named before ", a/an/the <job> …" that runs, with or
    /// without commas of its own, up to `j` (the word or comma before the
    /// verb). Nil unless a job's head comes within a few words of the
    /// determiner and nothing between is a quote or a reporting verb.
    func nameBeforeLongAppositive(endingAt j: Int, floor: Int) -> NounPhrase? {
        var c = j - 1
        while c > floor, j - c <= 30 {
            defer { c -= 1 }
            let t = tokens[c]
            if t.isQuote || t.isWord && t.is(.reportingVerb) && !t.isCapitalized { return nil }
            guard t.isPunctuation(","), c + 2 <= j, tokens[c + 1].isWord,
                  ["a", "an", "the"].contains(tokens[c + 1].text) else { continue }
            let opening = tokens[(c + 2)...min(j, c + 7)]
            guard opening.contains(where: RoleReader.isRoleHead),
                  let named = nounPhraseEnding(at: c - 1, floor: floor), named.form == .name, !named.isOrganisation,
                  named.name.contains(" ") || named.hasHonorific else { continue }
            // The name opens its clause: "…with Morning Joe hosts Joe Scarborough and
            // Mika Brzezinski, the Democratic presidential candidate stated" is not theirs.
            guard let start = tokens[floor...c].firstIndex(where: { $0.range.lowerBound == named.range.lowerBound }) else { return nil }
            var before = start - 1
            // "study lead author Lucas Paganini": a job before the name is in its clause.
            while before >= floor, start - before <= 4, tokens[before].isWord, !tokens[before].isCapitalized,
                  !tokens[before].is(.preposition), !tokens[before].is(.determiner), !tokens[before].is(.reportingVerb) { before -= 1 }
            if before >= floor, tokens[before].isWord, tokens[before].isCapitalized,
               Lexicon.sentenceConjunctions.contains(tokens[before].lower) { before -= 1 }
            guard before < floor || tokens[before].isQuote || RoleReader.endsSentence(tokens[before])
                    || tokens[before].isPunctuation(",") && before - 1 >= floor && tokens[before - 1].isQuote else { return nil }
            // Only a long one: a short appositive closed by its comma is read below.
            guard tokens[(c + 1)..<j].contains(where: { $0.isPunctuation(",") }) || !tokens[j].isPunctuation(",") else { return nil }
            return named
        }
        return nil
    }

    /// The noun phrase that ends right before cue `v` (after adverbials and
    /// an appositive): "Lavrov", "the Kremlin", "David Frost, director general of the BCC,".
    func subjectBefore(_ v: Int, floor: Int) -> NounPhrase? {
        var j = v - 1
        // "Sen. Chuck Schumer (D-N.Y.) said": a parenthesis between source and verb.
        if j >= floor, tokens[j].isPunctuation(")"), let open = tokens[floor..<j].lastIndex(where: { $0.isPunctuation("(") }), j - open <= 8 {
            j = open - 1
        }
        // "was quoted as saying"
        if j - 1 >= floor, tokens[j].lower == "as", tokens[j - 1].lower == "quoted" { j -= 2 }
        // "He went on to say", "Clinton continued to call"
        if j - 1 >= floor, tokens[j].lower == "to" {
            if j - 2 >= floor, tokens[j - 1].lower == "on", Lexicon.goForms.contains(tokens[j - 2].lower) { j -= 3 }
            else if Lexicon.continuingVerbs.contains(tokens[j - 1].lower) { j -= 2 }
        }
        while j >= floor, tokens[j].isWord, tokens[j].isAdverbial { j -= 1 }
        // "Beck, who has in the past described Trump as…"
        if j - 2 >= floor, tokens[j].lower == "past", tokens[j - 1].lower == "the", tokens[j - 2].lower == "in" {
            j -= 3
            while j >= floor, tokens[j].isWord, tokens[j].isAdverbial { j -= 1 }
        }
        // "on Friday", "last week", "in a statement", "during a Sunday"
        if j - 1 >= floor, tokens[j].is(.timeWord), tokens[j - 1].is(.timePreposition) || tokens[j - 1].lower == "a" {
            j -= 2
            while j >= floor, tokens[j].isWord, tokens[j].isAdverbial || Lexicon.timePhraseWords.contains(tokens[j].lower) { j -= 1 }
        }
        // "who, on a press call Friday, criticized": a phrase of time or place
        // set off by commas stands between subject and verb.
        if j - 2 >= floor, tokens[j].isPunctuation(","),
           let open = stride(from: j - 1, through: max(floor, j - 8), by: -1).first(where: { tokens[$0].isPunctuation(",") }),
           open + 1 < j, open - 1 >= floor, tokens[open - 1].isWord,
           Lexicon.asideOpeners.contains(tokens[open + 1].lower),
           tokens[(open + 1)..<j].allSatisfy(\.isWord) {
            j = open - 1
        }
        guard j >= floor else { return nil }
        // "Jason Ervin, who thinks…": the relative pronoun names the source.
        if tokens[j].lower == "who", j - 1 >= floor, tokens[j - 1].isPunctuation(","),
           var antecedent = nounPhraseEnding(at: j - 2, floor: floor), antecedent.form != .pronoun {
            antecedent.tokens = tokens[j...j]
            return antecedent
        }
        // "Sen. Rand Paul, R-Ky., told": a party and state read like a parenthesis.
        if j - 3 >= floor, tokens[j].isPunctuation(","), tokens[j - 1].isPunctuation("."), tokens[j - 2].isPartyAndState,
           tokens[j - 3].isPunctuation(",") {
            j -= 4
        } else if j - 2 >= floor, tokens[j].isPunctuation(","), tokens[j - 1].isPartyAndState, tokens[j - 2].isPunctuation(",") {
            j -= 3
        }
        // "A former candidate -- John McCain, who lost in 2008 -- said": the
        // source stands before the dashes (or is the name between them).
        if j >= floor, tokens[j].isDash,
           let open = stride(from: j - 1, through: max(floor, j - 30), by: -1).first(where: { tokens[$0].isDash && !tokens[$0 + 1].isDash }) {
            var before = open - 1
            while before >= floor, tokens[before].isDash { before -= 1 }
            if let np = nounPhraseEnding(at: before, floor: floor) { return np }
            var e = open + 1
            while e + 1 < j, tokens[e + 1].isCapitalized { e += 1 }
            if tokens[open + 1].isCapitalized, let named = NounPhrase.make(tokens[(open + 1)...e]), named.form == .name { return named }
            return nil
        }
        // "Another source familiar with Cruz’s thinking said": the head comes before its postmodifier.
        if j >= floor, let f = stride(from: j, through: max(floor, j - 8), by: -1).first(where: {
            Lexicon.postmodifierHeads.contains(tokens[$0].lower) && $0 + 1 <= j && Lexicon.postmodifierPrepositions.contains(tokens[$0 + 1].lower)
        }), f - 1 >= floor, tokens[(f + 1)...j].allSatisfy({ $0.isWord }), let np = nounPhraseEnding(at: f - 1, floor: floor) {
            return np
        }
        // "Marco Rubio, whose hometown, Miami, is projected to be…, argues":
        // a relative clause (with commas of its own) between name and verb.
        if j >= floor, tokens[j].isPunctuation(","),
           let w = stride(from: j - 1, through: max(floor + 2, j - 40), by: -1).first(where: {
               (tokens[$0].lower == "whose" || tokens[$0].lower == "who") && tokens[$0 - 1].isPunctuation(",")
           }), !tokens[w..<j].contains(where: { $0.isQuote }),
           let named = nounPhraseEnding(at: w - 2, floor: floor), named.form == .name {
            return named
        }
        // "Kurinji Selvaraj, a research analyst at the Council on Energy,
        // Environment and Water think tank told CBS News", "Lucas Paganini, a
        // planetary scientist at NASA's Goddard Space Flight Center in
        // Greenbelt, Maryland, said": a long appositive, with commas of its
        // own, between the name and the verb; the source is the name.
        if let named = nameBeforeLongAppositive(endingAt: j, floor: floor) { return named }
        guard j >= floor else { return nil }
        if tokens[j].isPunctuation(",") || tokens[j].isPunctuation(")") {
            // An appositive: "Smith, a pollster, said" / "Theresa May, said".
            let segEnd = j - 1
            var segStart = segEnd
            while segStart >= floor, tokens[segStart].isWord || tokens[segStart].isPunctuation("-") || tokens[segStart].isPunctuation("'")
                    || tokens[segStart].isPunctuation("&") { segStart -= 1 }
            guard segStart >= floor - 1, segEnd >= segStart + 1 else { return nil }
            let segment = tokens[(segStart + 1)...segEnd]
            guard let firstWord = segment.first else { return nil }
            // "Strauss Zelnick, CEO of Take-Two, adds": a title, then a body after
            // "of", is the role of the name before it, not a name.
            let titleOfABody = firstWord.is(.roleWord)
                && segment.firstIndex { !$0.isCapitalized && $0.is(.preposition) }.map { prep in
                    segment[..<prep].allSatisfy { $0.is(.roleWord) || RoleReader.isRoleHead($0) }
                } == true
            if !titleOfABody, let np = nounPhraseEnding(at: segEnd, floor: segStart + 1), np.tokens.count == segment.count,
               np.form == .name, firstWord.isCapitalized {
                var named = np
                // "The Shadow Secretary of State for the Family, Theresa May, said"
                if named.role == nil, segStart >= floor, tokens[segStart].isPunctuation(","),
                   let before = nounPhraseEnding(at: segStart - 1, floor: floor), before.form == .description || before.form == .name {
                    named.role = NounPhrase.descriptionText(Array(before.tokens.filter(\.isWord)))
                }
                return named
            }
            // "Jeff Weaver, Sanders' campaign manager, said": a possessive opens a role too.
            let possessive = firstWord.isPossessive || (segment.count > 2 && segment.dropFirst().first!.isPunctuation("'"))
            // "Rob McIvor, FSA spokesman, told": a body's name may open the role.
            let appositive = !firstWord.isCapitalized || firstWord.is(.determiner) || possessive
                || firstWord.is(.roleWord) || firstWord.lower == "who" || segment.last.map(RoleReader.isRoleHead) == true
            guard appositive, segStart >= floor, tokens[segStart].isPunctuation(",") || tokens[segStart].isPunctuation("(") else { return nil }
            var nameEnd = segStart - 1
            // "Ramil Carr, 31, a photographer, said": an age between name and role.
            if nameEnd - 1 >= floor, tokens[nameEnd].isWord, tokens[nameEnd].text.allSatisfy(\.isNumber),
               tokens[nameEnd - 1].isPunctuation(",") { nameEnd -= 2 }
            guard var np = nounPhraseEnding(at: nameEnd, floor: floor) else { return nil }
            if firstWord.lower != "who", np.form == .name, np.role == nil, segment.count <= 14 {
                np.role = NounPhrase.descriptionText(Array(segment.filter(\.isWord)))
            }
            return np
        }
        // "Dr Erel Avineri, of the Centre for Transport and Society at the
        // University of the West of England in Bristol said": an affiliation
        // opened by a comma and never closed; the source is the name before it.
        if let comma = stride(from: j - 1, through: max(floor + 1, j - 30), by: -1).first(where: { !tokens[$0].isWord }),
           tokens[comma].isPunctuation(","), comma + 1 < j, Lexicon.affiliationOpeners.contains(tokens[comma + 1].lower),
           let named = nounPhraseEnding(at: comma - 1, floor: floor), named.form == .name, !named.isOrganisation,
           named.name.contains(" ") || named.hasHonorific {
            return named
        }
        guard let np = nounPhraseEnding(at: j, floor: floor) else { return nil }
        // "Another intelligence source speaking to Fox News said": the outlet
        // is who was spoken to; the source heads the phrase before it.
        if let first = tokens[floor...j].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound }),
           first - 3 >= floor, Lexicon.addresseePrepositions.contains(tokens[first - 1].lower),
           Lexicon.speakingVerbs.contains(tokens[first - 2].lower),
           let head = nounPhraseEnding(at: first - 3, floor: floor) {
            return head
        }
        // "A letter from the Legion obtained by The Associated Press warns": the
        // agent of a passive before the verb is not its subject.
        if let first = tokens[floor...j].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound }),
           first - 2 >= floor, tokens[first - 1].lower == "by", tokens[first - 2].looksLikeVerb,
           let head = nounPhraseEnding(at: first - 3, floor: floor) {
            return head
        }
        return np
    }
}
