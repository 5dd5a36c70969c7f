extension ParagraphProse {
    /// Every cue in a sentence: reporting verbs used as verbs, and "according to".
    func cuePositions(_ sentence: Range<Int>) -> [Cue] {
        var cues: [Cue] = []
        for i in sentence where tokens[i].isWord {
            if tokens[i].range.count == 9, tokens[i].lower == "according", i + 1 < sentence.upperBound, tokens[i + 1].lower == "to" {
                cues.append(Cue(index: i, end: i + 1, kind: .accordingTo, weak: false))
                continue
            }
            if let cue = verbCue(at: i, sentenceStart: sentence.lowerBound) { cues.append(cue) }
        }
        return cues
    }

    /// A reporting verb used as a verb at token `i`: not "the report", not
    /// "her comments", not "the said agreement".
    func verbCue(at i: Int, sentenceStart: Int) -> Cue? {
        let token = tokens[i]
        // Every word of every quoted paragraph comes through here: words off the
        // lexicon get only the few checks that can make them a cue.
        guard token.is(.reportingVerb) else {
            guard token.kind == .word, !token.isCapitalized else { return nil }
            // "Rubio fired back forcefully:", "Bennett shot back"
            if i + 1 < tokens.count, tokens[i + 1].range.count == 4, tokens[i + 1].lower == "back", Lexicon.retortVerbs.contains(token.lower) {
                return Cue(index: i, end: i + 1, kind: .verb, weak: false)
            }
            let length = token.range.count
            if length == 3 || length == 4 {
                guard token.is(.phrasalCueVerb) else { return nil }
                let lower = token.lower
                // "As Akhil Amar put it, …"
                if lower == "put" || lower == "puts", i + 1 < tokens.count, tokens[i + 1].lower == "it" {
                    return Cue(index: i, end: i + 1, kind: .verb, weak: false)
                }
                // "…," Trump went on. / Trump went on about "…" — but not "went on to say" (there "say" is
                // the cue) nor "the Senate goes on recess".
                if lower == "went" || lower == "goes", i + 1 < tokens.count, tokens[i + 1].lower == "on",
                   i + 2 >= tokens.count || tokens[i + 2].kind == .punctuation || tokens[i + 2].lower == "about",
                   i > sentenceStart, !tokens[i - 1].is(.determiner) {
                    return Cue(index: i, end: i + 1, kind: .verb, weak: false)
                }
                return nil
            }
            // "Walter Hewlett sniped that…": any verb in -ed before "that" reports.
            if i + 1 < tokens.count, i > sentenceStart, tokens[i - 1].isWord,
               tokens[i - 1].isCapitalized || tokens[i - 1].is(.personalPronoun) || tokens[i - 1].is(.groupPronoun),
               token.looksLikeVerb, tokens[i + 1].lower == "that" {
                return Cue(index: i, end: i, kind: .verb, weak: false)
            }
            return nil
        }
        let lower = token.lower
        guard !token.isCapitalized || i == sentenceStart else { return nil }
        if i > sentenceStart {
            let prev = tokens[i - 1]
            if prev.isWord, prev.is(.determiner) || prev.isPossessive,
               token.is(.nounLikeCue) || lower == "said" { return nil }
            // "a Donald Trump tweet", "of Republican claims": a noun after a name
            // that itself follows a determiner or a preposition.
            if token.is(.nounLikeCue), prev.isCapitalized {
                var k = i - 1
                while k > sentenceStart, tokens[k].isCapitalized { k -= 1 }
                if k >= sentenceStart, !tokens[k].isCapitalized, tokens[k].is(.determiner)
                    || Lexicon.prepositionsBeforeANoun.contains(tokens[k].lower) { return nil }
            }
            // "a similar challenge", "the racial remarks": a noun after an adjective
            // ("by saying", "after warning" are gerunds, not nouns).
            if prev.isWord, !prev.isCapitalized, token.is(.nounLikeCue),
               !(prev.is(.clauseBoundary) && lower.endsWithASCII("ing")),
               !prev.is(.personalPronoun), !prev.is(.groupPronoun),
               !prev.lower.hasSuffix("s"), !prev.isAdverbial, prev.lower != "who", prev.lower != "that" { return nil }
        }
        let followedByThat = i + 1 < tokens.count && tokens[i + 1].lower == "that"
        return Cue(index: i, end: i, kind: .verb, weak: token.is(.weakCue) && !followedByThat)
    }
}
