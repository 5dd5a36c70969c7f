import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// Working through a library as newsboat users do (m, u, A, unread counts),
/// and taking things out of quoth: y copies a quote, | pipes, o opens the link.
struct ReadingWorkflowTests {
    @Test func mMarksTheArticleAndMovesToTheNext() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        screen.press("m")
        #expect(screen.library.cursor == 1)
        #expect(screen.state.shared.memory["news/politics/001.txt"]?.read == true)
        #expect(screen.text.contains("3 listed, 2 unread"))
        #expect(screen.text.contains(" LIBRARY  marked read"))
        screen.press("k m")
        #expect(screen.state.shared.memory["news/politics/001.txt"]?.read == false)
        #expect(screen.text.contains("3 listed, 3 unread"))
    }

    @Test func uGoesToTheNextUnreadArticleInTheListAndFromAnArticle() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        screen.press("j m g u")
        #expect(screen.library.cursor == 2, "row 1 is read: u skips it")
        screen.press("g Enter u")
        #expect(screen.article.article.title == "Clarke wins at the Open")
        #expect(screen.state.screens.count == 2, "the next article took the first one's place over the library")
        screen.press("u")
        #expect(screen.state.message == "no unread articles left")
        screen.press("q")
        #expect(screen.text.contains("3 listed, 0 unread"))
    }

    @Test func capitalAMarksEveryArticleListedRead() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        screen.press("/ c l a r k e Enter A")
        #expect(screen.state.message == "marked 2 articles read")
        #expect(screen.text.contains("2 of 3 listed, 0 unread"))
        screen.press("Esc")
        #expect(screen.text.contains("3 listed, 1 unread"))
    }

    @Test func yCopiesTheSelectedQuoteWithItsSpeakerAndSource() {
        var screen = Screen(ArticleFixture.seed, 80, 24)
        #expect(screen.press("y").isEmpty)
        #expect(screen.state.message == "no quote selected: ] selects one, f lists them")
        let effects = screen.press("] ] ] ] y")
        #expect(effects == [.copy("“If it depends on Russia, then there will be no war. We don't want wars. But we also won't allow our interests to be rudely trampled, to be ignored,” — Sergey Lavrov, Russian Foreign Minister (Russia's top diplomat says Moscow doesn't 'want wars' but warns 'we also won't allow our interests to be rudely trampled', lavrov-no-war.txt)")])
        // In the quote view, the quote under the cursor.
        guard case .copy(let text)? = screen.press("f j j j j j j y").first else { Issue.record("no copy"); return }
        #expect(text.hasPrefix("“panic.” — Volodymyr Zelensky, Ukrainian President ("))
    }

    @Test func yInTheLibrarysQuoteViewCopiesTheQuoteUnderTheCursor() {
        var screen = Screen(library: ArticleFixture.library, 80, 12)
        guard case .copy(let text)? = screen.press("f j y").first else { Issue.record("no copy"); return }
        #expect(text == "“The war was legal and the advice was clear.” — Charles Clarke, Home Secretary (Clarke defends war advice, news/politics/002.txt)")
    }

    @Test func pipeAsksForACommandAndSendsTheArticleOrTheQuote() {
        var screen = Screen(ArticleFixture.seed, 80, 24)
        screen.press("|")
        #expect(screen.text.contains(" READER  |"))
        #expect(screen.state.activePrompt?.symbol == "|")
        let effects = screen.press("w c Space - l Enter")
        #expect(effects == [.pipe(text: PlainTextView.render(ArticleFixture.seed), command: "wc -l")])
        #expect(screen.state.activePrompt == nil)
        // Esc forgets it; in the quote view the quote goes.
        #expect(screen.press("| l e s s Esc").isEmpty)
        guard case .pipe(let text, "cat")? = screen.press("f | c a t Enter").first else { Issue.record("no pipe"); return }
        #expect(text.hasPrefix("“want wars” — Sergey Lavrov"))
    }

    static func linked(_ link: String?) -> Article {
        var article = ArticleReader.plainText("Budget passes\n\n\"It is done,\" the mayor said.", source: "feed.rss#1")
        article.metadata = Metadata(byline: "Ann Reporter", published: PublishedDate("2024-12-02"), site: "The Ledger", link: link)
        return article
    }

    @Test func oOpensTheArticlesWebLinkAndRefusesAnythingElse() {
        var screen = Screen(Self.linked("https://ledger.example/budget"), 80, 24)
        #expect(screen.press("o") == [.openLink("https://ledger.example/budget")])
        var odd = Screen(Self.linked("javascript:alert(1)"), 80, 24)
        #expect(odd.press("o").isEmpty)
        #expect(odd.state.message == "not a web link: javascript:alert(1)")
        var none = Screen(Self.linked(nil), 80, 24)
        #expect(none.press("o").isEmpty)
        #expect(none.state.message == "this article has no link")
    }
}

extension ReadingWorkflowTests {
    @Test func bylineDateSiteAndLinkShowUnderTheTitle() {
        let screen = Screen(Self.linked("https://ledger.example/budget"), 60, 10)
        expectScreen(screen, """
         Budget passes — feed.rss#1             1 quote · 1 speaker
         Speakers             │ Budget passes
         ● mayor            1 │ By Ann Reporter · 2 Dec 2024 · The
                              │ Ledger
                              │ https://ledger.example/budget
                              │
                              │ "It is done," the mayor said.
                              │
                              │
         READER                                       100% · ? help
        """)
        #expect(screen.grid.roles(4)[26] == .link)
        #expect(screen.grid.roles(2)[26] == .byline)
    }

    @Test func enterOrAClickOnTheLinkLineOpensIt() {
        var screen = Screen(Self.linked("https://ledger.example/budget"), 60, 10)
        #expect(screen.press("Enter") == [.openLink("https://ledger.example/budget")])
        #expect(screen.state.apply(.mouse(MouseEvent(.click, x: 30, y: 4))) == .openLink("https://ledger.example/budget"))
        // With a quote chosen, Enter is about the quote.
        #expect(screen.press("] Enter").isEmpty)
    }

    @Test func aFeedItemWithNoTextSaysHowToReadIt() {
        var article = ArticleReader.plainText("Headline only", source: "feed.rss#3")
        article.metadata.link = "https://ledger.example/3"
        let text = Screen(article, 80, 8).text
        #expect(text.contains("https://ledger.example/3"))
        #expect(text.contains("This item has no text of its own: o opens it in the\n") && text.contains("│ browser."))
    }
}
