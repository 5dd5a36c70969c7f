/// Whose words a document carries: "Her lawsuit said" → the woman it
/// belongs to; "the suit added" → the same owner; "Microsoft's statement"
/// → Microsoft. (A person's spokesman is somebody else, and stays unnamed.)
struct PossessiveStep: ResolutionStep {
    let step = Resolution.Step.possessive

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .description else { return nil }
        let words = mention.tokens.filter(\.isWord)
        let core = Array(words.prefix { !$0.is(.descriptionCorePreposition) })
        guard let head = core.last, let first = core.first, core.count >= 2 else { return nil }
        let isDocument = Lexicon.documents.contains(head.lower)
        guard isDocument || Lexicon.bodyVoices.contains(head.lower) else { return nil }
        if let pronoun = Self.ownerPronouns[first.lower] {
            guard isDocument else { return nil }
            let owner = NounPhrase(tokens: mention.tokens.prefix(1), form: .pronoun, name: pronoun.name, role: nil,
                                   gender: pronoun.gender, hasHonorific: false)
            return PronounStep().resolve(owner, in: resolver).map { Resolved(key: $0.key, evidence: $0.evidence, gender: $0.gender) }
        }
        if first.isCapitalized, first.isPossessive, core.count == 2 {
            let owner = NounPhrase.make([first.withoutPossessive][...])
            guard let owner, owner.form == .name else { return nil }
            let steps: [any ResolutionStep] = [AcronymStep(), OrganisationStep(), SurnameStep(), NameStep()]
            for step in steps {
                guard let r = step.resolve(owner, in: resolver) else { continue }
                // A person's spokesman speaks for the person, but is not them.
                if !isDocument, r.key.isPerson { return nil }
                return r
            }
            return nil
        }
        // "the suit added", after "Her lawsuit said".
        if isDocument, first.lower == "the" || first.lower == "this", core.count == 2 {
            for (document, owner) in resolver.documentOwners where document.hasSuffix(head.lower) || head.lower.hasSuffix(document) {
                return Resolved(key: owner)
            }
        }
        return nil
    }

    static let ownerPronouns: [String: (name: String, gender: Lexicon.Gender)] = [
        "his": ("he", .male), "her": ("she", .female), "its": ("it", .unknown), "their": ("they", .unknown),
    ]
}
