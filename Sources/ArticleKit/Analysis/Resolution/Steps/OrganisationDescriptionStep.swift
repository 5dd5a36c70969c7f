/// A description that speaks for a body, or means the body the article names:
/// - "a Cabinet Office spokeswoman", "Defra's lawyers" → the body named in it;
/// - "a spokesman for the English National Ballet" → the body after "for";
/// - "the committee" → the body named with that word; "the company", "the
///   firm" → the body named last.
struct OrganisationDescriptionStep: ResolutionStep {
    let step = Resolution.Step.organisationDescription

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .description else { return nil }
        let words = mention.tokens.filter(\.isWord)
        let core = Array(words.prefix { !$0.is(.descriptionCorePreposition) })
        guard let head = core.last else { return nil }
        let cast = resolver.cast
        if Lexicon.bodyVoices.contains(head.lower) {
            // "a Cabinet Office spokeswoman", "A Microsoft spokesman", "Defra's lawyers"
            let named = core.dropLast().drop { !$0.isCapitalized || $0.is(.capitalisedFunctionWord) }
            if !named.isEmpty, named.allSatisfy(\.isCapitalized), let body = body(named, in: resolver) { return body }
            // "a spokesman for the English National Ballet"
            if core.count < words.count {
                let after = words[core.count...].dropFirst().drop { $0.is(.determiner) || $0.is(.capitalisedFunctionWord) }
                if !after.isEmpty, after.allSatisfy({ $0.isCapitalized || $0.is(.titleInner) }),
                   let body = body(after, in: resolver) { return body }
            }
            return nil
        }
        guard let first = core.first, first.lower == "the" || first.lower == "its" || first.lower == "this", core.count <= 3 else { return nil }
        let position = mention.range.lowerBound
        if Lexicon.namedBodyHeads.contains(head.lower) {
            // "the committee": a body whose name has that word ("Joint Committee on Human Rights").
            let word = head.lower
            if let a = cast.appearances.last(where: { a in
                a.range.lowerBound < position && a.key.isOrganisation && a.key.name.lowercased().wordsSeparatedBySpaces().contains(word)
            }) { return Resolved(key: a.key, evidence: a.range) }
        }
        if Lexicon.companyHeads.contains(head.lower), core.count <= 2,
           let a = cast.appearances.last(where: { $0.range.lowerBound < position && $0.key.isOrganisation }) {
            return Resolved(key: a.key, evidence: a.range)
        }
        return nil
    }

    /// The body a run of capitalised words names ("Cabinet Office", "Defra's"),
    /// under its full name; nil when the words name a person ("Mr Blair's spokesman").
    private func body(_ words: ArraySlice<Token>, in resolver: EntityResolver) -> Resolved? {
        var tokens = Array(words)
        tokens[tokens.count - 1] = tokens[tokens.count - 1].withoutPossessive
        guard let np = NounPhrase.make(tokens[...]) else { return nil }
        let name = CastReader.bodyName(np.form == .name ? np.name : NounPhrase.joinedText(tokens[...]))
        if np.hasHonorific || resolver.cast.bySurname[name] != nil || resolver.cast.bySurname[np.lastWord] != nil && !np.isOrganisation { return nil }
        let full = resolver.cast.acronyms[name] ?? name
        return Resolved(key: .organisation(full), evidence: resolver.cast.bodies[full])
    }
}
