/// Resolves every source mention to one canonical entity of the article,
/// by running the resolution steps (`ResolutionSteps.standard`) in order
/// over the article's cast: names to the fullest name given, surnames and
/// honorifics to the person named in full, roles to whoever holds them,
/// pronouns to the most salient person, descriptions of bodies to the body.
/// Each mention records the step that decided it and its evidence.
struct EntityResolver {
    private(set) var cast: Cast
    /// Entities in the order they were first resolved.
    private(set) var entities: [Entity] = []
    /// Where each entity is in `entities`: a key is hashed once per mention,
    /// and the entity is then updated in place.
    private var entityIndex: [EntityKey: Int] = [:]
    /// Roles learned from descriptions resolved to a person ("The foreign
    /// secretary told MPs" after "Jack Straw said").
    private var learnedRoles: [EntityKey: [Cast.Role]] = [:]
    /// Who issued a document the text gives an owner: "Her lawsuit" → Marion
    /// Jones, so "the suit added" is hers too.
    private(set) var documentOwners: [String: EntityKey] = [:]
    /// By canonical name: the people who bear it, its gender, and where the
    /// fullest form of the name is first given. One table, hashed once per person.
    private struct Bearers {
        var people: [Int] = []
        var gender = Lexicon.Gender.unknown
        var introduction: Range<Int> = 0..<0
        var introductionLength = -1

        /// Person `i`, given by the fields read (a Person copied whole retains seven references).
        mutating func add(_ i: Int, gender g: Lexicon.Gender, range: Range<Int>, nameLength: Int) {
            people.append(i)
            if gender == .unknown { gender = g }
            if nameLength > introductionLength { introduction = range; introductionLength = nameLength }
        }
    }
    private let byName: [String: Bearers]
    /// Every person's roles have been read (a description asked), with each
    /// role's words in lowercase for matching descriptions.
    private(set) var allRolesRead = false
    private(set) var roleWords: [[[String]]] = []
    let steps: [any ResolutionStep]

    init(cast: Cast, steps: [any ResolutionStep] = ResolutionSteps.standard) {
        self.cast = cast
        self.steps = steps
        // Sized for the people and bodies the cast names, so the table of
        // entities is not grown (every key rehashed) as mentions come in.
        entityIndex = Dictionary(minimumCapacity: cast.people.count + cast.bodies.count)
        var byName = [String: Bearers](minimumCapacity: cast.people.count)
        for i in cast.people.indices {
            let p = cast.people[i]
            byName[p.canonical, default: Bearers()].add(i, gender: p.gender, range: p.range, nameLength: p.name.utf8.count)
        }
        self.byName = byName
        var bodiesByWord = [String: [String]](minimumCapacity: 2 * cast.bodies.count)
        for body in cast.bodies.keys.sorted() where body.utf8.contains(0x20) {
            guard let (_, first, last) = body.firstAndLastWordsBySpaces() else { continue }
            bodiesByWord[first, default: []].append(body)
            if last != first { bodiesByWord[last, default: []].append(body) }
        }
        self.bodiesByWord = bodiesByWord
    }

    /// Bodies named in several words, by their first and their last word:
    /// "Rover told BBC News" after "MG Rover's plant".
    let bodiesByWord: [String: [String]]

    /// The entity a mention means, the step that decided and its evidence.
    /// `asSource`: the mention names a quote's source, and its words become
    /// one of the entity's aliases; a report's source only makes it salient.
    /// `entity` is the entity's place in `entities`.
    mutating func resolve(_ given: NounPhrase, asSource: Bool = true) -> (key: EntityKey, entity: Int, step: Resolution.Step, evidence: Range<Int>?)? {
        let np = CommonNounReading.reading(given, in: cast) ?? given
        // "the foreign secretary" is matched against everyone's roles.
        if np.form == .description, !allRolesRead {
            cast.readRoles(of: cast.people.indices)
            roleWords = cast.people.map { $0.roles.map(\.words) }
            allRolesRead = true
        }
        // By index: each step is asked where it stands, not copied out of the array first.
        for i in steps.indices {
            guard let r = steps[i].resolve(np, in: self) else { continue }
            let step = steps[i].step
            let entity = register(r, for: np, step: step, asSource: asSource)
            return (r.key, entity, step, r.evidence)
        }
        return nil
    }

    /// Returns the entity's index in `entities`.
    private mutating func register(_ r: Resolved, for np: NounPhrase, step: Resolution.Step, asSource: Bool) -> Int {
        // Aliases are the name forms an article uses; "he" and "who" are not.
        let alias = !asSource || np.form == .pronoun || np.tokens.count == 1 && np.tokens.first?.lower == "who"
            ? "" : NounPhrase.joinedText(np.tokens.drop { $0.lower == "that" })
        let i: Int
        if let known = entityIndex[r.key] {
            i = known
        } else {
            i = entities.count
            entities.append(Entity(key: r.key, gender: r.gender == .unknown ? gender(of: r.key) : r.gender))
            entityIndex[r.key] = i
        }
        entities[i].aliases.appendUnique(alias)
        if entities[i].gender == .unknown {
            if np.form == .pronoun, let g = Lexicon.personalPronouns[np.name] { entities[i].gender = g }
            else if r.gender != .unknown { entities[i].gender = r.gender }
        }
        if let role = r.learnedRole { learnedRoles[r.key, default: []].append(role) }
        if step == .possessive, let head = np.tokens.last(where: \.isWord)?.lower { documentOwners[head] = r.key }
        let personLike: Bool
        switch r.key {
        case .person: personLike = true
        case .organisation: personLike = np.form == .description && np.tokens.contains { $0.is(.unnamedSourceHead) && !$0.lower.hasSuffix("s") }
        case .unnamed: personLike = np.tokens.last(where: \.isWord).map { $0.is(.unnamedSourceHead) && !$0.lower.hasSuffix("s") } ?? false
        }
        cast.record(Cast.Appearance(range: np.range, key: r.key, gender: entities[i].gender, part: .subject,
                                    sentence: cast.sentences.sentence(at: np.range.lowerBound),
                                    paragraph: cast.paragraph(at: np.range.lowerBound), isSource: true, confident: true,
                                    isPersonLike: personLike))
        return i
    }

    /// The entity under `key`, if a mention was resolved to it.
    func entity(_ key: EntityKey) -> Entity? {
        entityIndex[key].map { entities[$0] }
    }

    /// A person's gender as the cast knows it (from a given name or an honorific).
    func gender(of key: EntityKey) -> Lexicon.Gender {
        guard case .person(let name) = key else { return .unknown }
        if let e = entity(key), e.gender != .unknown { return e.gender }
        return byName[name]?.gender ?? .unknown
    }

    /// The most specific role the article gives the entity; failing that, one
    /// learned from a description resolved to them, or the one its mention gave.
    mutating func role(of key: EntityKey, mentioned: String?) -> String? {
        guard case .person(let name) = key else { return nil }
        let bearers = byName[name]?.people ?? []
        cast.readRoles(of: bearers)
        let roles = bearers.flatMap { cast.people[$0].roles }
        return Cast.mostSpecific(roles) ?? Cast.mostSpecific((learnedRoles[key] ?? []).filter { Cast.isRole($0.text) })
            ?? mentioned.flatMap { Cast.isRole($0) ? $0 : nil }
    }


    /// The full-name place that best evidences `name`: the fullest form, first given.
    func introduction(of name: String) -> Range<Int>? {
        byName[name]?.introduction
    }

    /// The roles (as lowercase words) read for the person under `key`: empty
    /// until a description asked for everyone's (`allRolesRead`).
    func knownRoles(of key: EntityKey) -> [[String]] {
        guard allRolesRead, case .person(let name) = key, let bearers = byName[name] else { return [] }
        return bearers.people.flatMap { roleWords[$0] }
    }

    /// The roles (as lowercase words) descriptions resolved to `key` gave
    /// them: "The chancellor also hailed…" made Gordon Brown the chancellor.
    func learnedRoleWords(of key: EntityKey) -> [[String]] {
        (learnedRoles[key] ?? []).map(\.words)
    }

    /// Whether the article names `name` with a given name, a title or an honorific somewhere.
    func isConfident(_ name: String) -> Bool {
        byName[name]?.people.contains { cast.people[$0].confident } ?? false
    }

    /// Which of several people with one surname a bare "Clarke" means: the
    /// one just named in full, else the one the article names most (Bernie
    /// Sanders over Jane Sanders), else the first introduced. A "Mr Blair"
    /// (`plainHonorific`) is not the knight "Sir Ian Blair" when the article
    /// also names a Blair who is no knight.
    func bearer(of surname: String, gender: Lexicon.Gender, at position: Int, plainHonorific: Bool = false) -> Cast.Person? {
        guard let indices = cast.bySurname[surname] else { return nil }
        if indices.count == 1 {
            let p = cast.people[indices[0]]
            return gender == .unknown || p.gender == .unknown || p.gender == gender ? p : nil
        }
        var candidates = indices.map { cast.people[$0] }.filter { gender == .unknown || $0.gender == .unknown || $0.gender == gender }
        // "New Southampton manager Harry Redknapp …" ¶ "Saints boss Redknapp was
        // upbeat": a surname named alone, even with a title, is the person the
        // article named in full with it, not somebody else.
        if candidates.contains(where: { $0.first != $0.last }) { candidates.removeAll { $0.first == $0.last } }
        if plainHonorific, candidates.contains(where: { !$0.isKnight }) { candidates.removeAll(where: \.isKnight) }
        if candidates.count == 1 { return candidates[0] }
        let before = candidates.filter { $0.range.lowerBound <= position }
        guard !before.isEmpty else { return candidates.first }
        let names = Set(before.map(\.canonical))
        if names.count == 1 { return before.last }
        let latest = before.max { $0.range.lowerBound < $1.range.lowerBound }!
        if position - latest.range.lowerBound < 300 { return latest }
        var counts: [String: Int] = [:]
        for a in cast.appearances where a.range.lowerBound < position {
            if case .person(let n) = a.key, names.contains(n) { counts[n, default: 0] += 1 }
        }
        guard let top = counts.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key })?.key else { return latest }
        return before.first { $0.canonical == top }
    }
}
