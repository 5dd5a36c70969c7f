/// Resolves every source mention to one canonical entity per article.
///
/// - Names join the earliest, fullest name the article gives with the same
///   last word ("Mr Lavrov" → Sergey Lavrov); two people who share a surname
///   stay apart, a bare surname going to the one mentioned most recently.
/// - Pronouns go to the nearest preceding person (or body, for "it" and
///   "they") whose gender does not contradict them.
/// - Descriptions go to the person introduced with that role ("Russia's top
///   diplomat" → Russian Foreign Minister Sergey Lavrov), else stand as an
///   unnamed source in the article's own words ("a senior official").
struct EntityResolver {
    /// A full name the article gives somewhere, with the title before it.
    struct Person {
        var name: String
        var last: String
        var first: String
        var role: String?
        var gender: Lexicon.Gender
        var position: Int
    }

    struct Entity {
        var name: String
        var role: String?
        var kind: Speaker.Kind
        var gender: Lexicon.Gender
        var aliases: [String]
    }

    private(set) var people: [Person] = []
    /// Where each person or body is named, in text order: (offset, entity key).
    private var timeline: [(position: Int, key: String, gender: Lexicon.Gender, organisation: Bool)] = []
    private(set) var entities: [String: Entity] = [:]
    private(set) var order: [String] = []

    init(tokens: [[Token]]) {
        collectNames(tokens)
    }

    // MARK: The names an article gives

    private mutating func collectNames(_ paragraphs: [[Token]]) {
        var runs: [ArraySlice<Token>] = []
        for tokens in paragraphs {
            var i = 0
            while i < tokens.count {
                guard tokens[i].isCapitalized else { i += 1; continue }
                var j = i
                while j + 1 < tokens.count {
                    let n = tokens[j + 1]
                    if n.isCapitalized && !tokens[j].isPossessive { j += 1; continue }
                    if n.isWord, ["of", "and", "for"].contains(n.lower), j + 2 < tokens.count, tokens[j + 2].isCapitalized,
                       !tokens[j].isPossessive { j += 2; continue }
                    break
                }
                runs.append(tokens[i...j])
                i = j + 1
            }
        }
        for run in runs {
            guard let np = NounPhrase.make(run), np.form == .name else { continue }
            let words = np.name.split(separator: " ").map(String.init)
            if np.isOrganisation {
                let key = "org:" + Self.organisationName(np.name)
                timeline.append((run.first!.range.lowerBound, key, .unknown, true))
                continue
            }
            guard words.count >= 2, words.count <= 4, !run.last!.isPossessive || words.count >= 2 else { continue }
            people.append(Person(name: np.name, last: words.last!, first: words.first!, role: np.role,
                                 gender: np.gender, position: np.tokens.first!.range.lowerBound))
        }
        // Every mention of a known person, full or by surname alone.
        let byLast = Dictionary(grouping: people.indices, by: { people[$0].last })
        for tokens in paragraphs {
            for t in tokens where t.isCapitalized {
                let word = t.isPossessive ? String(t.text.dropLast(2)) : t.text
                guard let candidates = byLast[word] else { continue }
                let pos = t.range.lowerBound
                let chosen = candidates.last(where: { people[$0].position <= pos }) ?? candidates.first!
                let p = people[chosen]
                timeline.append((pos, "person:" + canonicalName(p.name), p.gender, false))
            }
        }
        timeline.sort { $0.position < $1.position }
    }

    static func organisationName(_ name: String) -> String {
        name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }

    /// The fullest form of a name: "Bill Clinton" stays, "Lavrov" is not asked here.
    func canonicalName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let first = words.first, let last = words.last else { return name }
        var best = name
        for p in people where p.last == last && p.first == first && p.name.count > best.count { best = p.name }
        return best
    }

    func genderOf(_ name: String) -> Lexicon.Gender {
        people.first { $0.name == name && $0.gender != .unknown }?.gender ?? .unknown
    }

    // MARK: Mentions

    /// The entity key for a mention at its place in the text.
    mutating func resolve(_ np: NounPhrase) -> String? {
        let position = np.range.lowerBound
        let alias = np.tokens.map(\.text).joined(separator: " ")
        switch np.form {
        case .name:
            if np.isOrganisation {
                let name = Self.organisationName(np.name)
                return register("org:" + name, Entity(name: name, role: np.role, kind: .organisation, gender: .unknown, aliases: [alias]), at: position)
            }
            let words = np.name.split(separator: " ").map(String.init)
            var name = np.name
            var role = np.role
            var gender = np.gender
            if words.count == 1 {
                let candidates = people.filter { $0.last == words[0] && (np.gender == .unknown || $0.gender == .unknown || $0.gender == np.gender) }
                if let p = candidates.last(where: { $0.position <= position }) ?? candidates.first {
                    name = canonicalName(p.name)
                    role = role ?? p.role
                    if gender == .unknown { gender = p.gender }
                }
            } else {
                name = canonicalName(np.name)
                let p = people.first { $0.name == name }
                role = role ?? p?.role
                if gender == .unknown { gender = p?.gender ?? genderOf(name) }
            }
            return register("person:" + name, Entity(name: name, role: role, kind: .person, gender: gender, aliases: [alias]), at: position)
        case .pronoun:
            guard let key = antecedent(of: np, at: position) else { return nil }
            entities[key]?.aliases.appendUnique(alias)
            if let g = Lexicon.personalPronouns[np.name], entities[key]?.gender == .unknown { entities[key]?.gender = g }
            timeline.append((position, key, entities[key]?.gender ?? .unknown, entities[key]?.kind == .organisation))
            return key
        case .description:
            if let key = describedPerson(np, at: position) {
                entities[key]?.aliases.appendUnique(alias)
                timeline.append((position, key, entities[key]?.gender ?? .unknown, false))
                return key
            }
            let words = np.tokens.filter(\.isWord)
            let core = words.prefix { !["for", "of", "at"].contains($0.lower) }
            let head = core.last?.lower ?? ""
            if ["company", "firm", "bank", "carrier", "airline", "retailer", "maker", "broadcaster", "newspaper",
                "paper", "agency"].contains(head),
               core.count <= 2, let org = timeline.last(where: { $0.organisation && $0.position < position }) {
                let name = String(org.key.dropFirst(4))
                return register(org.key, Entity(name: name, role: nil, kind: .organisation, gender: .unknown, aliases: [alias]), at: position)
            }
            let name = np.name
            let key = "unnamed:" + name.lowercased()
            let kind: Speaker.Kind = Lexicon.organisationHeads.contains(head) && !Lexicon.unnamedSourceHeads.contains(head) ? .organisation : .unnamed
            return register(key, Entity(name: name, role: nil, kind: kind, gender: .unknown, aliases: [alias]), at: position)
        }
    }

    private mutating func register(_ key: String, _ entity: Entity, at position: Int) -> String {
        if var known = entities[key] {
            for a in entity.aliases { known.aliases.appendUnique(a) }
            if known.role == nil { known.role = entity.role }
            if known.gender == .unknown { known.gender = entity.gender }
            entities[key] = known
        } else {
            entities[key] = entity
            order.append(key)
        }
        let e = entities[key]!
        timeline.append((position, key, e.gender, e.kind == .organisation))
        return key
    }

    /// The nearest preceding person (he, she) or body (it, they) that fits.
    private mutating func antecedent(of np: NounPhrase, at position: Int) -> String? {
        let wantsPerson = np.name == "he" || np.name == "she"
        let gender = np.gender
        var best: String?
        for entry in timeline.reversed() where entry.position < position {
            if wantsPerson {
                guard !entry.organisation, !entry.key.hasPrefix("unnamed:") || isPersonLike(entry.key) else { continue }
                let g = entities[entry.key]?.gender ?? entry.gender
                if gender != .unknown, g != .unknown, g != gender { continue }
                best = entry.key
                break
            } else {
                if entry.organisation || entry.key.hasPrefix("unnamed:") { best = entry.key; break }
            }
        }
        if best == nil, !wantsPerson {
            best = timeline.last(where: { $0.position < position })?.key
        }
        guard let key = best else { return nil }
        if entities[key] == nil {
            // Named in the text but not yet quoted: becomes an entity now.
            if key.hasPrefix("person:") {
                let name = String(key.dropFirst(7))
                let p = people.first { $0.name == name }
                return registerSilently(key, Entity(name: name, role: p?.role, kind: .person, gender: p?.gender ?? .unknown, aliases: []))
            }
            if key.hasPrefix("org:") {
                let name = String(key.dropFirst(4))
                return registerSilently(key, Entity(name: name, role: nil, kind: .organisation, gender: .unknown, aliases: []))
            }
        }
        return key
    }

    private func isPersonLike(_ key: String) -> Bool {
        guard let last = key.split(separator: " ").last else { return false }
        return Lexicon.unnamedSourceHeads.contains(String(last)) && !last.hasSuffix("s")
    }

    /// Adds an entity first found through a pronoun or a description: it has
    /// no alias of its own until a mention is recorded.
    private mutating func registerSilently(_ key: String, _ entity: Entity) -> String {
        if entities[key] == nil {
            entities[key] = entity
            order.append(key)
        }
        return key
    }

    /// "the minister", "Russia's top diplomat": the person the article
    /// introduced with that office.
    private mutating func describedPerson(_ np: NounPhrase, at position: Int) -> String? {
        let words = np.tokens.filter(\.isWord)
        let core = Array(words.prefix { !["for", "of", "at"].contains($0.lower) })
        guard let head = core.last?.lower else { return nil }
        var possessor: String?
        if let first = core.first, first.isPossessive {
            possessor = String(first.lower.dropLast(2))
        }
        let modifiers = core.dropFirst(possessor == nil ? 0 : 1).map(\.lower).filter { !Lexicon.determiners.contains($0) }
        let phrase = modifiers.joined(separator: " ")
        var offices = [phrase, head]
        offices += Lexicon.roleSynonyms[phrase] ?? []
        offices += Lexicon.roleSynonyms[head] ?? []
        let candidates = people.filter { p in
            guard let role = p.role?.lowercased() else { return false }
            guard offices.contains(where: { !$0.isEmpty && role.contains($0) }) else { return false }
            if let owner = possessor {
                let demonym = Lexicon.demonyms[owner] ?? owner
                return role.contains(demonym) || role.contains(owner)
            }
            return true
        }
        guard let p = candidates.last(where: { $0.position <= position }) ?? candidates.first else { return nil }
        let key = "person:" + canonicalName(p.name)
        if entities[key] == nil {
            return registerSilently(key, Entity(name: canonicalName(p.name), role: p.role, kind: .person, gender: p.gender, aliases: []))
        }
        return key
    }
}

extension Array where Element == String {
    mutating func appendUnique(_ s: String) {
        if !s.isEmpty, !contains(s) { append(s) }
    }
}
