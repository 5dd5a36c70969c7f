/// One entity quoted in an article: a person, an organisation, or an
/// unnamed source ("a senior official"), under its canonical name.
public struct Speaker: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case person, organisation, unnamed
    }

    /// The fullest name the article gives ("Sergey Lavrov").
    public var name: String
    /// Office or description when the article gives one ("Russian Foreign Minister").
    public var role: String?
    public var kind: Kind
    /// Every distinct way the article refers to this speaker in attributions
    /// ("Lavrov", "Mr Lavrov", "Russia's top diplomat"), canonical name first.
    public var aliases: [String]
    /// How many quotes the article attributes to this speaker.
    public var quoteCount: Int

    public init(name: String, role: String? = nil, kind: Kind, aliases: [String] = [], quoteCount: Int = 0) {
        self.name = name
        self.role = role
        self.kind = kind
        self.aliases = aliases
        self.quoteCount = quoteCount
    }
}
