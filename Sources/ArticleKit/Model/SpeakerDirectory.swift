/// Speakers across many articles, one entry per person.
///
/// Each article resolves its own mentions ("Mr Blair" → Tony Blair when the
/// article names him in full); the directory then joins articles: the same
/// canonical name is the same entity, and a bare surname ("Blair", from an
/// article that never gives the first name) joins the one full name in the
/// whole collection that ends with it. When two people share the surname
/// (Charles Clarke, Andy Clarke), a bare "Clarke" stays on its own rather
/// than be given to the wrong one, and the two never merge. Unnamed sources
/// never merge across articles.
public struct SpeakerDirectory: Sendable {
    /// One person, body or unnamed source across the collection.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var role: String?
        public var kind: Speaker.Kind
        /// Every name form seen, canonical name first.
        public var aliases: [String]
        public var quoteCount: Int
        public var articleCount: Int
        /// Where this entry speaks: (article index, speaker index in it).
        public var members: [Member]
    }

    public struct Member: Hashable, Sendable {
        public var article: Int
        public var speaker: Int
        public init(article: Int, speaker: Int) { self.article = article; self.speaker = speaker }
    }

    private var groups: [String: Entry] = [:]
    private var order: [String] = []
    /// Each entry's roles, as often as it speaks under them.
    private var roleTallies: [String: [RoleTally]] = [:]

    /// One role of an entry: how many quotes it was given with, in which spelling.
    struct RoleTally: Sendable {
        var folded: String
        var shown: String
        var quotes: Int
    }

    public init() {}

    /// Adds the speakers of the article at `index` (its position in the caller's list).
    public mutating func add(_ article: Article, index: Int) {
        for (i, speaker) in article.speakers.enumerated() {
            let key = Self.key(speaker, article: index)
            let member = Member(article: index, speaker: i)
            if var entry = groups[key] {
                entry.quoteCount += speaker.quoteCount
                entry.members.append(member)
                for alias in speaker.aliases { entry.aliases.appendUnique(alias) }
                groups[key] = entry
            } else {
                groups[key] = Entry(name: speaker.name, role: speaker.role, kind: speaker.kind, aliases: speaker.aliases,
                                    quoteCount: speaker.quoteCount, articleCount: 0, members: [member])
                order.append(key)
            }
            if let role = speaker.role { Self.tally(role, quotes: speaker.quoteCount, in: &roleTallies[key, default: []]) }
        }
    }

    /// Counts `role` for an entry; a spelling with a capital wins over the
    /// same words without ("Prime Minister", "prime minister").
    static func tally(_ role: String, quotes: Int, in tallies: inout [RoleTally]) {
        let folded = SearchText.fold(role)
        if let i = tallies.firstIndex(where: { $0.folded == folded }) {
            tallies[i].quotes += quotes
            if tallies[i].shown.first?.isUppercase != true, role.first?.isUppercase == true { tallies[i].shown = role }
        } else {
            tallies.append(RoleTally(folded: folded, shown: role, quotes: quotes))
        }
    }

    /// The role an entry is most quoted under: Tony Blair is "Prime
    /// Minister" across the library, not the "prime minister" of the first
    /// article that described him. Ties go to the role seen first.
    static func commonest(_ tallies: [RoleTally]) -> String? {
        guard var best = tallies.first else { return nil }
        for t in tallies.dropFirst() where t.quotes > best.quotes { best = t }
        return best.shown
    }

    /// The full name a bare surname belongs to: the only one there is, or
    /// one quoted at least five times as often as any other; otherwise none.
    static func bearer(of bare: Entry, among keys: [String], in entries: [String: Entry]) -> String? {
        let ranked = keys.compactMap { k in entries[k].map { (k, $0.quoteCount) } }.sorted { $0.1 > $1.1 }
        guard let top = ranked.first else { return nil }
        if ranked.count == 1 || top.1 >= 5 * ranked[1].1 { return top.0 }
        return nil
    }

    /// People and bodies merge by name; an unnamed source ("a spokesman",
    /// "the report") is somebody else in every article, so its key carries
    /// the article.
    static func key(_ speaker: Speaker, article: Int) -> String {
        guard speaker.kind != .unnamed, !isCommonNoun(speaker.name) else { return "unnamed:\(article):" + SearchText.fold(speaker.name) }
        return speaker.kind.rawValue + ":" + SearchText.fold(speaker.name)
    }

    /// "Ministry", "the Committee", "Prime Minister": words that name a kind
    /// of body or office, capitalised or not, name no one in particular.
    /// A party does: "Labour" and "the Liberal Democrats" are the same party
    /// in every article, though "labour" and "liberal" are also plain words.
    static func isCommonNoun(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 3 else { return false }
        if words.allSatisfy({ WordClass.of($0.lowercased()).contains(.partyWord) }) { return false }
        return words.allSatisfy { w in
            let classes = WordClass.of(w.lowercased())
            return !classes.isDisjoint(with: [.organisationHead, .roleWord, .unnamedSourceHead, .determiner])
                || w.lowercased() == "news"
        }
    }

    /// The merged entries, most quoted first (ties: seen first first), and
    /// for each (article, speaker) the index of its entry.
    public func merged() -> (entries: [Entry], index: [Member: Int]) {
        var entries = groups
        for (key, tallies) in roleTallies { entries[key]?.role = Self.commonest(tallies) }
        // Bare surnames join the single full name in the collection that ends with them.
        var bySurname: [String: [String]] = [:]
        for key in order where key.hasPrefix("person:") {
            let words = key.dropFirst(7).split(separator: " ")
            if words.count >= 2, let last = words.last { bySurname[String(last), default: []].append(key) }
        }
        for key in order where key.hasPrefix("person:") {
            let words = key.dropFirst(7).split(separator: " ")
            guard words.count == 1, let fulls = bySurname[String(words[0])], let bare = entries[key],
                  let chosen = Self.bearer(of: bare, among: fulls, in: entries), var target = entries[chosen] else { continue }
            target.quoteCount += bare.quoteCount
            target.members += bare.members
            for alias in bare.aliases { target.aliases.appendUnique(alias) }
            if target.role == nil { target.role = bare.role }
            entries[chosen] = target
            entries[key] = nil
        }
        var list: [(key: String, entry: Entry, first: Int)] = []
        for (n, key) in order.enumerated() {
            guard var entry = entries[key] else { continue }
            entry.articleCount = Set(entry.members.map(\.article)).count
            entry.members.sort { ($0.article, $0.speaker) < ($1.article, $1.speaker) }
            list.append((key, entry, n))
        }
        list.sort { a, b in
            a.entry.quoteCount != b.entry.quoteCount ? a.entry.quoteCount > b.entry.quoteCount : a.first < b.first
        }
        var index: [Member: Int] = [:]
        for (i, item) in list.enumerated() {
            for m in item.entry.members { index[m] = i }
        }
        return (list.map(\.entry), index)
    }
}
