import Foundation

/// What fetching remembers between runs, for every feed: the validators
/// for the next conditional GET, the keys of the items kept, and what
/// each fetch came to.
///
/// The seam between `FeedFetcher` (which stores nothing) and whatever
/// keeps articles: the SQLite store (`StoreFetchLedger`), or
/// `JSONFetchLedger`'s one JSON file when the store cannot be opened.
public protocol FetchLedger {
    /// The validators the last successful fetch of `feed` gave (empty when none).
    func validators(for feed: String) throws -> FeedValidators
    /// The keys (`FetchedItem.key`) of every item of `feed` kept so far.
    func knownItemKeys(for feed: String) throws -> Set<String>
    /// Keeps a fetch's outcome: new items and validators when updated, the
    /// time when not modified, the reason when failed (items and validators
    /// stay as they were).
    mutating func record(_ result: FeedFetchResult, at date: Date) throws
    /// What is known of `feed`, or nil when it was never fetched.
    func status(of feed: String) throws -> FeedStatus?
}

extension FetchLedger {
    /// A request per subscription, carrying what the ledger knows of it.
    public func requests(for subscriptions: [Subscription]) throws -> [FeedRequest] {
        try subscriptions.map {
            FeedRequest(url: $0.url, validators: try validators(for: $0.url), knownKeys: try knownItemKeys(for: $0.url))
        }
    }
}
