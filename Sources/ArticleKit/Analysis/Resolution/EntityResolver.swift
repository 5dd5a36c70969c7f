/// Resolves every source mention to one canonical entity of the article,
/// by running the resolution steps (`ResolutionSteps.standard`) in order
/// over the article's cast: names to the fullest name given, surnames and
/// honorifics to the person named in full, roles to whoever holds them,
/// pronouns to the most salient person, descriptions of bodies to the body.
/// Each mention records the step that decided it and its evidence.
struct EntityResolver {
    private(set) var cast: Cast
    private(set) var entities: [EntityKey: Entity] = [:]
    /// Entities in the order they were first resolved.
    private(set) var order: [EntityKey] = []
    /// Roles learned from descriptions resolved to a person ("The foreign
    /// secretary told MPs" after "Jack Straw said").
    private var learnedRoles: [EntityKey: [Cast.Role]] = [:]
    /// Who issued a document the text gives an owner: "Her lawsuit" → Marion
    /// Jones, so "the suit added" is hers too.
    private(set) var documentOwners: [String: EntityKey] = [:]
    /// People named with a given name, a title or an honorific somewhere.
    let confidentPeople: Set<String>
    let steps: [any ResolutionStep]

    init(cast: Cast, steps: [any ResolutionStep] = ResolutionSteps.standard) {
        self.cast = cast
        self.steps = steps
        var confident = Set<String>()
        for p in cast.people where p.confident { confident.insert(cast.canonicalName(p.name)) }
        self.confidentPeople = confident
    }

    /// The entity a mention means, the step that decided and its evidence.
    mutating func resolve(_ np: NounPhrase) -> (key: EntityKey, step: Resolution.Step, evidence: Range<Int>?)? {
        for step in steps {
            guard let r = step.resolve(np, in: self) else { continue }
            register(r, for: np, step: step.step)
            return (r.key, step.step, r.evidence)
        }
        return nil
    }

    private mutating func register(_ r: Resolved, for np: NounPhrase, step: Resolution.Step) {
        // Aliases are the name forms an article uses; "he" and "who" are not.
        let alias = np.form == .pronoun || np.tokens.count == 1 && np.tokens.first?.lower == "who"
            ? "" : NounPhrase.joinedText(np.tokens.drop { $0.lower == "that" })
        if entities[r.key] == nil {
            entities[r.key] = Entity(key: r.key, gender: r.gender == .unknown ? gender(of: r.key) : r.gender)
            order.append(r.key)
        }
        entities[r.key]!.aliases.appendUnique(alias)
        if entities[r.key]!.gender == .unknown {
            if np.form == .pronoun, let g = Lexicon.personalPronouns[np.name] { entities[r.key]!.gender = g }
            else if r.gender != .unknown { entities[r.key]!.gender = r.gender }
        }
        if let role = r.learnedRole { learnedRoles[r.key, default: []].append(role) }
        if step == .possessive, let head = np.tokens.last(where: \.isWord)?.lower { documentOwners[head] = r.key }
        let personLike: Bool
        switch r.key {
        case .person: personLike = true
        case .organisation: personLike = np.form == .description && np.tokens.contains { $0.is(.unnamedSourceHead) && !$0.lower.hasSuffix("s") }
        case .unnamed: personLike = np.tokens.last(where: \.isWord).map { $0.is(.unnamedSourceHead) && !$0.lower.hasSuffix("s") } ?? false
        }
        cast.record(Cast.Appearance(range: np.range, key: r.key, gender: entities[r.key]!.gender, part: .subject,
                                    sentence: cast.sentences.sentence(at: np.range.lowerBound),
                                    paragraph: cast.paragraph(at: np.range.lowerBound), isSource: true, isPersonLike: personLike))
    }

    /// A person's gender as the cast knows it (from a given name or an honorific).
    func gender(of key: EntityKey) -> Lexicon.Gender {
        guard case .person(let name) = key else { return .unknown }
        if let e = entities[key], e.gender != .unknown { return e.gender }
        for p in cast.people where p.gender != .unknown && cast.canonicalName(p.name) == name { return p.gender }
        return .unknown
    }

    /// The most specific role the article gives the entity; failing that, one
    /// learned from a description resolved to them, or the one its mention gave.
    func role(of key: EntityKey, mentioned: String?) -> String? {
        guard case .person(let name) = key else { return nil }
        return Cast.mostSpecific(cast.roles(of: name)) ?? Cast.mostSpecific(learnedRoles[key] ?? []) ?? mentioned
    }

    /// Whether `name` is known as a person beyond its capitals.
    func isConfidentPerson(_ key: EntityKey) -> Bool {
        guard case .person(let name) = key else { return false }
        return confidentPeople.contains(name) || entities[key] != nil
    }

    /// The full-name place that best evidences `name`: the fullest form, first given.
    func introduction(of name: String) -> Range<Int>? {
        var best: Cast.Person?
        for p in cast.people where cast.canonicalName(p.name) == name {
            if best == nil || p.name.utf8.count > best!.name.utf8.count { best = p }
        }
        return best?.range
    }

    /// Which of several people with one surname a bare "Clarke" means: the
    /// one just named in full, else the one the article names most (Bernie
    /// Sanders over Jane Sanders), else the first introduced.
    func bearer(of surname: String, gender: Lexicon.Gender, at position: Int) -> Cast.Person? {
        guard let indices = cast.bySurname[surname] else { return nil }
        let candidates = indices.map { cast.people[$0] }.filter { gender == .unknown || $0.gender == .unknown || $0.gender == gender }
        let before = candidates.filter { $0.range.lowerBound <= position }
        guard !before.isEmpty else { return candidates.first }
        let names = Set(before.map { cast.canonicalName($0.name) })
        if names.count == 1 { return before.last }
        let latest = before.max { $0.range.lowerBound < $1.range.lowerBound }!
        if position - latest.range.lowerBound < 300 { return latest }
        var counts: [String: Int] = [:]
        for a in cast.appearances where a.range.lowerBound < position {
            if case .person(let n) = a.key, names.contains(n) { counts[n, default: 0] += 1 }
        }
        guard let top = counts.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key })?.key else { return latest }
        return before.first { cast.canonicalName($0.name) == top }
    }
}
