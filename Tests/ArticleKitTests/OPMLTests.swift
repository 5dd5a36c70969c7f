import Foundation
import Testing
@testable import ArticleKit

@Suite("Subscriptions: OPML")
struct OPMLTests {
    static let exported = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="1.0"><head><title>Mine</title></head><body>
          <outline text="News">
            <outline text="UK">
              <outline type="rss" text="BBC &amp; Co" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml" htmlUrl="https://bbc.co.uk"/>
            </outline>
            <outline type="rss" title="Reuters" text="ignored" xmlUrl="https://reuters.example/rss" category="/World/Business,tech"/>
          </outline>
          <outline type="rss" text="https://bare.example/feed" xmlUrl="https://bare.example/feed"/>
          <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
          <outline text="Empty folder"/>
        </body></opml>
        """

    @Test func importTakesURLsTitlesAndNestedCategoriesAsTags() throws {
        let (feeds, warnings) = try OPML.subscriptions(from: Data(Self.exported.utf8), source: "mine.opml")
        #expect(feeds == [
            Subscription(url: "https://feeds.bbci.co.uk/news/rss.xml", tags: ["News", "UK", "~BBC & Co"]),
            Subscription(url: "https://reuters.example/rss", tags: ["News", "World", "Business", "tech", "~Reuters"]),
            Subscription(url: "https://bare.example/feed"),
        ])
        #expect(warnings == ["mine.opml: outline \"Local\": not an http(s) feed address; skipped"])
    }

    @Test func exportThenImportGivesTheSameFeeds() throws {
        let feeds = [
            Subscription(url: "https://a.example/rss?x=1&y=2", tags: ["news", "~A <&> \"B\"", "uk"]),
            Subscription(url: "https://b.example/atom"),
            Subscription(url: "https://c.example/feed", tags: ["tech"]),
            Subscription(url: "https://d.example/feed", tags: ["news"]),
        ]
        let document = OPML.document(feeds)
        let (back, warnings) = try OPML.subscriptions(from: Data(document.utf8), source: "out.opml")
        #expect(warnings.isEmpty)
        #expect(Set(back.map(\.url)) == Set(feeds.map(\.url)))
        for feed in feeds {
            let twin = try #require(back.first { $0.url == feed.url })
            #expect(twin.title == feed.title)
            #expect(twin.categories == feed.categories)
        }
    }

    @Test func notOPMLIsOneClearError() {
        let error = #expect(throws: ReadError.self) {
            try OPML.subscriptions(from: Data("<rss><channel/></rss>".utf8), source: "feed.xml")
        }
        #expect(error?.description == "feed.xml: not OPML (root element <rss>, no <body>)")
        let garbage = #expect(throws: ReadError.self) { try OPML.subscriptions(from: Data("hello".utf8), source: "x.opml") }
        #expect(garbage?.reason.hasPrefix("not OPML") == true)
    }
}
