/// "RAD" → Royal Academy of Dance, where the article gives the full name:
/// an acronym and its full name are one body, under the full name.
struct AcronymStep: ResolutionStep {
    let step = Resolution.Step.acronym

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .name, !resolver.cast.acronyms.isEmpty, !mention.name.utf8.contains(0x20), let full = resolver.cast.acronyms[mention.name] else { return nil }
        return Resolved(key: .organisation(full), evidence: resolver.cast.bodies[full])
    }
}
