import ArticleKit
import Testing
@testable import ReaderUI

/// The library as a person sees it: the article list beside the speakers
/// merged across articles, the quote view across the library, and the way
/// into an article and back.
struct LibraryScreenTests {
    @Test func opensWithTheArticleListBesideEverySpeakerOfTheLibrary() {
        let screen = Screen(library: ArticleFixture.library, 80, 8)
        expectScreen(screen, """
         quoth library                               3 articles · 5 quotes · 3 speakers
         Speakers  q/articles │ 3 listed, 3 unread, folder order
         ● Tony Blair     2/2 │ • Blair backs schools plan                           1q
         ● Charles Clarke 2/1 │ • Clarke defends war advice                          3q
         ● Andy Clarke    1/1 │ • Clarke wins at the Open                            1q
                              │
                              │
         LIBRARY                                                                 ? help
        """)
    }

    @Test func searchOpenAndBackComesBackToTheSameArticleMarkedRead() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        let effects = screen.press("/clarke Enter j Enter")
        #expect(effects.isEmpty)
        #expect(screen.state.shared.memoryChanged, "opening an article marks it read, for the loop to save")
        expectScreen(screen, """
         Clarke wins at the Open — 001.txt                    2/2 · 1 quote · 1 speaker
         Speakers             │ Clarke wins at the Open
         ● Andy Clarke      1 │
                              │ Andy Clarke said "We played the war of attrition well"
                              │ after the final round.
                              │
                              │
         READER                                                           100% · ? help
        """)
        screen.press("q")
        expectScreen(screen, """
         quoth library                               3 articles · 5 quotes · 3 speakers
         Speakers  q/articles │ 2 of 3 listed, 1 unread, folder order, matching “clarke”
         ● Tony Blair     2/2 │ • Clarke defends war advice                          3q
         ● Charles Clarke 2/1 │   Clarke wins at the Open                            1q
         ● Andy Clarke    1/1 │
                              │
                              │
         LIBRARY                                                                 ? help
        """)
        #expect(screen.library.cursor == 1)
        #expect(screen.state.shared.memory["news/sport/001.txt"]?.read == true)
        // q in the library quits.
        #expect(screen.press("q") == [.quit])
    }

    @Test func aSpeakersQuotesAcrossTheLibraryFilterAndEnterLandOnTheQuote() {
        var screen = Screen(library: ArticleFixture.library, 80, 12)
        screen.press("s j Enter")
        expectScreen(screen, """
         quoth library                               3 articles · 5 quotes · 3 speakers
         2 quotes by Charles Clarke · library order
         Clarke defends war advice   “The war was legal and the advice was clear.”
         Clarke defends war advice   “I have no doubt.”



        ────────────────────────────────────────────────────────────────────────────────
         Charles Clarke, Home Secretary
         Charles Clarke said: "The war was legal and the advice was clear."
         from: Clarke defends war advice
         QUOTES                                                                  ? help
        """)
        screen.press("/legal")
        #expect(screen.text.contains("1 quote by Charles Clarke matching “legal” · library order"))
        screen.press("Enter Enter")
        expectScreen(screen, """
         Clarke defends war advice — 002.txt                2/3 · 3 quotes · 2 speakers
         Speakers             │ Clarke defends war advice
        ▸● Charles Clarke   2 │
           Home Secretary     │ Mr Blair repeated that "education is our first priority
         ● Tony Blair       1 │ and it always will be for this government".
                              │
                              │ Charles Clarke said: "The war was legal and the advice
                              │ was clear." He added: "I have no doubt."
                              │
                              │
                              │
         READER                                                           100% · ? help
        """)
        #expect(screen.article.selectedQuote == 1)
        // Back in the quote view, still filtered.
        screen.press("q")
        #expect(screen.text.contains("1 quote by Charles Clarke matching “legal” · library order"))
    }

    @Test func aQuoteInTwoArticlesShowsOnceAndSaysWhereElse() {
        var screen = Screen(library: ArticleFixture.library, 80, 10)
        screen.press("f")
        expectScreen(screen, """
         quoth library                               3 articles · 5 quotes · 3 speakers
         4 quotes (1 echo folded) · library order
         Tony Blair      “Education is our first priority and it al…  also in 1 article
         Charles Clarke  “The war was legal and the advice was clear.”
         Charles Clarke  “I have no doubt.”
         Andy Clarke     “We played the war of attrition well”

         from: Blair backs schools plan
         also in: Clarke defends war advice
         QUOTES                                                                  ? help
        """)
        // The filter runs over every quote of every article, speakers' names included.
        screen.press("/war")
        #expect(screen.text.contains(" 2 quotes matching “war” · library order"))
        screen.press("Backspace Backspace Backspace c l a r k e")
        #expect(screen.text.contains(" 3 quotes matching “clarke” · library order"))
    }

    @Test func unreadableFilesAreListedWhereTheStatusLinePoints() {
        var library = Library()
        for article in ArticleFixture.library { library.add(article) }
        library.skip(ReadError(path: "news/bad.txt", reason: "not text (binary data)"))
        library.index(echoes: true)
        var screen = Screen(library: [], 80, 8)
        _ = screen.state.apply(.libraryLoaded(library, done: true))
        expectScreen(screen, """
         quoth library                               3 articles · 5 quotes · 3 speakers
         Speakers  q/articles │ 3 listed, 3 unread, folder order
         ● Tony Blair     2/2 │ • Blair backs schools plan                           1q
         ● Charles Clarke 2/1 │ • Clarke defends war advice                          3q
         ● Andy Clarke    1/1 │ • Clarke wins at the Open                            1q
                              │
                              │
         LIBRARY  1 file skipped: ! lists them                                   ? help
        """)
        screen.press("!")
        expectScreen(screen, """
         quoth library                               3 articles · 5 quotes · 3 speakers
         What could not be read, and what went wrong (q closes)
         1 file skipped
           news/bad.txt: not text (binary data)



         PROBLEMS  1 file skipped                                                ? help
        """)
        screen.press("q")
        #expect(screen.state.screens.count == 1, "the problems list is closed")
    }

    @Test func whileLoadingKeysWorkAndTheCursorStaysOnItsArticle() {
        var screen = Screen(library: [], 80, 8, loading: true, total: 3)
        var partial = Library()
        partial.add(ArticleFixture.library[0])
        partial.add(ArticleFixture.library[1])
        partial.index(echoes: false)
        _ = screen.state.apply(.libraryLoaded(partial, done: false))
        screen.press("j")
        #expect(screen.text.contains("2 articles"))
        #expect(screen.text.contains("reading 2/3"))
        _ = screen.state.apply(.libraryLoaded(Library(ArticleFixture.library), done: true))
        #expect(screen.library.rows[screen.library.cursor] == 1)
        #expect(screen.text.contains("3 articles · 5 quotes"))
        #expect(!screen.text.contains("reading"))
        screen.press("o o o")
        #expect(screen.library.rows == [1, 0, 2])
        #expect(screen.text.contains("most quotes first"))
    }
}

extension LibraryScreenTests {
    @Test func slashInTheSidebarFindsASpeakerByAnyOfTheirNames() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        screen.press("s /andy")
        #expect(screen.library.speakerCursor == 2)
        #expect(screen.text.contains(" SPEAKERS  /andy"))
        screen.press("Enter")
        #expect(screen.state.activePrompt == nil)
        screen.press("/ m r Space b l a i r Enter")
        #expect(screen.library.speakerCursor == 0)
        screen.press("/nobody Enter")
        #expect(screen.text.contains("no speaker named “nobody”"))
    }
}

extension LibraryScreenTests {
    @Test func anArticleReopensWhereReadingStopped() {
        var screen = Screen(library: [ArticleFixture.seed] + ArticleFixture.library, 80, 10)
        screen.press("Enter j j j j")
        // The same text at the top (a blank line above it is not kept).
        func topText(_ screen: Screen) -> Int { screen.article.layout.anchor(ofLine: screen.article.top, in: screen.article.content) }
        let top = topText(screen)
        #expect(screen.article.top == 4)
        screen.press("q j Enter")
        #expect(screen.article.top == 0)
        screen.press("q k Enter")
        #expect(topText(screen) == top)
        #expect(screen.article.top == 4)
        // > and < walk the library's list from inside the reader.
        screen.press(">")
        #expect(screen.article.article.title == "Blair backs schools plan")
        screen.press("<")
        #expect(topText(screen) == top)
    }
}

extension LibraryScreenTests {
    @Test func narrowWindowsFoldTheSidebarAwayAndNothingOverflows() {
        for (width, height) in [(30, 8), (40, 12), (59, 10), (60, 10)] {
            var screen = Screen(library: ArticleFixture.library, width, height)
            for keys in ["", "s", "s j Enter", "/war", "Esc Esc", "!", "?"] {
                screen.press(keys)
                let rows = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(rows.count == height)
                #expect(rows.allSatisfy { DisplayWidth.of($0) <= width }, "\(width)x\(height) after \(keys)")
            }
        }
        var narrow = Screen(library: ArticleFixture.library, 40, 8)
        expectScreen(narrow, """
         quoth library               3 articles
         3 listed, 3 unread, folder order
         • Blair backs schools plan          1q
         • Clarke defends war advice         3q
         • Clarke wins at the Open           1q


         LIBRARY                         ? help
        """)
        narrow.press("s")
        #expect(narrow.text.contains("● Charles Clarke"))
    }
}

extension LibraryScreenTests {
    @Test func datesShowWhenKnownAndSortNewestFirst() {
        var articles = ArticleFixture.library
        articles[0].metadata.published = PublishedDate("2005-02-14T10:00:00Z")
        articles[2].metadata.published = PublishedDate("2005-03-01")
        var screen = Screen(library: articles, 80, 8)
        screen.press("o o")
        expectScreen(screen, """
         quoth library                               3 articles · 5 quotes · 3 speakers
         Speakers  q/articles │ 3 listed, 3 unread, newest first
         ● Tony Blair     2/2 │ • Clarke wins at the Open             1 Mar 2005     1q
         ● Charles Clarke 2/1 │ • Blair backs schools plan            14 Feb 2005    1q
         ● Andy Clarke    1/1 │ • Clarke defends war advice                          3q
                              │
                              │
         LIBRARY  articles: newest first                                         ? help
        """)
        // The quote view can list newest first too; undated quotes come last.
        screen.press("f o")
        #expect(screen.text.contains("· newest first"))
        #expect(screen.library.quoteRows.lines(0..<1).first?.key == 4)
    }
}

extension LibraryScreenTests {
    @Test func theQuoteViewsCountsAgreeWithTheSidebarsAndSayWhatIsFolded() {
        var screen = Screen(library: ArticleFixture.library, 80, 12)
        // Tony Blair: "2/2" in the sidebar, one of the two an echo of the other.
        #expect(screen.text.contains("● Tony Blair     2/2"))
        screen.press("s Enter")
        #expect(screen.text.contains(" 1 quote by Tony Blair (1 echo folded) · library order"))
        screen.press("Esc")
        #expect(screen.text.contains(" 4 quotes (1 echo folded) · library order"), "not “4 of 5”, which reads as a filter")
    }

    @Test func echoesInArticlesOfTheSameTitleAreNamedByPath() {
        let line = "We will build the homes this country needs and we will build them now"
        let story = { (path: String) in
            ArticleFixture.build("Housing pledge\n\nThe minister said: \"\(line).\"", source: path,
                                 speakers: [Speaker(name: "Yvette Cooper", kind: .person)], quotes: [.init(text: line + ".", speaker: 0)])
        }
        var screen = Screen(library: [story("news/monday/housing.txt"), story("news/tuesday/housing.txt")], 80, 12)
        screen.press("f")
        #expect(screen.text.contains(" from: news/monday/housing.txt"))
        #expect(screen.text.contains(" also in: news/tuesday/housing.txt"))
    }

    @Test func oneSpeakersQuotesNameTheirArticlesNotTheSpeakerAgain() {
        var screen = Screen(library: ArticleFixture.library, 80, 12)
        screen.press("s j Enter")
        let rows = screen.text.split(separator: "\n")
        #expect(rows[2].hasPrefix(" Clarke defends war advice   “The war was legal"))
        #expect(!rows[2].contains("Charles Clarke"))
    }
}

extension LibraryScreenTests {
    @Test func theUnreadCountFollowsReadMarksAndTheSearch() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        let library = screen.library.contents
        func unreadByHand() -> Int {
            screen.library.rows.filter { !screen.state.shared.isRead(library.source($0)) }.count
        }
        screen.press("m")
        #expect(screen.text.contains("3 listed, 2 unread"))
        // The search lists the two Clarke stories; the one read is not among them.
        screen.press("/clarke Enter")
        let listed = screen.library.rows.count
        #expect(listed == 2 && unreadByHand() == 2)
        #expect(screen.text.contains("2 of 3 listed, 2 unread"))
        screen.press("m")
        #expect(screen.text.contains("2 of 3 listed, 1 unread"))
        #expect(screen.library.unreadCount(in: screen.state.shared.memory) == unreadByHand())
    }

    @Test func articlePlacesKeepEveryArticleAKeyNames() {
        // A link fetched by two feeds is two articles with one key.
        let places = ArticlePlaces(["/news/a.txt", "https://example.org/1", "", "https://example.org/1", "/news/b.txt"])
        var shared: [Int] = []
        places.forEachPlace(of: "https://example.org/1") { shared.append($0) }
        #expect(shared == [1, 3])
        #expect(places.place(of: "/news/b.txt") == 4)
        #expect(places.place(of: "") == nil, "a row not listed yet has no key")
        #expect(places.count == 5)
    }
}
