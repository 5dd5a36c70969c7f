/// "the Kremlin", "NATO", "Rover" (for MG Rover): a body the text names.
struct OrganisationStep: ResolutionStep {
    let step = Resolution.Step.organisation

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        // "Dr Fox" is a person, whatever "Fox" names elsewhere.
        guard mention.form == .name, !mention.hasHonorific else { return nil }
        let cast = resolver.cast
        let name = CastReader.bodyName(mention.name)
        // "Fox attacks Blair's Tory 'lies'" over an article about Liam Fox: a
        // word that can name a body ("Fox News") is the person the article
        // names with it as a surname.
        if mention.isOrganisation, name.utf8.contains(0x20) || CastReader.isAcronym(name) || cast.bySurname[name] == nil {
            return Resolved(key: .organisation(name))
        }
        if let range = cast.bodies[name], cast.bySurname[name] == nil { return Resolved(key: .organisation(name), evidence: range) }
        // "Rover told BBC News" after "MG Rover's Midlands plant": one word of a body's name.
        guard !mention.hasHonorific, !name.utf8.contains(0x20), cast.bySurname[name] == nil else { return nil }
        guard let matches = resolver.bodiesByWord[name], matches.count == 1, let body = matches.first else { return nil }
        return Resolved(key: .organisation(body), evidence: cast.bodies[body])
    }
}
