import Foundation
import Testing
@testable import ArticleKit

/// The extraction rules one at a time, each on a page built to need it.
@Suite("HTML article rules")
struct HTMLArticleRulesTests {
    static let paragraphs = [
        "The council voted on Tuesday to rebuild the old bridge, ending a decade of argument over its cost and design.",
        "Engineers said the new span would carry twice the traffic, and that work could begin in the spring, weather permitting.",
        "Opponents, who had fought the plan in court for years, said they would consider their options before the next meeting.",
        "The state will pay for most of the work, with the rest coming from tolls, bonds and the city's own reserves, officials said.",
        "Traffic will be diverted over the railway bridge while the old span comes down, a job expected to take about four months.",
    ]

    static func body(_ extra: String = "") -> String {
        paragraphs.map { "<p>\($0)</p>" }.joined() + extra
    }

    // MARK: Hints from the page

    @Test func aBodyMarkedAsTheArticleBodyIsNotPrunedForItsClassWords() throws {
        // "pageRow" holds "pager", one of the class words of pagination bars.
        let article = try HTMLTestData.page("""
        <html><body><div class="site-header"><a href="/">Home</a></div>
        <div class="PageBuilder-pageRow"><div itemprop="articleBody">\(Self.body())</div></div>
        <div class="sidebar"><p>Most read: a list of other stories, none of them about bridges, that goes on and on.</p></div>
        </body></html>
        """)
        for paragraph in Self.paragraphs { #expect(article.text.contains(paragraph)) }
        #expect(!article.text.contains("Most read"))
    }

    @Test func aPassMissingTheJSONLDBodyIsRetriedWithFewerPrunings() throws {
        // The article sits in a container whose class reads as a pager; the
        // first pass finds the offers instead, which the JSON-LD body says
        // are not the article.
        let ld = #"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge","articleBody":"\#(Self.paragraphs.joined(separator: " "))"}"#
        let promo = (1...6).map { "<p>Subscribers get the morning briefing and puzzles and recipes every day for one low price (offer \($0))</p>" }
        let page = { (head: String) in """
            <html><head>\(head)</head><body><main><div class="pagerow-wrap">\(Self.body())</div></main>
            <section class="offers">\(promo.joined())</section></body></html>
            """ }
        let article = try HTMLTestData.page(page("<script type=\"application/ld+json\">\(ld)</script>"))
        for paragraph in Self.paragraphs { #expect(article.text.contains(paragraph)) }
        let unhinted = try HTMLTestData.page(page(""))
        #expect(!unhinted.text.contains(Self.paragraphs[0]), "without the JSON-LD body the offers win")
    }

    // MARK: Structure and emphasis

    @Test func emphasisIsCarriedIntoTheParagraph() throws {
        let article = try HTMLTestData.page("""
        <html><body><article>\(Self.body("<p>She said the vote was <em>very</em> close, and <strong>the  result   final</strong>.</p>"))</article></body></html>
        """)
        let paragraph = try #require(article.paragraphs.last)
        #expect(paragraph.text == "She said the vote was very close, and the result final.")
        let scalars = Array(article.text.unicodeScalars)
        let marked = paragraph.emphasis.map { e in (e.weight, String(String.UnicodeScalarView(scalars[e.range]))) }
        #expect(marked.map(\.0) == [.emphasis, .strong])
        #expect(marked.map(\.1) == ["very", "the result final"])
        #expect(paragraph.emphasis.allSatisfy { $0.markers.isEmpty }, "nothing in the text to hide")
    }

    @Test func theHeadingThatRepeatsTheTitleGoesButOtherHeadingsStay() throws {
        let article = try HTMLTestData.page("""
        <html><head><title>Council votes to rebuild the old bridge | The Courier</title></head><body><article>
        <h1>Council votes to rebuild the old bridge</h1>\(Self.body("<h1>What happens next</h1><p>The first contracts go out to tender in March, the council said on Tuesday evening.</p>"))
        </article></body></html>
        """)
        #expect(article.paragraphs.filter { $0.kind == .heading }.map(\.text) == ["What happens next"])
        #expect(article.text.components(separatedBy: "Council votes to rebuild").count == 2, "the title line only")
    }

    @Test func quotesInABlockQuoteAreFoundAndAttributed() throws {
        let article = try HTMLTestData.page("""
        <html><body><article>\(Self.body())
        <blockquote><p>“We have waited long enough for this bridge, and we will not wait any longer,” said Mayor Ann Lee.</p></blockquote>
        <p>The mayor spoke after the vote, to applause from the public gallery, which was full for the first time in years.</p>
        </article></body></html>
        """)
        let quote = try #require(article.quote("We have waited long enough"))
        #expect(article.paragraphs[quote.paragraph].kind == .blockQuote)
        #expect(article.speaker(of: "We have waited long enough") == "Ann Lee")
    }

    @Test func aFormulaStaysInItsSentence() throws {
        let article = try HTMLTestData.page("""
        <html><body><article>\(Self.body())<p>When <span class="MathJax CtxtMenu"><math><mi>a</mi><mo>≠</mo><mn>0</mn><annotation encoding="application/x-tex">a \\neq 0</annotation></math></span>, there are two solutions, as every student learns.</p>
        </article></body></html>
        """)
        #expect(article.text.contains("When a≠0, there are two solutions"))
        #expect(!article.text.contains("neq"), "the TeX source is not read twice")
    }

    @Test func aDataTableStaysInTheArticle() throws {
        let rows = (1...4).map { "<tr><td>District \($0)</td><td>\($0 * 1200)</td><td>\($0 * 7)%</td></tr>" }.joined()
        let article = try HTMLTestData.page("""
        <html><body><article>\(Self.body())<table><thead><tr><th>District</th><th>Votes</th><th>Share</th></tr></thead>
        \(rows)</table></article></body></html>
        """)
        #expect(article.text.contains("District 3"))
        #expect(article.text.contains("4800"))
    }

    // MARK: Boilerplate inside the article

    @Test(arguments: ["Advertisement", "ADVERT", "Loading…", "Published November 20th, 2019 - 07:29 GMT",
                      "Updated at 1:23 p.m.", "August 08, 2018", "© Aaron Schwartz", "Copyright @ 2019 The New Arab.",
                      "Sign up for our newsletter", "You may also like", "This slideshow requires JavaScript."])
    func linesThatAreNotTheArticleGo(_ line: String) throws {
        let article = try HTMLTestData.page("<html><body><article>\(Self.body("<p>\(line)</p>"))</article></body></html>")
        #expect(!article.text.contains(line))
        #expect(article.text.contains(Self.paragraphs[3]))
    }

    @Test(arguments: ["Copyright law was rewritten in 2019.", "Published in 2019, the report changed everything.",
                      "Sign up sheets were posted on the door of the hall.", "He said: “Advertisement is not a crime.”"])
    func sentencesThatLookLikeBoilerplateStay(_ sentence: String) throws {
        let article = try HTMLTestData.page("<html><body><article>\(Self.body("<p>\(sentence)</p>"))</article></body></html>")
        #expect(article.text.contains(sentence))
    }

    @Test func aListOfOtherStoriesGoesButAListThatLinksItsWordsStays() throws {
        let related = (1...4).map { "<li><a href=\"/s\($0)\">Another story about a different bridge, number \($0)</a></li>" }.joined()
        let changes = """
        <li><a href="/b1">Bug 1553982</a> stops an update from starting while another copy runs</li>
        <li>Printing now takes page ranges such as 1-3 and 6, which many readers asked for</li>
        <li><a href="/b2">Here is our year in review!</a></li>
        """
        let article = try HTMLTestData.page("""
        <html><body><article>\(Self.body("<ul>\(changes)</ul><p>More from the city desk:</p><ul>\(related)</ul>"))</article></body></html>
        """)
        #expect(article.text.contains("Bug 1553982 stops an update"))
        #expect(article.text.contains("Here is our year in review!"))
        #expect(!article.text.contains("Another story about a different bridge"))
    }

    // MARK: Other scripts

    @Test func chineseAndJapaneseCommasCount() {
        let parsed = HTMLParser.parse(utf8: Array("<p>东京、大阪，还有京都, and more</p>".utf8))
        let node = parsed?.tree.nodes.first { $0.isText }
        #expect(node?.commas == 3)
        #expect(node?.length == Int32("东京、大阪，还有京都, and more".unicodeScalars.count))
        #expect(ContentWords.wordCount("日本語の文章です") == 4, "two characters make about a word")
        #expect(ContentWords.wordCount("five words in this line") == 5)
    }

    @Test func aChineseArticleIsFoundBesideItsNavigation() throws {
        let sentences = [
            "谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机，这款产品具有极其重要的意义。",
            "这意味着未来的人工智能技术可能不需要人类来教它，就能回答人类提出的问题，研究人员表示。",
            "该模型可以接受家谱和地铁网络地图这样的信息，还可以回答与数据结构中不同项目之间关系有关的复杂问题。",
        ]
        let nav = (1...12).map { "<li><a href=\"/c\($0)\">频道\($0)</a></li>" }.joined()
        let article = try HTMLTestData.page("""
        <html><head><meta charset="utf-8"></head><body><div class="nav"><ul>\(nav)</ul></div>
        <div id="Cnt-Main-Article-QQ">\(sentences.map { "<p>\($0)</p>" }.joined())</div></body></html>
        """)
        for sentence in sentences { #expect(article.text.contains(sentence)) }
        #expect(!article.text.contains("频道"))
    }
}
