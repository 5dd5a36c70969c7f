/// "he", "she" → the most salient person before it whose gender agrees;
/// "it", "they", "we" → the body just quoted, else the nearest body named.
struct PronounStep: ResolutionStep {
    let step = Resolution.Step.pronoun

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .pronoun else { return nil }
        let position = mention.range.lowerBound
        let cast = resolver.cast
        if mention.name == "he" || mention.name == "she" {
            let gender = mention.gender
            guard let (key, evidence) = Salience.best(before: position, in: cast, factor: { a in
                guard a.isPersonLike else { return 0 }
                guard gender == .unknown || a.gender == .unknown || a.gender == gender else { return 0 }
                return a.isSource || a.confident ? 1 : Salience.unconfirmedPerson
            }) else { return nil }
            return Resolved(key: key, evidence: evidence.range, gender: gender)
        }
        // "it added": the body just quoted, else the nearest body named.
        var i = Salience.lastIndex(before: position, in: cast.appearances)
        while i >= 0 {
            let a = cast.appearances[i]
            i -= 1
            if a.isSource, position - a.range.lowerBound < Self.sourceReach,
               a.key.isOrganisation || resolver.entity(a.key)?.gender == .unknown {
                return Resolved(key: a.key, evidence: a.range)
            }
            if !a.key.isPerson { return Resolved(key: a.key, evidence: a.range) }
        }
        guard let last = cast.appearances.last(where: { $0.range.lowerBound < position }) else { return nil }
        return Resolved(key: last.key, evidence: last.range)
    }

    /// How far back (in characters) a quoted body outranks a nearer name.
    static let sourceReach = 400
}
