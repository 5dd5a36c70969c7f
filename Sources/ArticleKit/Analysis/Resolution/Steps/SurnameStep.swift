/// "Lavrov" → Sergey Lavrov: a surname alone joins the full name the article
/// gives; of two people who share it, the one just named (see `bearer`).
struct SurnameStep: ResolutionStep {
    let step = Resolution.Step.surname

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .name, !mention.name.utf8.contains(0x20) else { return nil }
        guard let p = resolver.bearer(of: mention.name, gender: mention.gender, at: mention.range.lowerBound) else {
            return Resolved(key: .person(mention.name), gender: mention.gender)
        }
        let name = p.canonical
        return Resolved(key: .person(name), evidence: name == mention.name ? nil : resolver.introduction(of: name), gender: p.gender)
    }
}
