import Foundation
import Testing
@testable import ArticleKit

/// `FeedFetcher` against feeds served on 127.0.0.1 by `LoopbackServer`.
@Suite("Fetching feeds", .serialized)
struct FeedFetcherTests {
    struct Item {
        var guid: String?
        var title: String
        var link: String?
        var body: String
    }

    /// An RSS 2.0 feed of `items`.
    static func rss(_ items: [Item], title: String = "Loopback News") -> Data {
        func escaped(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let entries = items.map { item in
            "<item><title>\(escaped(item.title))</title>"
                + (item.guid.map { "<guid isPermaLink=\"false\">\($0)</guid>" } ?? "")
                + (item.link.map { "<link>\(escaped($0))</link>" } ?? "")
                + "<description>\(escaped(item.body))</description></item>"
        }.joined(separator: "\n")
        return Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(escaped(title))</title>\n\(entries)\n</channel></rss>".utf8)
    }

    /// A body long enough not to count as a summary.
    static func story(_ n: Int) -> String {
        "<p>Story \(n). " + String(repeating: "The council met on Monday and voted on the budget for the year ahead. ", count: 10) + "</p>"
    }

    static func feed(_ body: Data, headers: [String: String] = [:]) -> LoopbackServer.Reply {
        LoopbackServer.Reply(headers: ["Content-Type": "application/rss+xml; charset=utf-8"].merging(headers) { $1 }, body: body)
    }

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("quoth-fetch-\(UUID().uuidString)")
    }

    @Test func aFeedThatChangesGivesEachNewItemOnce() throws {
        let first = [Item(guid: "a", title: "First", body: Self.story(1)),
                     Item(title: "Second, no guid", link: "https://example.org/2", body: Self.story(2))]
        let server = try LoopbackServer(routes: ["/news": Self.feed(Self.rss(first))])
        defer { server.stop() }
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var ledger = JSONFetchLedger.open(folder.appendingPathComponent("feeds.json")).ledger
        let fetcher = FeedFetcher(fetchesPages: false)
        let feeds = [Subscription(url: server.url("/news"))]

        let one = try fetcher.refresh(feeds, into: &ledger)
        #expect(one[0].newItems.map(\.key) == ["a", "https://example.org/2"], "guid, else link")
        #expect(one[0].newItems[0].article.title == "First")
        #expect(one[0].newItems[0].article.text.contains("Story 1."))

        // The feed moves on: a new item on top, the second reworded, the first gone.
        server.set("/news", Self.feed(Self.rss([Item(guid: "c", title: "Third", body: Self.story(3)),
                                                Item(title: "Second, reworded", link: "https://example.org/2", body: Self.story(2))])))
        let two = try fetcher.refresh(feeds, into: &ledger)
        #expect(two[0].newItems.map(\.article.title) == ["Third"], "old items are not new again")
        guard case .updated(let update) = two[0].outcome else { Issue.record("not updated: \(two[0].outcome)"); return }
        #expect(update.itemCount == 2)
        #expect(update.title == "Loopback News")

        let reopened = JSONFetchLedger.open(folder.appendingPathComponent("feeds.json"))
        #expect(reopened.warning == nil)
        #expect(reopened.ledger.status(of: server.url("/news"))?.articleCount == 3, "kept across runs")
        #expect(reopened.ledger.status(of: server.url("/news"))?.title == "Loopback News")
        #expect(reopened.ledger.articles(of: server.url("/news")).map(\.title) == ["First", "Second, no guid", "Third"])
    }

    @Test(arguments: [["ETag": "\"v1\""], ["Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"]])
    func anUnchangedFeedAnswers304(validator: [String: String]) throws {
        let server = try LoopbackServer(routes: ["/feed": Self.feed(Self.rss([Item(guid: "a", title: "A", body: Self.story(1))]),
                                                                    headers: validator)])
        defer { server.stop() }
        let fetcher = FeedFetcher(fetchesPages: false)
        let first = fetcher.fetch([FeedRequest(url: server.url("/feed"))])[0]
        guard case .updated(let update) = first.outcome else { Issue.record("not updated: \(first.outcome)"); return }
        #expect(update.validators.etag == validator["ETag"])
        #expect(update.validators.lastModified == validator["Last-Modified"])

        let second = fetcher.fetch([FeedRequest(url: server.url("/feed"), validators: update.validators, knownKeys: ["a"])])[0]
        #expect(second.isNotModified)
        let sent = try #require(server.requests("/feed").last).headers
        #expect(sent["if-none-match"] == validator["ETag"])
        #expect(sent["if-modified-since"] == validator["Last-Modified"])
        #expect(server.requests("/feed").first?.headers["if-none-match"] == nil, "the first fetch asks unconditionally")
    }

    @Test func aSlowFeedTimesOutAloneWhileTheOthersFetch() throws {
        let server = try LoopbackServer(routes: [
            "/slow": Self.feed(Self.rss([Item(guid: "s", title: "Slow", body: Self.story(0))])).delayed(4),
            "/a": Self.feed(Self.rss([Item(guid: "a", title: "A", body: Self.story(1))])),
            "/b": Self.feed(Self.rss([Item(guid: "b", title: "B", body: Self.story(2))])),
        ])
        defer { server.stop() }
        var order: [String] = []
        let results = FeedFetcher(timeout: 1, fetchesPages: false)
            .fetch(["/slow", "/a", "/b"].map { FeedRequest(url: server.url($0)) }) { order.append($0.url) }
        #expect(results.map(\.url) == ["/slow", "/a", "/b"].map(server.url), "results in request order")
        #expect(results[0].failure?.hasPrefix("timed out after 1 s") == true, "\(results[0].outcome)")
        #expect(results[1].newItems.count == 1)
        #expect(results[2].newItems.count == 1)
        #expect(order.last == server.url("/slow"), "the others were not held up by it")
    }

    @Test func brokenFeedsFailWithOneClearReasonEach() throws {
        let server = try LoopbackServer(routes: [
            "/garbage": Self.feed(Data("this is no XML at all".utf8)),
            "/page": .init(headers: ["Content-Type": "text/html"], body: WebFetchTests.page),
            "/html-root": Self.feed(Data("<html><body><p>Not a feed</p></body></html>".utf8)),
            "/ok": Self.feed(Self.rss([Item(guid: "a", title: "A", body: Self.story(1))])),
            "/gone": .init(status: "410 Gone"),
        ])
        defer { server.stop() }
        let paths = ["/garbage", "/page", "/html-root", "/ok", "/gone"]
        let results = FeedFetcher(fetchesPages: false).fetch(paths.map { FeedRequest(url: server.url($0)) })
        #expect(results.map(\.failure) == [
            "not a readable feed (XML could not be parsed)",
            "a web page, not a feed (the page may link to its feed)",
            "not a feed (root element <html>)",
            nil,
            "HTTP 410 Gone",
        ])
        #expect(results[3].newItems.count == 1, "one broken feed stops nothing")
    }

    @Test func aRedirectIsFollowedAndItsEndReported() throws {
        let server = try LoopbackServer(routes: [
            "/old": .init(status: "301 Moved Permanently", headers: ["Location": "/new"]),
            "/new": Self.feed(Self.rss([Item(guid: "a", title: "A", body: Self.story(1))])),
        ])
        defer { server.stop() }
        let result = FeedFetcher(fetchesPages: false).fetch([FeedRequest(url: server.url("/old"))])[0]
        #expect(result.newItems.count == 1)
        #expect(result.finalURL == server.url("/new"))
    }

    @Test func anOversizeFeedIsCutOffAndSaysSo() throws {
        let items = (0..<200).map { Item(guid: "\($0)", title: "Item \($0)", body: Self.story($0)) }
        let server = try LoopbackServer(routes: ["/huge": Self.feed(Self.rss(items))])
        defer { server.stop() }
        let result = FeedFetcher(maximumFeedSize: 20_000, fetchesPages: false).fetch([FeedRequest(url: server.url("/huge"))])[0]
        #expect(result.failure == "too large (over 19 KB)")
    }

    @Test func aSummaryOnlyItemIsReadFromItsPage() throws {
        let server = try LoopbackServer(routes: [
            "/story": .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: WebFetchTests.page),
        ])
        defer { server.stop() }
        server.set("/feed", Self.feed(Self.rss([
            Item(guid: "page", title: "Bridge", link: server.url("/story"), body: "A bridge, at last."),
            Item(guid: "lost", title: "Lost", link: server.url("/missing"), body: "Only this summary."),
            Item(guid: "full", title: "Full", link: server.url("/never"), body: Self.story(1)),
            Item(guid: "local", title: "Local", link: "file:///etc/passwd", body: "Not fetched."),
        ])))
        let result = FeedFetcher().fetch([FeedRequest(url: server.url("/feed"))])[0]
        let items = Dictionary(uniqueKeysWithValues: result.newItems.map { ($0.key, $0) })

        let page = try #require(items["page"])
        #expect(page.isFromPage)
        #expect(page.note == nil)
        #expect(page.article.text.contains("We have waited long enough"))
        #expect(page.article.quotes.count == 1, "the page is analysed like any page")
        #expect(page.article.metadata.link == server.url("/story"))

        let lost = try #require(items["lost"])
        #expect(!lost.isFromPage)
        #expect(lost.article.text.contains("Only this summary."))
        #expect(lost.note == "only the feed's summary is kept: the page could not be fetched (HTTP 404 Not Found)")
        #expect(lost.article.warnings.contains(lost.note!), "the reader says so too")

        #expect(items["full"]?.isFromPage == false)
        #expect(server.requests("/never").isEmpty, "an item with its text needs no page")
        #expect(items["local"]?.isFromPage == false)
        #expect(items["local"]?.article.text.contains("Not fetched.") == true, "only http(s) links are followed")
    }

    @Test func hostileFeedsAreCapped() throws {
        let server = try LoopbackServer(routes: [:])
        defer { server.stop() }
        let items = (0..<50).map {
            Item(guid: "\($0)", title: "\u{202E}\u{9B}2JItem \($0)", link: server.url("/p\($0)"), body: "Short.")
        }
        server.set("/feed", Self.feed(Self.rss(items)))
        let fetcher = FeedFetcher(maximumItems: 10, maximumPagesPerFeed: 3)
        let result = fetcher.fetch([FeedRequest(url: server.url("/feed"))])[0]
        guard case .updated(let update) = result.outcome else { Issue.record("not updated: \(result.outcome)"); return }
        #expect(update.itemCount == 10, "items past the cap are not read")
        #expect(update.newItems.count == 10)
        let asked = (0..<50).filter { !server.requests("/p\($0)").isEmpty }
        #expect(asked == [0, 1, 2], "no more pages than the cap")
        #expect(update.newItems[3].note == "only the feed's summary is kept: more than 3 new items in this feed to fetch pages for")
        // C0 controls cannot be in XML at all (libxml2 drops them); what XML
        // allows is kept exact, and the output side makes it visible.
        #expect(update.newItems[0].article.title == "\u{202E}\u{9B}2JItem 0")
    }

    @Test func entitiesInAFeedAreNeitherExpandedNorLoaded() throws {
        // A billion laughs, and an external entity naming a local file.
        var dtd = "<!ENTITY l0 \"lol\">"
        for level in 1...9 { dtd += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        dtd += "<!ENTITY secret SYSTEM \"file:///etc/passwd\">"
        let feed = """
            <?xml version="1.0"?><!DOCTYPE rss [\(dtd)]><rss version="2.0"><channel><title>Laughs</title>
            <item><guid>1</guid><title>A &l9; B &secret; C</title><description>\(Self.story(1))</description></item>
            </channel></rss>
            """
        let server = try LoopbackServer(routes: ["/lol": Self.feed(Data(feed.utf8))])
        defer { server.stop() }
        let result = FeedFetcher(fetchesPages: false).fetch([FeedRequest(url: server.url("/lol"))])[0]
        let title = try #require(result.newItems.first?.article.title)
        #expect(title.count < 100, "not expanded: \(title.prefix(80))")
        #expect(!title.contains("root:"), "no local file read into a feed")
    }

    @Test func aCorruptLedgerIsMovedAsideWithOneWarning() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("feeds.json")
        try Data("{ not json".utf8).write(to: file)
        let (ledger, warning) = JSONFetchLedger.open(file)
        #expect(warning == "\(file.path): unreadable feed ledger (not quoth's JSON); moved aside to feeds.json.corrupt")
        #expect(ledger.status(of: "https://a.example/") == nil)
        #expect(FileManager.default.fileExists(atPath: file.path + ".corrupt"))
        #expect(JSONFetchLedger.standardURL(environment: ["XDG_DATA_HOME": "/data"]).path == "/data/quoth/feeds.json")
        #expect(JSONFetchLedger.standardURL(environment: ["HOME": "/home/ann"]).path == "/home/ann/.local/share/quoth/feeds.json")
    }
}

extension LoopbackServer.Reply {
    func delayed(_ seconds: Double) -> Self {
        var reply = self
        reply.delay = seconds
        return reply
    }
}
