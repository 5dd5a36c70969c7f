/// "Mr Lavrov", "Ms Clinton" → the person named in full with that surname,
/// whose gender does not contradict the honorific. "Sir Digby", "Dame
/// Judi": a knight or dame is called by the given name ("He was speaking as
/// Sir Digby Jones, CBI director general … Sir Digby added: …"), so that
/// name joins the person the article named in full with it.
struct HonorificStep: ResolutionStep {
    let step = Resolution.Step.honorific

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .name, mention.hasHonorific, !mention.name.utf8.contains(0x20) else { return nil }
        let title = mention.tokens.last { $0.isWord && $0.range.upperBound <= (mention.nameRange?.lowerBound ?? 0) }?.lower
        let plain = title.map { Self.plainHonorifics.contains($0) } ?? false
        guard let p = resolver.bearer(of: mention.name, gender: mention.gender, at: mention.range.lowerBound, plainHonorific: plain)
                ?? knight(mention, in: resolver) else {
            return Resolved(key: .person(mention.name), gender: mention.gender)
        }
        let name = p.canonical
        return Resolved(key: .person(name), evidence: resolver.introduction(of: name), gender: mention.gender)
    }

    /// "Mr", "Mrs", "Ms", "Miss": what a newspaper calls anyone without a
    /// title of honour, never a knight or a dame.
    static let plainHonorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"]

    /// The person last named in full before the mention whose given name
    /// "Sir" or "Dame" is followed by, when nobody has it as a surname.
    private func knight(_ mention: NounPhrase, in resolver: EntityResolver) -> Cast.Person? {
        guard let title = mention.tokens.first(where: \.isWord)?.lower, title == "sir" || title == "dame" else { return nil }
        let position = mention.range.lowerBound
        return resolver.cast.people.last { p in
            p.first == mention.name && p.last != p.first && p.range.lowerBound < position
        }
    }
}
