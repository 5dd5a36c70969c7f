/// One person, body or unnamed source of an article, as the resolver knows
/// it: the canonical name, the most specific role the article gives, and
/// every name form the article's attributions use.
struct Entity {
    var key: EntityKey
    var name: String
    var role: String?
    var gender: Lexicon.Gender
    /// Name forms used in attributions ("Lavrov", "Russia's top diplomat").
    var aliases: [String]

    var kind: Speaker.Kind { key.kind }

    init(key: EntityKey, role: String? = nil, gender: Lexicon.Gender = .unknown, aliases: [String] = []) {
        self.key = key
        self.name = key.name
        self.role = role
        self.gender = gender
        self.aliases = aliases
    }
}
