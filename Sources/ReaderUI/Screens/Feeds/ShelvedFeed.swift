import Foundation

/// One feed as the feeds view lists it: what it is called, its tags, the
/// articles kept from it (as reading-memory keys, so unread counts follow
/// the read marks as the reader keeps them) and how its last fetch went.
public struct ShelvedFeed: Hashable, Sendable {
    /// The address subscribed to: what names the feed.
    public var url: String
    /// The `~Title` tag, else the feed's own title; nil before a first fetch.
    public var title: String?
    /// Its category tags (`~Title` and `!` tags left out).
    public var tags: [String]
    /// The reading-memory key (`ReadingMemory.key`) of each article kept.
    public var articleKeys: [String]
    public var lastFetched: Date?
    /// Why the last fetch failed, or nil.
    public var lastError: String?

    public init(url: String, title: String? = nil, tags: [String] = [], articleKeys: [String] = [],
                lastFetched: Date? = nil, lastError: String? = nil) {
        self.url = url
        self.title = title
        self.tags = tags
        self.articleKeys = articleKeys
        self.lastFetched = lastFetched
        self.lastError = lastError
    }

    /// The title, or the address when there is none yet.
    public var name: String { title.flatMap { $0.isEmpty ? nil : $0 } ?? url }
}
