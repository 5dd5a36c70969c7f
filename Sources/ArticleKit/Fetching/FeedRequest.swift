/// One feed to fetch, with what the last fetch left: the validators for a
/// conditional GET and the keys of the items already kept.
public struct FeedRequest: Hashable, Sendable {
    public var url: String
    public var validators: FeedValidators
    /// `FetchedItem.key`s already kept: an item whose key is here is not new.
    public var knownKeys: Set<String>

    public init(url: String, validators: FeedValidators = FeedValidators(), knownKeys: Set<String> = []) {
        self.url = url
        self.validators = validators
        self.knownKeys = knownKeys
    }
}
