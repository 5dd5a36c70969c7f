import ArticleKit

/// Where the feeds view gets its feeds and their articles: the one thing
/// the screen asks of whatever keeps what `quoth fetch` fetched.
///
/// The seam between the screen and the storage, as `FetchLedger` is the
/// seam between the fetcher and the storage: the quoth target implements
/// it over the SQLite store (`StoreFeedShelf`), and over the JSON ledger
/// (`feeds.json`) when the store cannot be opened, the screen the same. Calls come from the event
/// loop's thread (listing, opening) and from the reload's thread
/// (`refresh`), so an implementation guards its state.
public protocol FeedShelf: Sendable {
    /// Every feed subscribed, in the urls file's order, with what is kept
    /// of it; feeds hidden with a `!` tag are left out.
    func feeds() -> [ShelvedFeed]
    /// The articles kept from `feed`, newest first.
    func articles(of feed: String) -> [ShelvedArticle]
    /// One of them, read and analysed, for the reader; nil when it is no
    /// longer kept.
    func article(_ source: String, of feed: String) -> Article?
    /// Fetches every feed subscribed with `fetcher` and keeps what is new:
    /// `onStart` is told how many feeds will be fetched, then `onResult`
    /// sees each as it finishes (with the error keeping it raised, if any),
    /// on the calling thread. Throws when nothing could be fetched at all.
    func refresh(with fetcher: FeedFetcher, onStart: (Int) -> Void, onResult: (FeedFetchResult, Error?) -> Void) throws
}
