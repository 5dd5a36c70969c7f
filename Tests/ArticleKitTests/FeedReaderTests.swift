import Foundation
import Testing
@testable import ArticleKit

@Suite("Feeds")
struct FeedReaderTests {
    static let rss2 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>The Daily Ledger</title><link>https://ledger.example/</link>
    <item><title>Council approves budget &amp; new park</title><link>https://ledger.example/budget</link>
    <dc:creator>Jane Roe</dc:creator><pubDate>Tue, 19 Nov 2019 10:00:00 GMT</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The council approved the budget on Monday.</p><p>"This is a good day for the city," said Mayor Ann Lee.</p><script>alert(1)</script><ul><li>Park: $2m</li></ul>]]></content:encoded>
    </item>
    <item><title>Second item</title><link>https://ledger.example/second</link>
    <author>editor@ledger.example (Sam Poe)</author>
    <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; description.&lt;/p&gt;</description></item>
    </channel></rss>
    """

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
    <entry><title type="html">Q&amp;A &lt;em&gt;today&lt;/em&gt;</title>
      <link rel="self" href="https://atom.example/qa.atom"/><link rel="alternate" href="https://atom.example/qa"/>
      <id>urn:uuid:1</id><updated>2019-11-19T10:00:00Z</updated><published>2019-11-18T09:00:00Z</published>
      <author><name>Alex Doe</name></author><author><name>Kim Ray</name></author>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph of the entry.</p><blockquote><p>A quoted block.</p></blockquote></div></content>
    </entry>
    <entry><title>Text entry</title><id>urn:uuid:2</id><updated>2019-11-20T10:00:00Z</updated>
      <summary>Plain summary text.</summary></entry>
    </feed>
    """

    static let rdf = """
    <?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link></channel>
    <item rdf:about="https://rdf.example/one"><title>One</title><link>https://rdf.example/one</link><dc:date>2019-11-19</dc:date>
    <dc:creator>Pat Kim</dc:creator><description>The first RDF item body.</description></item>
    </rdf:RDF>
    """

    static func read(_ xml: String, name: String = "feed.xml") throws -> [Article] {
        try ArticleReader().articles(from: Data(xml.utf8), source: name)
    }

    @Test func rss2ItemsBecomeArticles() throws {
        let articles = try Self.read(Self.rss2)
        #expect(articles.count == 2)
        let first = articles[0]
        #expect(first.source == "feed.xml#1")
        #expect(first.title == "Council approves budget & new park")
        #expect(first.metadata == Metadata(byline: "Jane Roe", published: PublishedDate("Tue, 19 Nov 2019 10:00:00 GMT"),
                                           site: "The Daily Ledger", link: "https://ledger.example/budget"))
        #expect(first.metadata.published?.iso8601 == "2019-11-19T10:00:00Z", "RFC 822 pubDate read as a date")
        #expect(first.paragraphs.map(\.kind) == [.title, .body, .body, .listItem])
        #expect(first.paragraphs[2].text == "\"This is a good day for the city,\" said Mayor Ann Lee.")
        #expect(!first.text.contains("alert"), "content:encoded wins over description, scripts dropped")
        #expect(!first.text.contains("Short summary"))
        let second = articles[1]
        #expect(second.metadata.byline == "Sam Poe")
        #expect(second.paragraphs.last?.text == "Escaped HTML description.")
        for article in articles { HTMLTestData.checkRanges(article) }
    }

    @Test func atomEntriesBecomeArticles() throws {
        let articles = try Self.read(Self.atom, name: "news.atom")
        #expect(articles.count == 2)
        #expect(articles[0].title == "Q&A today")
        #expect(articles[0].metadata == Metadata(byline: "Alex Doe, Kim Ray", published: PublishedDate("2019-11-18T09:00:00Z"),
                                                 site: "Example Atom", link: "https://atom.example/qa"))
        #expect(articles[0].paragraphs.map(\.kind) == [.title, .body, .blockQuote])
        #expect(articles[1].paragraphs.last?.text == "Plain summary text.")
        #expect(articles[1].metadata.published?.iso8601 == "2019-11-20T10:00:00Z", "updated stands in for published")
        #expect(articles[1].metadata.link == nil, "an urn id is not a link")
    }

    @Test func rss1RDFItemsBecomeArticles() throws {
        let articles = try Self.read(Self.rdf, name: "rdf")
        #expect(articles.count == 1)
        #expect(articles[0].metadata == Metadata(byline: "Pat Kim", published: PublishedDate("2019-11-19"), site: "RDF News",
                                                 link: "https://rdf.example/one"))
        #expect(articles[0].text == "One\n\nThe first RDF item body.")
    }

    @Test func feedsAreToldFromPagesByTheirBytes() {
        #expect(InputFormat.detect(Data(Self.rss2.utf8), name: "download") == .feed)
        #expect(InputFormat.detect(Data(Self.atom.utf8), name: "x.xml") == .feed)
        #expect(InputFormat.detect(Data(Self.rdf.utf8), name: "x.html") == .feed)
        #expect(InputFormat.detect(Data("<!DOCTYPE html><p>x</p>".utf8), name: "x.xml") == .html)
        #expect(InputFormat.detect(Data("Plain words.".utf8), name: "notes") == .plainText)
        #expect(InputFormat.detect(Data("<p>hi</p>".utf8), name: "x", contentType: "application/rss+xml") == .feed)
    }

    @Test(arguments: ["ISO-8859-1", "windows-1252", nil])
    func legacyEncodedFeedsDecodeRight(_ label: String?) throws {
        let declaration = label.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? "<?xml version=\"1.0\"?>"
        var data = Data((declaration + "<rss version=\"2.0\"><channel><title>Caf").utf8)
        data += Data([0xE9]) + Data("</title><item><title>Cr".utf8) + Data([0xE8]) + Data("me ".utf8)
        data += Data([0x93]) + Data("br".utf8) + Data([0xFB]) + Data("l".utf8) + Data([0xE9, 0x65, 0x94])
        data += Data("</title><description>A &lt;meta charset=utf-8&gt; in the text.</description></item></channel></rss>".utf8)
        let article = try #require(try ArticleReader().articles(from: data, source: "legacy.xml").first)
        #expect(article.title == "Crème “brûlée”")
        #expect(article.metadata.site == "Café")
    }

    @Test func brokenFeedIsRecovered() throws {
        let broken = """
        <rss version="2.0"><channel><title>Broken &nbsp; feed</title>
        <item><title>Unclosed item</title><description>Text with a bare & ampersand and <b>unclosed bold</description>
        """
        let articles = try Self.read(broken)
        #expect(articles.count == 1)
        #expect(articles[0].title == "Unclosed item")
    }

    @Test(arguments: [
        ("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>", "feed has no items"),
        ("<rss version=\"2.0\"><<<>>>", "feed has no items"),
    ])
    func feedsWithoutItemsSaySo(_ xml: String, _ reason: String) {
        let error = #expect(throws: ReadError.self) { try Self.read(xml) }
        #expect(error?.reason == reason)
    }

    @Test func itemWithoutTextKeepsItsTitleAndWarns() throws {
        let xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>Headline only</title><link>https://x.example/1</link></item></channel></rss>"
        let article = try #require(try Self.read(xml).first)
        #expect(article.text == "Headline only")
        #expect(article.warnings.count == 1)
    }

    @Test func feedFileReadsThroughArticleReader() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-feed-\(UUID().uuidString).xml")
        try Data(Self.rss2.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let articles = try ArticleReader().read(file.path)
        #expect(articles.map(\.source) == [file.path + "#1", file.path + "#2"])
    }
}
