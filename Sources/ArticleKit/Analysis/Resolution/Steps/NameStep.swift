/// "Bill Clinton" → the fullest name the article gives with that first and
/// last word ("William Jefferson Clinton" if it gives that).
struct NameStep: ResolutionStep {
    let step = Resolution.Step.name

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .name else { return nil }
        let name = resolver.cast.canonicalName(mention.name)
        let evidence = name == mention.name ? nil : resolver.introduction(of: name)
        let gender = mention.gender != .unknown ? mention.gender : resolver.gender(of: .person(name))
        return Resolved(key: .person(name), evidence: evidence, gender: gender)
    }
}
