import Foundation
import Testing
@testable import ArticleKit

@Suite("HTML metadata")
struct HTMLMetadataTests {
    @Test func jsonLDWinsOverMetaTagsAndPage() throws {
        let article = try HTMLTestData.page("""
        <html><head><title>Page title - Site</title>
        <meta property="og:title" content="OG title"><meta name="author" content="Meta Author">
        <meta property="article:published_time" content="2019-01-01">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Not this"},
          {"@type":["NewsArticle"],"headline":"LD headline &amp; more","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chen"}],
           "datePublished":"2019-11-19T10:00:00Z","publisher":{"@type":"Organization","name":"The Courier"}}]}</script>
        </head><body><p>Body text of the article that is long enough to be read as the article here.</p></body></html>
        """)
        #expect(article.title == "LD headline & more")
        #expect(article.metadata.byline == "Ann Lee, Bo Chen")
        #expect(article.metadata.published?.iso8601 == "2019-11-19T10:00:00Z")
        #expect(article.metadata.site == "The Courier")
    }

    @Test func metaTagsWhenThereIsNoJSONLD() throws {
        let article = try HTMLTestData.page("""
        <html><head><title>Ignored | Site</title><meta property="og:title" content="OG title wins">
        <meta property="og:site_name" content="Site Name"><meta name="parsely-author" content="Parsely Person">
        <meta name="parsely-pub-date" content="2020-02-02T02:02:02Z"><link rel="canonical" href="https://site.example/a"></head>
        <body><p>Body text of the article that is long enough to be read as the article here.</p></body></html>
        """)
        #expect(article.title == "OG title wins")
        #expect(article.metadata.byline == "Parsely Person")
        #expect(article.metadata.published?.iso8601 == "2020-02-02T02:02:02Z")
        #expect(article.metadata.site == "Site Name")
        #expect(article.metadata.link == "https://site.example/a")
    }

    @Test func pageBylineAndTimeAsLastResort() throws {
        let article = try HTMLTestData.page("""
        <html><head><title>Council votes to rebuild the old bridge - The Courier</title></head><body><article>
        <p class="byline">By <span itemprop="name">Sam Poe</span>, 3 May</p><time datetime="2021-05-03T08:00">3 May</time>
        <p>Body text of the article that is long enough to be read as the article here, with commas, too.</p></article></body></html>
        """)
        #expect(article.title == "Council votes to rebuild the old bridge")
        #expect(article.metadata.byline == "Sam Poe")
        #expect(article.metadata.published?.text == "2021-05-03T08:00")
        #expect(article.metadata.published?.iso8601 == "2021-05-03T08:00:00", "no zone given, none invented")
        #expect(!article.text.contains("Sam Poe"), "the byline is metadata, not body text")
    }

    @Test func theTitleIsCutAtTheSiteNameUnlessTooLittleIsLeft() throws {
        let cases = [
            ("Council votes to rebuild the old bridge | The Courier", "Council votes to rebuild the old bridge"),
            ("Council votes to rebuild the old bridge – The Courier", "Council votes to rebuild the old bridge"),
            // Four words or fewer left: the whole title, unless only the site went.
            ("Mozilla - Wikipedia", "Mozilla - Wikipedia"),
            ("Mayor backs bridge plan | The Courier", "Mayor backs bridge plan | The Courier"),
            ("Google - Site Reliability Engineering", "Google - Site Reliability Engineering"),
            ("News » World » Bridge vote", "News » World"),
        ]
        for (title, expected) in cases {
            let article = try HTMLTestData.page("""
            <html><head><title>\(title)</title></head><body><p>Body text of the article that is long enough to be read as the article here.</p></body></html>
            """)
            #expect(article.title == expected, "\(title)")
        }
    }

    @Test func aBylineIsTheWritersNameNotTheTimeBesideIt() throws {
        let bylines = [
            ("<div class=\"c-byline\"><span>Sarah Archer</span> <time class=\"c-byline__time\">1:39 PM ET</time></div>", "Sarah Archer"),
            ("<div class=\"byline\"><a><span class=\"author vcard\"><span class=\"author-name fn\">James Akinaka</span></span></a>"
                + "<span class=\"posted-time\"> • <time>8h</time></span></div>", "James Akinaka"),
            ("<div class=\"author\"><a class=\"author-link\">Ben Silverman</a><div class=\"author-title\">Games Editor</div></div>",
             "Ben Silverman"),
        ]
        for (markup, expected) in bylines {
            let article = try HTMLTestData.page("""
            <html><body><article>\(markup)<p>Body text of the article that is long enough to be read as the article here.</p>
            </article></body></html>
            """)
            #expect(article.metadata.byline == expected)
        }
    }

    /// The readability test pages record the title, byline and published
    /// time Readability finds; issue 14 asks for 98 / 92 / 100 %.
    @Test(.needsShared("data/html/readability-test-pages"))
    func readabilityTestPagesRates() throws {
        let folder = HTMLTestData.readabilityPages
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count >= 100)
        var titles = 0, bylines = 0, bylineTotal = 0, dates = 0, dateTotal = 0
        let normal = { (s: String?) in s?.split(whereSeparator: \.isWhitespace).joined(separator: " ") ?? "" }
        for name in names {
            let page = folder.appendingPathComponent(name)
            let data = try Data(contentsOf: page.appendingPathComponent("expected-metadata.json"))
            let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let article = try? ArticleReader().read(page.appendingPathComponent("source.html").path).first
            if normal(expected["title"] as? String) == normal(article?.title) { titles += 1 }
            if let byline = expected["byline"] as? String {
                bylineTotal += 1
                if normal(byline) == normal(article?.metadata.byline) { bylines += 1 }
            }
            if let date = expected["publishedTime"] as? String {
                dateTotal += 1
                // Found as the page writes it, and readable as a date.
                if let found = article?.metadata.published, found.text == date, found.fields != nil { dates += 1 }
            }
        }
        // Measured: 129/130 titles, 70/76 bylines, 33/33 dates.
        #expect(Double(titles) / Double(names.count) >= 0.98, "\(titles)/\(names.count) titles")
        #expect(Double(bylines) / Double(bylineTotal) >= 0.92, "\(bylines)/\(bylineTotal) bylines")
        #expect(dates == dateTotal, "\(dates)/\(dateTotal) dates")
    }
}
