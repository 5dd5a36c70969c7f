import Foundation

/// What a ledger knows of one feed, for the feed list.
public struct FeedStatus: Hashable, Sendable {
    /// The feed's own title, from its last successful fetch.
    public var title: String?
    /// Articles kept from it.
    public var articleCount: Int
    /// When it was last fetched (whatever came of it).
    public var lastFetched: Date?
    /// Why the last fetch failed, or nil when it did not.
    public var lastError: String?
    /// Where redirects ended last time, when elsewhere.
    public var finalURL: String?

    public init(title: String? = nil, articleCount: Int = 0, lastFetched: Date? = nil, lastError: String? = nil,
                finalURL: String? = nil) {
        self.title = title
        self.articleCount = articleCount
        self.lastFetched = lastFetched
        self.lastError = lastError
        self.finalURL = finalURL
    }
}
