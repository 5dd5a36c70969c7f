import ArticleKit
import Foundation
import ReaderUI

/// A `FeedShelf` held in memory, for the feeds view's tests: feeds and
/// their articles built by hand, and a reload that records results the
/// test scripts (as a real shelf records what the fetcher brings).
final class ShelfFixture: FeedShelf, @unchecked Sendable {
    struct Feed {
        var shelved: ShelvedFeed
        var articles: [Article]
    }

    private let lock = NSLock()
    private var stored: [Feed]
    /// What the next `refresh` brings: per feed URL, its result and the articles it adds.
    var nextFetch: [(result: FeedFetchResult, adds: [Article])] = []

    init(_ feeds: [Feed]) { stored = feeds }

    func feeds() -> [ShelvedFeed] {
        lock.lock()
        defer { lock.unlock() }
        return stored.map { feed in
            var shelved = feed.shelved
            shelved.articleKeys = feed.articles.map { ReadingMemory.key($0.source) }
            return shelved
        }
    }

    func articles(of feed: String) -> [ShelvedArticle] {
        lock.lock()
        defer { lock.unlock() }
        return (stored.first { $0.shelved.url == feed }?.articles ?? []).map {
            ShelvedArticle(source: $0.source, title: $0.title, published: $0.metadata.published, link: $0.metadata.link)
        }
    }

    func article(_ source: String, of feed: String) -> Article? {
        lock.lock()
        defer { lock.unlock() }
        return stored.first { $0.shelved.url == feed }?.articles.first { $0.source == source }
    }

    func refresh(with fetcher: FeedFetcher, onStart: (Int) -> Void, onResult: (FeedFetchResult, Error?) -> Void) throws {
        onStart(stored.count)
        for (result, adds) in nextFetch {
            lock.lock()
            if let i = stored.firstIndex(where: { $0.shelved.url == result.url }) {
                stored[i].articles.insert(contentsOf: adds, at: 0)
                stored[i].shelved.lastError = result.failure
                stored[i].shelved.lastFetched = Date(timeIntervalSince1970: 1_796_224_800)   // 2 Dec 2026, 16:00 UTC
            }
            lock.unlock()
            onResult(result, nil)
        }
    }

    /// A feed article: its title, then a paragraph with one quote.
    static func article(_ n: Int, feed: String, date: String? = nil) -> Article {
        var article = ArticleReader.plainText("Story \(n) from \(feed)\n\nThe mayor said: \"We will vote on the budget \(n).\"\n",
                                              source: "https://\(feed).example/\(n).html")
        article.metadata.link = article.source
        article.metadata.published = date.map(PublishedDate.init)
        return article
    }

    /// Two feeds fetched at 15:20 UTC on 2 Dec 2026 (three and one
    /// articles, newest first) and one whose last fetch failed.
    static func standard() -> ShelfFixture {
        let fetched = Date(timeIntervalSince1970: 1_796_224_800 - 40 * 60)
        return ShelfFixture([
            Feed(shelved: ShelvedFeed(url: "https://town.example/rss", title: "Town Crier", tags: ["local", "news"], lastFetched: fetched),
                 articles: [article(3, feed: "town", date: "2026-12-02"), article(2, feed: "town", date: "2026-12-01"),
                            article(1, feed: "town", date: "2026-11-30")]),
            Feed(shelved: ShelvedFeed(url: "https://wire.example/atom", title: "The Wire", lastFetched: fetched),
                 articles: [article(1, feed: "wire")]),
            Feed(shelved: ShelvedFeed(url: "https://gone.example/rss", lastFetched: fetched, lastError: "HTTP 404 Not Found"),
                 articles: []),
        ])
    }
}

extension Screen {
    /// The feeds view over `shelf`, as `quoth` with no paths opens it.
    init(feeds shelf: any FeedShelf, _ width: Int, _ height: Int) {
        let size = Size(width: width, height: height)
        state = ReaderState(feeds: FeedsScreen(shelf: shelf, size: size, dates: .utc), size: size)
        state.shared.dates = .utc
    }
}
