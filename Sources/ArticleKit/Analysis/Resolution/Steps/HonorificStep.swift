/// "Mr Lavrov", "Ms Clinton" → the person named in full with that surname,
/// whose gender does not contradict the honorific.
struct HonorificStep: ResolutionStep {
    let step = Resolution.Step.honorific

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .name, mention.hasHonorific, !mention.name.utf8.contains(0x20) else { return nil }
        guard let p = resolver.bearer(of: mention.name, gender: mention.gender, at: mention.range.lowerBound) else {
            return Resolved(key: .person(mention.name), gender: mention.gender)
        }
        let name = p.canonical
        return Resolved(key: .person(name), evidence: resolver.introduction(of: name), gender: mention.gender)
    }
}
