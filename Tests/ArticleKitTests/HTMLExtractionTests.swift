import Foundation
import Testing
@testable import ArticleKit

/// The shared test pages (../shared/data/html); tests that read them carry `.needsShared`.
enum HTMLTestData {
    static let root = Fixtures.data.appendingPathComponent("html")
    static var scrapinghub: URL { root.appendingPathComponent("scrapinghub") }
    static var readabilityPages: URL { root.appendingPathComponent("readability-test-pages") }

    static func page(_ html: String, source: String = "test.html") throws -> Article {
        let articles = try ArticleReader().articles(from: Data(html.utf8), source: source)
        return try #require(articles.first)
    }

    /// Every paragraph's text is exactly its range of the article text,
    /// and ranges are in order without overlap: what quote offsets rely on.
    static func checkRanges(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(article.text.unicodeScalars)
        var previousEnd = 0
        for paragraph in article.paragraphs {
            #expect(paragraph.range.lowerBound >= previousEnd, sourceLocation: sourceLocation)
            #expect(paragraph.range.upperBound <= scalars.count, sourceLocation: sourceLocation)
            guard paragraph.range.upperBound <= scalars.count else { return }
            let slice = String(String.UnicodeScalarView(scalars[paragraph.range]))
            #expect(slice == paragraph.text, sourceLocation: sourceLocation)
            previousEnd = paragraph.range.upperBound
        }
    }
}

@Suite("HTML extraction")
struct HTMLExtractionTests {
    static let newsPage = """
    <!DOCTYPE html><html><head><title>Mayor backs bridge plan | The Courier</title>
    <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
    <body>
    <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    <article class="story-body">
      <h1>Mayor backs bridge plan</h1>
      <p>The mayor said on Monday that the long-delayed bridge across the river would be built, ending a decade of argument in the city council.</p>
      <p>"We have waited long enough," said Mayor Ann Lee, who has championed the project since her election, adding that work would begin next spring.</p>
      <h2>What it costs</h2>
      <p>The bridge will cost an estimated $40m, funded partly by the state, partly by a toll, and partly by the city's own reserves.</p>
      <ul><li>State grant: $25m, already approved</li><li>Toll revenue: $10m over ten years</li></ul>
      <blockquote><p>It is the most important project of this generation, one that will shape the city.</p></blockquote>
      <p>Opponents, including the river conservation trust, say the bridge will harm wildlife and have promised to appeal the decision.</p>
      <div style="display:none"><p>Hidden teaser text that no reader sees on the page.</p></div>
    </article>
    <div id="comments"><p>First! This comment is long enough to be scored as a paragraph, with commas, many, many.</p></div>
    <div class="related-links"><ul><li><a href="/a">Another story about bridges and rivers</a></li></ul></div>
    <footer><p>Copyright The Courier, all rights reserved, 2019.</p></footer>
    </body></html>
    """

    @Test func keepsArticleStructureAndDropsChrome() throws {
        let article = try HTMLTestData.page(Self.newsPage)
        #expect(article.title == "Mayor backs bridge plan")
        let kinds = article.paragraphs.map(\.kind)
        #expect(kinds == [.title, .body, .body, .heading, .body, .listItem, .listItem, .blockQuote, .body])
        #expect(article.paragraphs[2].text.hasPrefix("\"We have waited long enough,\" said Mayor Ann Lee"))
        #expect(article.paragraphs[3].text == "What it costs")
        for unwanted in ["not text", "color", "Home", "Share on Facebook", "Hidden teaser", "First!", "Another story",
                         "Copyright"] {
            #expect(!article.text.contains(unwanted), "\(unwanted) leaked into the article")
        }
        HTMLTestData.checkRanges(article)
    }

    @Test func layoutIsTitleThenBlankLineSeparatedBlocks() throws {
        let article = try HTMLTestData.page(Self.newsPage)
        let blocks = article.text.components(separatedBy: "\n\n")
        #expect(blocks.count == article.paragraphs.count)
        #expect(blocks.first == article.title)
        #expect(!article.text.contains("\n\n\n"))
    }

    @Test func inlineMarkupStaysInItsSentenceAndBreaksSplitLines() throws {
        let article = try HTMLTestData.page("""
        <html><body><div class="content"><p>She said it was <em>very</em> <a href="/x">important</a>, and left the meeting early that day.</p>
        <p>Line one of an address that is long enough<br>Line two of the same address block</p></div></body></html>
        """)
        let texts = article.paragraphs.map(\.text)
        #expect(texts.contains("She said it was very important, and left the meeting early that day."))
        #expect(texts.contains("Line one of an address that is long enough"))
        #expect(texts.contains("Line two of the same address block"))
    }

    @Test func linkLinesStayBetweenParagraphsButLinkListsGo() throws {
        let article = try HTMLTestData.page("""
        <html><body><div class="post-content">
        <p>The headphones are the best we have tested this year, with long battery life and a comfortable fit.</p>
        <p><a href="https://shop.example/a">Get it on Amazon for $39.99</a></p>
        <p>The speaker, meanwhile, is louder than its rivals, and it is cheaper than it was last week, too.</p>
        <p>Related: <a href="/r">The speakers we returned, and why we sent them back</a></p>
        <p>Battery life matters most to our readers, who told us so in a survey last spring, at length.</p>
        <p><a href="/one">Our favourite laptops of the year</a></p>
        <p><a href="/two">The best phones under $500</a></p>
        </div></body></html>
        """)
        #expect(article.text.contains("Get it on Amazon for $39.99"))
        #expect(!article.text.contains("speakers we returned"), "a read-more line is not the article")
        #expect(!article.text.contains("favourite laptops"))
        #expect(!article.text.contains("best phones"))
    }

    @Test func pullQuotesAreNotReadTwice() throws {
        let sentence = "\"We will not back down from this fight, not now and not ever,\" the governor said on Tuesday."
        let article = try HTMLTestData.page("""
        <html><body><article><p>The state sued the company over the plant, which has polluted the river for years, officials say.</p>
        <aside class="x"><p>ignored aside</p></aside><div class="pull-quote"><p>\(sentence)</p></div>
        <p>\(sentence)</p><p>The company denied wrongdoing and said it would fight the lawsuit in court, as it has before.</p>
        </article></body></html>
        """)
        #expect(article.text.components(separatedBy: "We will not back down").count == 2)
    }

    @Test func decodesEntitiesAndCollapsesWhitespace() throws {
        let article = try HTMLTestData.page("<html><body><p>Caf&eacute;   &amp;\n\t bar &#8220;quoted&#8221; &nbsp;text goes here today.</p></body></html>")
        #expect(article.paragraphs.last?.text == "Café & bar “quoted” text goes here today.")
    }

    @Test(arguments: ["", "   \n", "<html></html>", "<html><body><script>document.write('x')</script></body></html>",
                      "<html><head><title>Only a title</title></head><body><nav><a href=/>Home</a></nav></body></html>"])
    func pagesWithoutTextSayNoArticle(_ html: String) {
        let error = #expect(throws: ReadError.self) { try HTMLTestData.page("<!DOCTYPE html>" + html) }
        #expect(error?.reason.hasPrefix("no article text found") == true)
    }

    @Test func malformedMarkupIsRecovered() throws {
        let article = try HTMLTestData.page("""
        <html><body class=main <div><p>Unclosed paragraph with <b>bold <i>and italic text that is long enough to count, surely.</div>
        </span></em><p>Second paragraph, also unclosed, with a stray closing tag before it and unquoted attributes
        <a href=/x title=foo>around a link</a> that goes on for a while so it reads like article text.
        <p>Third paragraph &amp broken entity &#99999999; and a <notatag>made-up element</notatag> in the middle of it.
        """)
        #expect(article.text.contains("Unclosed paragraph with bold and italic text"))
        #expect(article.text.contains("around a link that goes on"))
        #expect(article.text.contains("made-up element in the middle"))
        HTMLTestData.checkRanges(article)
    }

    @Test func nestingBeyondTheTreeLimitKeepsItsText() throws {
        let depth = HTMLParser.maximumDepth + 100
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep inside a very deeply nested page, this sentence is the article text.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let article = try HTMLTestData.page(html)
        #expect(article.text.contains("this sentence is the article text"))
    }

    /// 30,000 levels: libxml2 gives up on the nesting, and the reader must
    /// still answer at once, with the text or with a clear message.
    @Test func absurdNestingFinishesQuickly() throws {
        let depth = 30_000
        let html = "<html><body><p>A sentence before the nesting that is long enough to be the article.</p>"
            + String(repeating: "<div>", count: depth) + "<p>Deep inside.</p>" + String(repeating: "</div>", count: depth)
            + "</body></html>"
        let start = ContinuousClock.now
        do {
            let article = try HTMLTestData.page(html)
            #expect(article.text.contains("A sentence before the nesting"))
        } catch let error as ReadError {
            #expect(error.reason.hasPrefix("no article text found"))
        }
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test func largePageFinishesInBoundedTime() throws {
        let paragraph = "<p>Officials said the plan, which was debated for years, would finally go ahead next month.</p>\n"
        let chrome = "<div class=\"sidebar\"><a href=\"/x\">Related story link</a></div>\n"
        let html = "<html><body><div class=\"article-body\">" + String(repeating: paragraph + chrome, count: 15_000)
            + "</div></body></html>"
        #expect(html.utf8.count > 2_000_000)
        let start = ContinuousClock.now
        let article = try HTMLTestData.page(html)
        #expect(ContinuousClock.now - start < .seconds(60))
        #expect(article.paragraphs.count > 14_000)
        #expect(!article.text.contains("Related story link"))
    }

    @Test func binaryDataNamedHTMLIsRefused() {
        var bytes = [UInt8](repeating: 0, count: 4096)
        for i in bytes.indices { bytes[i] = UInt8((i * 7919) % 256) }
        let error = #expect(throws: ReadError.self) { try HTMLTestData.page(String(decoding: bytes, as: UTF8.self)) }
        #expect(error?.reason == "binary file (not a web page)")
    }

    @Test func overlongTextIsCutWithAWarning() {
        let block = TextBlock(kind: .body, text: String(repeating: "word ", count: 20_000).collapsingSpaces())
        let article = ArticleAssembler.assemble(source: "x.html", title: "T", blocks: Array(repeating: block, count: 30),
                                                metadata: Metadata())
        #expect(article.text.unicodeScalars.count <= ArticleAssembler.maximumLength)
        #expect(article.paragraphs.count == 1 + ArticleAssembler.maximumLength / 100_001)
        #expect(article.warnings.count == 1)
    }

    @Test(.needsShared("data/html/scrapinghub"))
    func realPagesHaveConsistentRanges() throws {
        let folder = HTMLTestData.scrapinghub.appendingPathComponent("html")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().prefix(25)
        #expect(files.count == 25)
        for file in files {
            let articles = try ArticleReader().read(folder.appendingPathComponent(file).path)
            let article = try #require(articles.first)
            #expect(!article.title.isEmpty, "\(file) has no title")
            #expect(article.paragraphs.count > 2, "\(file) has almost no text")
            HTMLTestData.checkRanges(article)
        }
    }

    @Test(.needsShared("data/html/scrapinghub"))
    func realPageReadsAsTheGoldArticle() throws {
        let id = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
        let path = HTMLTestData.scrapinghub.appendingPathComponent("html/\(id).html").path
        let article = try #require(try ArticleReader().read(path).first)
        #expect(article.title == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay")
        #expect(article.paragraphs[1].text == "Gaming used to be so simple. We’d buy a game, sit down in front of a console or PC, grind our way to the end, then repeat.")
    }
}
