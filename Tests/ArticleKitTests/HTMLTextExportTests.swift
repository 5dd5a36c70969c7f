import Foundation
import Testing
@testable import ArticleKit

@Suite("quoth text export")
struct HTMLTextExportTests {
    @Test func jsonLinesCarryTheScorerFieldsAndRoundTrip() throws {
        let article = try HTMLTestData.page("""
        <html><head><title>A "quoted" title</title><meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2019-11-19"><meta property="og:site_name" content="Courier"></head>
        <body><p>Line with a tab\there, a backslash \\ and “curly quotes” in a paragraph long enough.</p></body></html>
        """, source: "dir/page.html")
        let line = ArticleTextExport.render(article, format: .jsonl)
        #expect(line.hasSuffix("}\n"))
        #expect(line.filter { $0 == "\n" }.count == 1, "one article, one line")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["article"] as? String == "dir/page.html")
        #expect(object["title"] as? String == "A \"quoted\" title")
        #expect(object["byline"] as? String == "Ann Lee")
        #expect(object["published"] as? String == "2019-11-19")
        #expect(object["site"] as? String == "Courier")
        #expect(object["text"] as? String == article.text)
        #expect(object["link"] is NSNull)
    }

    /// Extraction benchmarks score the body: their gold never holds the
    /// headline, which a title line would add as extracted boilerplate.
    @Test func theBodyLeavesTheTitleLineOut() throws {
        let article = try HTMLTestData.page("""
        <html><head><title>Council votes to rebuild the old bridge</title></head><body><article>
        <p>The council voted on Tuesday to rebuild the old bridge, ending a decade of argument over its cost.</p>
        <p>Engineers said the new span would carry twice the traffic, and that work could begin in the spring.</p>
        </article></body></html>
        """)
        let body = ArticleTextExport.body(article)
        #expect(body.hasPrefix("The council voted on Tuesday"))
        #expect(article.text == article.title + "\n\n" + body)
        let line = ArticleTextExport.render(article, format: .jsonl, bodyOnly: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["text"] as? String == body)
        #expect(object["title"] as? String == "Council votes to rebuild the old bridge")
        #expect(ArticleTextExport.render(article, format: .text, bodyOnly: true) == body + "\n")
    }

    @Test func textIsTheArticleTextWithAnOptionalHeader() throws {
        let article = try HTMLTestData.page("<html><body><p>Just one paragraph of text, long enough to be kept.</p></body></html>",
                                            source: "a.html")
        #expect(ArticleTextExport.render(article, format: .text) == article.text + "\n")
        #expect(ArticleTextExport.render(article, format: .text, withHeader: true) == "==> a.html <==\n" + article.text + "\n")
    }
}
