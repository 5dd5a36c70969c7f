import ArticleKit
import Foundation
import GRDB
import Testing
@testable import ArticleStore

/// What `quoth fetch` keeps, kept in the store: validators, each item once,
/// counts, the article back as analysed, feeds.json taken over once.
@Suite struct StoreFetchLedgerTests {
    static let feed = "http://127.0.0.1:9/town.rss"

    /// A fetched item as the fetcher makes one: read and analysed.
    static func item(_ n: Int, published: String? = nil) -> FetchedItem {
        var article = ArticleReader.plainText("""
            Story \(n)

            "We will keep the libraries open," the mayor said on Monday.

            The council met and voted on the budget for the year ahead.
            """, source: "http://127.0.0.1:9/\(n).html")
        article.metadata.link = "http://127.0.0.1:9/\(n).html"
        article.metadata.published = published.map(PublishedDate.init)
        return FetchedItem(key: "guid-\(n)", article: article)
    }

    static func updated(_ items: [FetchedItem], etag: String = "\"v1\"") -> FeedFetchResult {
        FeedFetchResult(url: feed, outcome: .updated(.init(title: "Town Crier", newItems: items,
                                                            validators: FeedValidators(etag: etag, lastModified: "Wed, 02 Dec 2026 10:00:00 GMT"),
                                                            itemCount: items.count)))
    }

    @Test func validatorsStatusAndEachItemKeptOnce() throws {
        let folder = try TemporaryFolder()
        let store = try StoreFixtures.store(in: folder)
        var ledger = StoreFetchLedger(store: store)
        #expect(try ledger.status(of: Self.feed) == nil)
        #expect(try ledger.validators(for: Self.feed).isEmpty)

        let first = Date(timeIntervalSince1970: 1_800_000_000)
        try ledger.record(Self.updated([Self.item(1), Self.item(2)]), at: first)
        #expect(try ledger.validators(for: Self.feed) == FeedValidators(etag: "\"v1\"", lastModified: "Wed, 02 Dec 2026 10:00:00 GMT"))
        #expect(try ledger.knownItemKeys(for: Self.feed) == ["guid-1", "guid-2"])
        #expect(try ledger.status(of: Self.feed) == FeedStatus(title: "Town Crier", articleCount: 2, lastFetched: first))

        // Item 2 again (a fetch that raced this one kept it first): kept once.
        try ledger.record(Self.updated([Self.item(2), Self.item(3)], etag: "\"v2\""), at: first.addingTimeInterval(60))
        #expect(try ledger.status(of: Self.feed)?.articleCount == 3)
        #expect(try ledger.validators(for: Self.feed).etag == "\"v2\"")

        // A failure keeps items and validators and says why; a 304 clears it.
        try ledger.record(FeedFetchResult(url: Self.feed, outcome: .failed("HTTP 500 Internal Server Error")), at: first.addingTimeInterval(120))
        #expect(try ledger.status(of: Self.feed) == FeedStatus(title: "Town Crier", articleCount: 3, lastFetched: first.addingTimeInterval(120),
                                                                lastError: "HTTP 500 Internal Server Error"))
        #expect(try ledger.validators(for: Self.feed).etag == "\"v2\"")
        try ledger.record(FeedFetchResult(url: Self.feed, outcome: .notModified, finalURL: "http://127.0.0.1:9/moved.rss"),
                          at: first.addingTimeInterval(180))
        let status = try ledger.status(of: Self.feed)
        #expect(status?.lastError == nil)
        #expect(status?.finalURL == "http://127.0.0.1:9/moved.rss")

        // The unique index holds even against a write that skips the ledger's check.
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO articles (feed_id, item_key, position, source_suffix, title, text, analyser_version) SELECT feed_id, item_key, 0, '', '', '', 0 FROM articles LIMIT 1")
            }
        }
    }

    @Test func aKeptArticleComesBackAsAnalysedAndNewestFirst() throws {
        let folder = try TemporaryFolder()
        let store = try StoreFixtures.store(in: folder)
        var ledger = StoreFetchLedger(store: store)
        let items = [Self.item(1, published: "2026-12-01"), Self.item(2, published: "2026-12-03"), Self.item(3)]
        try ledger.record(Self.updated(items), at: Date())

        let feeds = StoredFeeds(store: store)
        #expect(try feeds.kept(of: Self.feed).map(\.title) == ["Story 2", "Story 1", "Story 3"])
        let back = try #require(try feeds.article(items[1].article.source, of: Self.feed))
        #expect(back.text == items[1].article.text)
        #expect(back.paragraphs == items[1].article.paragraphs)
        #expect(back.quotes == items[1].article.quotes)
        #expect(back.speakers == items[1].article.speakers)
        #expect(!back.quotes.isEmpty, "the fixture has a quote to check")
        #expect(back.metadata.published == PublishedDate("2026-12-03"))
        #expect(try feeds.article(items[1].article.source, of: "http://127.0.0.1:9/other.rss") == nil)
    }

    @Test func fetchedArticlesAreInTheWholeStoreAfterTheFiles() throws {
        let folder = try TemporaryFolder()
        let store = try StoreFixtures.store(in: folder)
        let report = LibraryIndexer(store: store).index([try StoreFixtures.library(in: folder)])
        let contents = StoreContents(store: store)
        let before = try contents.articleIDs()
        _ = try contents.mergedSpeakers()
        var ledger = StoreFetchLedger(store: store)
        try ledger.record(Self.updated([Self.item(1)]), at: Date())
        let after = try contents.articleIDs()
        #expect(after.count == before.count + 1)
        #expect(Array(after.prefix(before.count)) == before, "files first, as indexed")
        let fetched = try contents.articles([after.last!])
        #expect(fetched.first?.article.source == "http://127.0.0.1:9/1.html")
        #expect(report.files.count == 5)
        // The merge kept for the whole store was made before the fetch: made again.
        let merged = try contents.mergedSpeakers()
        #expect(merged.flatMap(\.members).contains { Int64($0.article) == after.last! })
    }

    @Test func feedsJSONIsMovedInOnceAndRetired() throws {
        let folder = try TemporaryFolder()
        let json = folder.url.appendingPathComponent("data/quoth/feeds.json")
        var old = JSONFetchLedger.open(json).ledger
        try old.record(Self.updated([Self.item(1), Self.item(2)]), at: Date(timeIntervalSince1970: 1_800_000_000))
        try old.record(FeedFetchResult(url: "http://127.0.0.1:9/gone.rss", outcome: .failed("HTTP 404 Not Found")), at: Date())
        let store = try StoreFixtures.store(in: folder)
        let ledger = StoreFetchLedger(store: store)

        #expect(ledger.migrate(from: json) == nil)
        #expect(!FileManager.default.fileExists(atPath: json.path))
        #expect(FileManager.default.fileExists(atPath: json.path + ".retired"))
        #expect(try ledger.status(of: Self.feed) == FeedStatus(title: "Town Crier", articleCount: 2, lastFetched: Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(try ledger.validators(for: Self.feed).etag == "\"v1\"")
        #expect(try ledger.knownItemKeys(for: Self.feed) == ["guid-1", "guid-2"])
        #expect(try ledger.status(of: "http://127.0.0.1:9/gone.rss")?.lastError == "HTTP 404 Not Found")
        let article = try #require(try StoredFeeds(store: store).article("http://127.0.0.1:9/1.html", of: Self.feed))
        #expect(!article.quotes.isEmpty, "analysed once, on the way in")

        // A feeds.json written again (a fetch that fell back to it while the
        // store could not be opened) is merged in: nothing kept twice.
        var fallback = JSONFetchLedger.open(json).ledger
        try fallback.record(Self.updated([Self.item(2), Self.item(3)], etag: "\"v3\""), at: Date())
        #expect(ledger.migrate(from: json) == nil)
        #expect(try ledger.knownItemKeys(for: Self.feed) == ["guid-1", "guid-2", "guid-3"])
        #expect(try ledger.validators(for: Self.feed).etag == "\"v1\"", "what the store knows wins")
        #expect(!FileManager.default.fileExists(atPath: json.path))
    }

    /// "Two quoth processes at once (a TUI and a `quoth fetch`) neither fail
    /// nor lose writes": two stores on one file, as two processes open it,
    /// record the same feed's items at once; each item is kept once.
    @Test func twoFetchesAtOnceKeepEachItemOnce() throws {
        let folder = try TemporaryFolder()
        let stores = [try StoreFixtures.store(in: folder), try StoreFixtures.store(in: folder)]
        let items = (1...20).map { Self.item($0) }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { n in
            var ledger = StoreFetchLedger(store: stores[n])
            for start in stride(from: 0, to: items.count, by: 4) {
                do {
                    try ledger.record(Self.updated(Array(items[start..<start + 4])), at: Date())
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let ledger = StoreFetchLedger(store: stores[0])
        #expect(try ledger.status(of: Self.feed)?.articleCount == 20)
        #expect(try stores[0].read("") { try Int.fetchOne($0, sql: "SELECT count(*) FROM quotes") } == 20)
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ failure: String) { lock.lock(); list.append(failure); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
    }

    @Test func aCorruptFeedsJSONIsSetAsideWithOneWarning() throws {
        let folder = try TemporaryFolder()
        let json = folder.url.appendingPathComponent("feeds.json")
        try Data("{ not json".utf8).write(to: json)
        let ledger = StoreFetchLedger(store: try StoreFixtures.store(in: folder))
        let warning = try #require(ledger.migrate(from: json))
        #expect(warning == "\(json.path): unreadable feed ledger (not quoth's JSON); moved aside to feeds.json.corrupt")
        #expect(FileManager.default.fileExists(atPath: json.path + ".corrupt"))
        #expect(ledger.migrate(from: json) == nil, "said once")
    }

    @Test func aCorruptStoreIsRebuiltAndFetchingGoesOn() throws {
        let folder = try TemporaryFolder()
        let location = StoreLocation(url: folder.url.appendingPathComponent("quoth.sqlite"))
        try Data(repeating: 0x51, count: 8192).write(to: location.url)
        let store = try ArticleStore.open(location)
        #expect(store.warnings.count == 1)
        var ledger = StoreFetchLedger(store: store)
        try ledger.record(Self.updated([Self.item(1)]), at: Date())
        #expect(try ledger.status(of: Self.feed)?.articleCount == 1)
    }
}
