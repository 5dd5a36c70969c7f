import ArticleKit
import ArticleStore
import Foundation
import ReaderUI

/// The feeds view's shelf over the urls file and the store: feeds and their
/// articles as `quoth fetch` kept them, an article opened as it was stored
/// (analysed once, when fetched), and `R` recording into the store.
///
/// The store is safe from any thread (a pool of connections, each write a
/// transaction), so only the subscriptions, read again by `refresh`, need
/// the lock.
final class StoreFeedShelf: FeedShelf, @unchecked Sendable {
    private let lock = NSLock()
    private var subscriptions: [Subscription]
    let file: SubscriptionsFile
    let ledger: StoreFetchLedger
    let stored: StoredFeeds

    init(subscriptions: [Subscription], store: ArticleStore, file: SubscriptionsFile) {
        self.subscriptions = subscriptions
        self.file = file
        ledger = StoreFetchLedger(store: store)
        stored = StoredFeeds(store: store)
    }

    private var current: [Subscription] {
        lock.lock()
        defer { lock.unlock() }
        return subscriptions
    }

    /// A feed the store cannot be read for shows as not fetched; the store
    /// that fails here failed to open first, with its warning.
    func feeds() -> [ShelvedFeed] {
        current.filter { !$0.isHidden }.map { subscription in
            let status = (try? ledger.status(of: subscription.url)) ?? nil
            let kept = (try? stored.kept(of: subscription.url)) ?? []
            return ShelvedFeed(url: subscription.url, title: subscription.title ?? status?.title, tags: subscription.categories,
                               articleKeys: kept.map { ReadingMemory.key($0.source) },
                               lastFetched: status?.lastFetched, lastError: status?.lastError)
        }
    }

    func articles(of feed: String) -> [ShelvedArticle] {
        ((try? stored.kept(of: feed)) ?? []).map {
            ShelvedArticle(source: $0.source, title: $0.title, published: $0.published, link: $0.link)
        }
    }

    func article(_ source: String, of feed: String) -> Article? {
        (try? stored.article(source, of: feed)) ?? nil
    }

    /// The urls file is read again first, so a feed added since launch
    /// (`quoth feeds add` in another terminal) is fetched too.
    func refresh(with fetcher: FeedFetcher, onStart: (Int) -> Void, onResult: (FeedFetchResult, Error?) -> Void) throws {
        if let fresh = try? file.load().list.subscriptions {
            lock.lock()
            subscriptions = fresh
            lock.unlock()
        }
        let feeds = current
        onStart(feeds.count)
        var ledger = self.ledger
        _ = try fetcher.refresh(feeds, into: &ledger, onResult: onResult)
    }
}
