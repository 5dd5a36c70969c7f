/// "Mr Lavrov", "Ms Clinton" → the person named in full with that surname,
/// whose gender does not contradict the honorific.
struct HonorificStep: ResolutionStep {
    let step = Resolution.Step.honorific

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .name, mention.hasHonorific, !mention.name.contains(" ") else { return nil }
        guard let p = resolver.bearer(of: mention.name, gender: mention.gender, at: mention.range.lowerBound) else {
            return Resolved(key: .person(mention.name), gender: mention.gender)
        }
        let name = resolver.cast.canonicalName(p.name)
        return Resolved(key: .person(name), evidence: resolver.introduction(of: name), gender: mention.gender)
    }
}
