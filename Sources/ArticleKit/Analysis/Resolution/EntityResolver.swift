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
    private var timeline: [Mention] = []

    /// One place an entity is named; `source` when it is named as a quote's source.
    struct Mention {
        var position: Int
        var key: String
        var gender: Lexicon.Gender
        var organisation: Bool
        var source = false
    }

    /// Keeps the timeline in text order: mentions arrive out of order.
    private mutating func record(_ m: Mention) {
        var lo = 0, hi = timeline.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if timeline[mid].position <= m.position { lo = mid + 1 } else { hi = mid }
        }
        timeline.insert(m, at: lo)
    }
    private(set) var entities: [String: Entity] = [:]
    private(set) var order: [String] = []

    /// Reads every name the article gives, from its capitalised runs.
    init(runs: ArraySlice<ArraySlice<Token>>) {
        collectNames(runs)
    }

    // MARK: The names an article gives

    private mutating func collectNames(_ runs: ArraySlice<ArraySlice<Token>>) {
        for tokens in runs {
            let run = tokens[...]
            guard let first = run.first else { continue }
            // A lone capitalised word is a name only as a body: "the Kremlin", "NATO".
            if run.count == 1 {
                // The lists as the token's lexicon bits (the same lists), looked up once.
                let classes = first.isPossessive ? WordClass.of(String(first.lower.dropLast(2))) : first.classes
                guard classes.contains(.organisationWord)
                        || first.text.utf8.count >= 2 && first.text.unicodeScalars.allSatisfy({ ScalarText.isUppercase($0) }),
                      !classes.contains(.capitalisedFunctionWord) else { continue }
            }
            guard let np = NounPhrase.make(run), np.form == .name else { continue }
            if np.isOrganisation {
                let key = "org:" + Self.organisationName(np.name)
                timeline.append(Mention(position: first.range.lowerBound, key: key, gender: .unknown, organisation: true))
                continue
            }
            guard let words = np.name.firstAndLastWordsBySpaces(), words.count >= 2, words.count <= 4,
                  !Self.looksLikeAPlace(first: words.first, last: words.last) else { continue }
            people.append(Person(name: np.name, last: words.last, first: words.first, role: np.role,
                                 gender: np.gender, position: np.tokens.first!.range.lowerBound))
        }
        // One hash per person (the `default:` accessor finds and stores in one
        // probe), into a table sized up front: rehashing showed in profiles.
        var fullest: [FirstAndLast: String] = [:]
        fullest.reserveCapacity(people.count)
        let firstAndLast = people.map { FirstAndLast(first: $0.first, last: $0.last) }
        for (p, key) in zip(people, firstAndLast) {
            fullest[key, default: ""].keepLonger(p.name)
        }
        fullestNames = fullest
        // Every mention of a known person, full or by surname alone.
        // Grouped by hand into a table sized up front (`Dictionary(grouping:)`
        // rehashed as it grew): the same groups, each in people's order.
        var byLast: [String: [Int]] = [:]
        byLast.reserveCapacity(people.count)
        for i in people.indices { byLast[people[i].last, default: []].append(i) }
        // `canonicalName`, with the first and last words already at hand;
        // made only for the people a surname mention chooses.
        var keys = [String?](repeating: nil, count: people.count)
        // The first bytes and the lengths of the surnames (mod 64): most
        // capitalised words differ in one or the other, and are ruled out
        // before a String is hashed. A possessive's length is its bare word's
        // only once "'s" is cut, so it skips the length test.
        var initials: UInt64 = 0
        var lengths: UInt64 = 0
        for p in people {
            initials |= 1 << UInt64((p.last.utf8.first ?? 0) & 63)
            lengths |= 1 << UInt64(p.last.utf8.count & 63)
        }
        for run in runs {
            for k in run.indices where run[k].isCapitalized {
                guard let initial = run[k].text.utf8.first, initials & (1 << UInt64(initial & 63)) != 0,
                      run[k].isPossessive || lengths & (1 << UInt64(run[k].text.utf8.count & 63)) != 0 else { continue }
                // Fields read in place: a copy of the Token retains its Strings.
                let word = run[k].isPossessive ? String(run[k].text.dropLast(2)) : run[k].text
                guard let candidates = byLast[word] else { continue }
                let pos = run[k].range.lowerBound
                let chosen = candidates.last(where: { people[$0].position <= pos }) ?? candidates.first!
                let key: String
                if let known = keys[chosen] {
                    key = known
                } else {
                    let p = people[chosen]
                    let best = fullest[firstAndLast[chosen]]!
                    key = "person:" + (best.utf8.count > p.name.utf8.count ? best : p.name)
                    keys[chosen] = key
                }
                timeline.append(Mention(position: pos, key: key, gender: people[chosen].gender, organisation: false))
            }
        }
        timeline.sort { $0.position < $1.position }
    }

    /// "Las Vegas", "New Hampshire", "Trump Tower": two capitalised words that
    /// name a place, not a person a later "he" could mean.
    static func looksLikeAPlace(first: String, last: String) -> Bool {
        placeFirstWords.contains(first) || placeLastWords.contains(last)
    }

    static let placeFirstWords: Set<String> = [
        "New", "North", "South", "East", "West", "Las", "Los", "San", "Santa", "Des", "Fort", "Saint", "St.", "Port", "Palm",
        "Lake", "Mount", "Salt", "Baton", "Little", "Upper", "Lower", "Greater", "Central",
    ]
    static let placeLastWords: Set<String> = [
        "City", "County", "Beach", "Island", "Islands", "Valley", "Street", "Avenue", "Square", "Park", "Hall", "Center",
        "Centre", "University", "College", "Airport", "Hotel", "Church", "Tower", "Plaza", "Bay", "River", "Mountains",
        "Hills", "Heights", "Springs", "Falls", "Creek", "Harbor", "Harbour", "Road", "Bridge", "Stadium", "Arena", "Carolina",
        "Dakota", "Virginia", "Jersey", "Hampshire", "Mexico", "York", "Vegas", "Angeles", "Francisco", "Diego", "Orleans",
    ]

    /// "Bill Clinton" → the longest name with that first and last word.
    private var fullestNames: [FirstAndLast: String] = [:]

    /// A name's first and last words, as a key: hashed as they are, not
    /// joined into a new String first.
    struct FirstAndLast: Hashable {
        var first: String
        var last: String
    }

    static func organisationName(_ name: String) -> String {
        name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }

    /// Which of several people with one surname a bare "Clarke" means: the
    /// one just named in full, else the one the article names most (Bernie
    /// Sanders over Jane Sanders), else the first introduced.
    func bestBearer(of surname: String, among candidates: [Person], at position: Int) -> Person? {
        let before = candidates.filter { $0.position <= position }
        guard !before.isEmpty else { return candidates.first }
        let names = Set(before.map(\.name))
        if names.count == 1 { return before.last }
        let latest = before.max { $0.position < $1.position }!
        if position - latest.position < 300 { return latest }
        var counts: [String: Int] = [:]
        for p in before { counts[p.name, default: 0] += 1 }
        for m in timeline where m.position < position && m.key.hasPrefix("person:") {
            let n = String(m.key.dropFirst(7))
            if names.contains(n) { counts[n, default: 0] += 1 }
        }
        let top = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        return before.first { $0.name == top }
    }

    /// The fullest form of a name: "Bill Clinton" stays, "Lavrov" is not asked here.
    func canonicalName(_ name: String) -> String {
        guard let (_, first, last) = name.firstAndLastWordsBySpaces() else { return name }
        guard let best = fullestNames[FirstAndLast(first: first, last: last)], best.utf8.count > name.utf8.count else { return name }
        return best
    }

    func genderOf(_ name: String) -> Lexicon.Gender {
        people.first { $0.name == name && $0.gender != .unknown }?.gender ?? .unknown
    }

    // MARK: Mentions

    /// The entity key for a mention at its place in the text.
    mutating func resolve(_ np: NounPhrase) -> String? {
        let position = np.range.lowerBound
        // Aliases are the name forms an article uses; "he" and "who" are not.
        let alias = np.form == .pronoun || np.tokens.count == 1 && np.tokens.first?.lower == "who"
            ? "" : NounPhrase.joinedText(np.tokens.drop { $0.lower == "that" })
        switch np.form {
        case .name:
            if np.isOrganisation {
                let name = Self.organisationName(np.name)
                return register("org:" + name, Entity(name: name, role: np.role, kind: .organisation, gender: .unknown, aliases: [alias]), at: position)
            }
            let words = np.name.firstAndLastWordsBySpaces()
            var name = np.name
            var role = np.role
            var gender = np.gender
            if let words, words.count == 1 {
                let candidates = people.filter { $0.last == words.first && (np.gender == .unknown || $0.gender == .unknown || $0.gender == np.gender) }
                if let p = bestBearer(of: words.first, among: candidates, at: position) {
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
            record(Mention(position: position, key: key, gender: entities[key]?.gender ?? .unknown,
                           organisation: entities[key]?.kind == .organisation, source: true))
            return key
        case .description:
            if let key = describedPerson(np, at: position) {
                entities[key]?.aliases.appendUnique(alias)
                record(Mention(position: position, key: key, gender: entities[key]?.gender ?? .unknown, organisation: false, source: true))
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
        // The key is hashed once: a known entity is updated in place through its index.
        let e: Entity
        if let i = entities.index(forKey: key) {
            for a in entity.aliases { entities.values[i].aliases.appendUnique(a) }
            if entities.values[i].role == nil { entities.values[i].role = entity.role }
            if entities.values[i].gender == .unknown { entities.values[i].gender = entity.gender }
            e = entities.values[i]
        } else {
            entities[key] = entity
            order.append(key)
            e = entity
        }
        record(Mention(position: position, key: key, gender: e.gender, organisation: e.kind == .organisation, source: true))
        return key
    }

    /// The nearest preceding person (he, she) or body (it, they) that fits.
    private mutating func antecedent(of np: NounPhrase, at position: Int) -> String? {
        let wantsPerson = np.name == "he" || np.name == "she"
        let gender = np.gender
        var best: String?
        var nearestSource: String?
        for entry in timeline.reversed() where entry.position < position {
            if wantsPerson {
                guard !entry.organisation, !entry.key.hasPrefix("unnamed:") || isPersonLike(entry.key) else { continue }
                let g = entities[entry.key]?.gender ?? entry.gender
                if gender != .unknown, g != .unknown, g != gender { continue }
                if best == nil { best = entry.key }
                // "he said" most often goes on with the last person quoted,
                // not with whoever was named last.
                if entry.source, position - entry.position < Self.sourceReach { nearestSource = entry.key; break }
                if best != nil && position - entry.position >= Self.sourceReach { break }
            } else {
                // "it added": the body just quoted, else the nearest body named.
                if entry.source, position - entry.position < Self.sourceReach,
                   entry.organisation || entities[entry.key]?.gender == .unknown {
                    best = entry.key; break
                }
                if entry.organisation || entry.key.hasPrefix("unnamed:") { best = entry.key; break }
            }
        }
        if let s = nearestSource { best = s }
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

    /// How far back (in characters) a quoted person outranks a nearer name.
    static let sourceReach = 400

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
        // "the minister" may be any minister; "the prime minister" only that one.
        var offices = [phrase] + (Lexicon.roleSynonyms[phrase] ?? [])
        if modifiers.count <= 1 { offices += [head] + (Lexicon.roleSynonyms[head] ?? []) }
        let candidates = people.filter { p in
            guard let role = p.role?.lowercased() else { return false }
            guard offices.contains(where: { !$0.isEmpty && Self.role(role, contains: $0) }) else { return false }
            if let owner = possessor {
                let demonym = Lexicon.demonyms[owner] ?? owner
                return Self.role(role, contains: demonym) || Self.role(role, contains: owner)
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

    /// `role.contains(word)`, compared as bytes when both are ASCII (the same
    /// answer there): Foundation's Unicode-aware search cost more than all
    /// the rest of matching a description to a person.
    static func role(_ role: String, contains word: String) -> Bool {
        guard !word.isEmpty, role.utf8.allSatisfy({ $0 < 0x80 }), word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return role.contains(word)
        }
        let r = Array(role.utf8), w = Array(word.utf8)
        guard w.count <= r.count else { return false }
        for start in 0...(r.count - w.count) where r[start] == w[0] {
            var k = 1
            while k < w.count, r[start + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }
}

extension String {
    /// Becomes `other` if `other` is longer (in UTF-8 bytes).
    mutating func keepLonger(_ other: String) {
        if utf8.count < other.utf8.count { self = other }
    }
}

extension Array where Element == String {
    mutating func appendUnique(_ s: String) {
        if !s.isEmpty, !contains(s) { append(s) }
    }
}
