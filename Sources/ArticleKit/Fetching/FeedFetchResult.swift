/// What fetching one feed came to: new items, nothing new, or one reason
/// it failed.
public struct FeedFetchResult: Sendable {
    public enum Outcome: Sendable {
        case updated(Update)
        /// The server answered 304 to the conditional GET.
        case notModified
        /// Why the feed could not be fetched or read, in one line
        /// ("timed out after 20 s", "not a readable feed (XML could not be parsed)").
        case failed(String)
    }

    /// A feed that came back with content.
    public struct Update: Sendable {
        /// The feed's own title, when it gives one.
        public var title: String?
        /// Items not among the request's known keys, in feed order.
        public var newItems: [FetchedItem]
        /// What to send next time.
        public var validators: FeedValidators
        /// How many items the feed lists now (new or not).
        public var itemCount: Int

        public init(title: String?, newItems: [FetchedItem], validators: FeedValidators, itemCount: Int) {
            self.title = title
            self.newItems = newItems
            self.validators = validators
            self.itemCount = itemCount
        }
    }

    /// The feed's address as subscribed.
    public var url: String
    public var outcome: Outcome
    /// Where redirects ended, when that is somewhere else than `url`.
    public var finalURL: String?

    public init(url: String, outcome: Outcome, finalURL: String? = nil) {
        self.url = url
        self.outcome = outcome
        self.finalURL = finalURL
    }

    public var failure: String? { if case .failed(let reason) = outcome { reason } else { nil } }
    public var newItems: [FetchedItem] { if case .updated(let update) = outcome { update.newItems } else { [] } }
    public var isNotModified: Bool { if case .notModified = outcome { true } else { false } }
}
