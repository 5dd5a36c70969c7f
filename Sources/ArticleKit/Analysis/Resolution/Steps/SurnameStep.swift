/// "Lavrov" → Sergey Lavrov: a surname alone joins the full name the article
/// gives; of two people who share it, the one just named (see `bearer`).
///
/// A single name that is nobody's surname but opens one full name the
/// article gives is that person too: a given name ("Britney attacks 'false
/// tabloids'" ¶ "Pop star Britney Spears", "her mother, Fiona" ¶ "Fiona
/// Parry") or a family name written first ("Lee" → Lee Jae-myung).
struct SurnameStep: ResolutionStep {
    let step = Resolution.Step.surname

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .name, !mention.name.utf8.contains(0x20) else { return nil }
        if let p = resolver.bearer(of: mention.name, gender: mention.gender, at: mention.range.lowerBound) {
            let name = p.canonical
            return Resolved(key: .person(name), evidence: name == mention.name ? nil : resolver.introduction(of: name), gender: p.gender)
        }
        if !mention.hasHonorific, let p = Self.onlyPerson(named: mention.name, in: resolver.cast),
           resolver.cast.reader?.namesSomebodyByTitleAlone(mention.name) == false,
           mention.gender == .unknown || p.gender == .unknown || p.gender == mention.gender {
            return Resolved(key: .person(p.canonical), evidence: resolver.introduction(of: p.canonical), gender: p.gender)
        }
        return Resolved(key: .person(mention.name), gender: mention.gender)
    }

    /// The one person (one canonical name) whose full name opens with `word`, if exactly one.
    static func onlyPerson(named word: String, in cast: Cast) -> Cast.Person? {
        var found: Cast.Person?
        for p in cast.people where p.first == word && p.first != p.last {
            if let f = found, f.canonical != p.canonical { return nil }
            found = p
        }
        return found
    }
}
