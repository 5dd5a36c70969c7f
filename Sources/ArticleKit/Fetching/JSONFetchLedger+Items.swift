import Foundation

extension JSONFetchLedger {
    /// Every feed the file knows, in address order.
    ///
    /// With `items(of:)`, what the SQLite store reads when it takes the
    /// file over ("feeds.json is moved into the store once").
    public var feedURLs: [String] { contents.feeds.keys.sorted() }

    /// The items kept from `feed`, oldest first, each under its key and read
    /// and analysed as the reader would show it.
    public func items(of feed: String) -> [FetchedItem] {
        (contents.feeds[feed]?.articles ?? []).map { FetchedItem(key: $0.key, article: Self.article(from: $0), isFromPage: $0.fromPage) }
    }
}
