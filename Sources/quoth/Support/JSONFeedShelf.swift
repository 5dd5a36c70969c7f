import ArticleKit
import Foundation
import ReaderUI

/// The feeds view's shelf over the urls file and the JSON fetch ledger
/// (`feeds.json`), when the store cannot be opened (else `StoreFeedShelf`).
///
/// The event loop lists and opens from it while `R`'s reload records into
/// it from another thread, so the ledger is only touched under a lock;
/// reading an article (analysis) happens on a copy, outside it.
final class JSONFeedShelf: FeedShelf, @unchecked Sendable {
    private let lock = NSLock()
    private var ledger: JSONFetchLedger
    private var subscriptions: [Subscription]
    let file: SubscriptionsFile

    init(subscriptions: [Subscription], ledger: JSONFetchLedger, file: SubscriptionsFile) {
        self.subscriptions = subscriptions
        self.ledger = ledger
        self.file = file
    }

    func locked<T>(_ body: (inout JSONFetchLedger) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&ledger)
    }

    func feeds() -> [ShelvedFeed] {
        lock.lock()
        defer { lock.unlock() }
        return subscriptions.filter { !$0.isHidden }.map { subscription in
            let status = ledger.status(of: subscription.url)
            return ShelvedFeed(url: subscription.url, title: subscription.title ?? status?.title, tags: subscription.categories,
                               articleKeys: ledger.kept(of: subscription.url).map { ReadingMemory.key($0.source) },
                               lastFetched: status?.lastFetched, lastError: status?.lastError)
        }
    }

    /// Newest first by the feed's dates; undated ones, and ties, the last fetched first.
    func articles(of feed: String) -> [ShelvedArticle] {
        let kept = locked { $0.kept(of: feed) }
        return kept.indices.reversed()
            .sorted { a, b in
                let da = kept[a].metadata.published, db = kept[b].metadata.published
                return da != db ? PublishedDate.isNewer(da, than: db) : a > b
            }
            .map { ShelvedArticle(source: kept[$0].source, title: kept[$0].title, published: kept[$0].metadata.published,
                                  link: kept[$0].metadata.link) }
    }

    func article(_ source: String, of feed: String) -> Article? {
        let copy = locked { $0 }
        return copy.article(source, of: feed)
    }

    /// The urls file is read again first, so a feed added since launch
    /// (`quoth feeds add` in another terminal) is fetched too.
    func refresh(with fetcher: FeedFetcher, onStart: (Int) -> Void, onResult: (FeedFetchResult, Error?) -> Void) throws {
        if let fresh = try? file.load().list.subscriptions {
            lock.lock()
            subscriptions = fresh
            lock.unlock()
        }
        let feeds = locked { _ in subscriptions }
        onStart(feeds.count)
        var ledger = Ledger(shelf: self)
        _ = try fetcher.refresh(feeds, into: &ledger, onResult: onResult)
    }

    /// The shelf's ledger as the fetcher sees it: each call under the lock.
    struct Ledger: FetchLedger {
        let shelf: JSONFeedShelf

        func validators(for feed: String) -> FeedValidators { shelf.locked { $0.validators(for: feed) } }
        func knownItemKeys(for feed: String) -> Set<String> { shelf.locked { $0.knownItemKeys(for: feed) } }
        func status(of feed: String) -> FeedStatus? { shelf.locked { $0.status(of: feed) } }
        mutating func record(_ result: FeedFetchResult, at date: Date) throws {
            try shelf.locked { try $0.record(result, at: date) }
        }
    }
}
