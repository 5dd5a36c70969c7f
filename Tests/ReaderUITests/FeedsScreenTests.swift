import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// The feeds view as a newsboat user drives it: the feed list with unread
/// counts, a feed's articles, the reader and back; `m`, `u`, `A`; `R`'s
/// reload counted in the status line while keys keep working; failures
/// under `!`; hostile titles drawn visible.
struct FeedsScreenTests {
    @Test func theFeedListShowsUnreadAndKeptCountsTagsAndTheLastFetchOrItsFailure() {
        let screen = Screen(feeds: ShelfFixture.standard(), 80, 8)
        expectScreen(screen, """
         quoth feeds                                                 4 unread · 3 feeds
         3 feeds, 4 unread articles
         • 3/3  Town Crier  [local, news]                           fetched 2 Dec 14:40
         • 1/1  The Wire                                            fetched 2 Dec 14:40
           0/0  https://gone.example/rss                     failed: HTTP 404 Not Found


         FEEDS  1 feed failed to fetch: ! lists them                             ? help
        """)
    }

    @Test func enterListsAFeedsArticlesThenReadsOneAndQComesBackWithItRead() {
        var screen = Screen(feeds: ShelfFixture.standard(), 80, 8)
        screen.press("Enter")
        expectScreen(screen, """
         quoth feeds — Town Crier                                 3 unread · 3 articles
         Town Crier: 3 articles, 3 unread, newest first
         • Story 3 from town                                                 2 Dec 2026
         • Story 2 from town                                                 1 Dec 2026
         • Story 1 from town                                                30 Nov 2026


         ARTICLES  1 feed failed to fetch: ! lists them                          ? help
        """)
        screen.press("j Enter")
        expectScreen(screen, """
         Story 2 from town — 2.html                           2/3 · 1 quote · 1 speaker
         Speakers             │ Story 2 from town
         ● mayor            1 │ 1 Dec 2026
                              │ https://town.example/2.html
                              │
                              │ The mayor said: "We will vote on the budget 2."
                              │
         READER                                                           100% · ? help
        """)
        #expect(screen.state.shared.memoryChanged, "opening an article marks it read, for the loop to save")
        #expect(screen.state.shared.memory["https://town.example/2.html"]?.read == true)
        screen.press("q")
        expectScreen(screen, """
         quoth feeds — Town Crier                                 2 unread · 3 articles
         Town Crier: 3 articles, 2 unread, newest first
         • Story 3 from town                                                 2 Dec 2026
           Story 2 from town                                                 1 Dec 2026
         • Story 1 from town                                                30 Nov 2026


         ARTICLES  1 feed failed to fetch: ! lists them                          ? help
        """)
        let feeds = try! #require(screen.state.feedsScreen)
        #expect(feeds.articleCursor == 1, "back on the article that was read")
        screen.press("q")
        #expect(screen.text.contains("3 unread · 3 feeds"))
        #expect(screen.text.contains(" • 2/3  Town Crier"))
        // q on the feed list quits, as newsboat's does.
        #expect(screen.press("q") == [.quit])
    }

    @Test func inAnArticleFromAFeedNextAndNextUnreadStayInTheFeed() {
        var screen = Screen(feeds: ShelfFixture.standard(), 80, 8)
        screen.press("Enter Enter >")
        #expect(screen.article.article.source == "https://town.example/2.html")
        #expect(screen.text.contains("2/3 · 1 quote"))
        screen.press(">")
        #expect(screen.article.article.source == "https://town.example/1.html")
        screen.press(">")
        #expect(screen.state.message == "this is the last article")
        screen.press("< < <")
        #expect(screen.state.message == "this is the first article")
        // Every one is read now; u says so and stays.
        screen.press("u")
        #expect(screen.state.message == "no unread articles left in this feed")
        #expect(screen.state.screens.count == 2, "the article over the feeds view, nothing stacked")
    }

    @Test func mMarksAndMovesOnUFindsTheNextUnreadAndAMarksAWholeFeed() {
        var screen = Screen(feeds: ShelfFixture.standard(), 80, 8)
        screen.press("Enter m")
        #expect(screen.state.message == "marked read")
        #expect(screen.state.feedsScreen?.articleCursor == 1)
        screen.press("k m")
        #expect(screen.state.message == "marked unread")
        screen.press("k m g u")
        #expect(screen.state.feedsScreen?.articleCursor == 1, "u goes past the read first row")
        screen.press("u")
        #expect(screen.state.feedsScreen?.articleCursor == 2)
        screen.press("q")
        #expect(screen.text.contains(" • 2/3  Town Crier"))
        screen.press("A")
        #expect(screen.state.message == "marked 2 articles read")
        #expect(screen.text.contains("   0/3  Town Crier"))
        screen.press("u")
        #expect(screen.state.feedsScreen?.selectedFeed == 1, "u goes to the next feed with unread articles")
        screen.press("A u")
        #expect(screen.state.message == "no unread articles left")
        #expect(screen.text.contains("0 unread · 3 feeds"))
    }

    @Test func rCountsTheReloadInTheStatusLineKeysKeepWorkingAndTheEndListsWhatIsNew() {
        let shelf = ShelfFixture.standard()
        var screen = Screen(feeds: shelf, 80, 8)
        #expect(screen.press("R") == [.reloadFeeds], "the event loop starts the reload")
        #expect(screen.press("R").isEmpty, "one reload at a time")
        #expect(screen.state.message == "already fetching 0/3 feeds…")
        var reload = FeedReload(total: 3)
        reload.add(FeedFetchResult(url: "https://wire.example/atom", outcome: .notModified))
        _ = screen.state.apply(.feedsReloading(reload))
        // Keys work while it runs: into a feed and out again.
        screen.press("Enter q j")
        #expect(screen.text.hasSuffix(" FEEDS  1 feed failed to fetch: ! lists them       fetching 1/3 feeds… · ? help"))

        let story4 = ShelfFixture.article(4, feed: "town", date: "2026-12-02T16:00:00Z")
        let town = FeedFetchResult(url: "https://town.example/rss", outcome: .updated(.init(
            title: "Town Crier", newItems: [FetchedItem(key: "4", article: story4)], validators: .init(), itemCount: 4)))
        shelf.nextFetch = [
            (town, [story4]),
            (FeedFetchResult(url: "https://wire.example/atom", outcome: .failed("timed out after 20 s")), []),
        ]
        try! shelf.refresh(with: FeedFetcher(), onStart: { _ in }, onResult: { _, _ in })
        reload.add(town)
        reload.add(FeedFetchResult(url: "https://wire.example/atom", outcome: .failed("timed out after 20 s")))
        reload.finished = true
        _ = screen.state.apply(.feedsReloading(reload))
        expectScreen(screen, """
         quoth feeds                                                 5 unread · 3 feeds
         3 feeds, 5 unread articles
         • 4/4  Town Crier  [local, news]                           fetched 2 Dec 15:20
         • 1/1  The Wire                                   failed: timed out after 20 s
           0/0  https://gone.example/rss                     failed: HTTP 404 Not Found


         FEEDS  3 feeds: 1 new article, 1 failed — ! lists them                  ? help
        """)
        #expect(screen.state.feedsScreen?.selectedFeed == 1, "the cursor stays on the feed it was on")
        screen.press("!")
        expectScreen(screen, """
         quoth feeds                                                 5 unread · 3 feeds
         What could not be read, and what went wrong (q closes)
         2 feeds failed to fetch
           https://wire.example/atom: timed out after 20 s
           https://gone.example/rss: HTTP 404 Not Found


         PROBLEMS  2 feeds failed to fetch                                       ? help
        """)
    }

    @Test func theReloaderRunsOnAThreadOfItsOwnAndReportsEachFeedThenTheEnd() throws {
        let shelf = ShelfFixture.standard()
        shelf.nextFetch = [
            (FeedFetchResult(url: "https://town.example/rss", outcome: .updated(.init(title: nil, newItems: [], validators: .init(), itemCount: 4))),
             [ShelfFixture.article(4, feed: "town")]),
            (FeedFetchResult(url: "https://gone.example/rss", outcome: .failed("HTTP 404 Not Found")), []),
        ]
        let reloader = FeedReloader(shelf: shelf)
        reloader.start()
        var last: FeedReload?
        // Waits for the end, however long the machine takes; nothing here is timed.
        while last?.finished != true {
            if case .feedsReloading(let reload)? = reloader.take() { last = reload } else { usleep(1_000) }
        }
        #expect(last?.total == 3)
        #expect(last?.done == 2)
        #expect(last?.failures == ["https://gone.example/rss: HTTP 404 Not Found"])
        #expect(last?.summary == "3 feeds: 0 new articles, 1 failed — ! lists them")
        #expect(reloader.take() == nil, "nothing after the end")
        #expect(shelf.articles(of: "https://town.example/rss").count == 4)
    }

    @Test func hostileFeedAndArticleTitlesAreDrawnAsVisibleSymbols() {
        var hostile = ShelfFixture.article(1, feed: "evil")
        hostile.title = "Bad \u{1B}]0;pwned\u{07} title\nsecond line"
        let shelf = ShelfFixture([
            .init(shelved: ShelvedFeed(url: "https://evil.example/rss", title: "Evil \u{202E}desrever \u{9B}2J", tags: ["\u{1B}[31mred"]),
                  articles: [hostile]),
        ])
        var screen = Screen(feeds: shelf, 100, 8)
        #expect(screen.text.contains("Evil ⟨U+202E⟩desrever ⟨U+009B⟩2J  [␛[31mred]"))
        screen.press("Enter")
        #expect(screen.text.contains("Bad ␛]0;pwned␇ title second line"))
        for cell in screen.grid.cells {
            #expect(!cell.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\u{202E}" })
        }
    }

    @Test func fOpensTheFeedsViewFromTheLibraryAndQGoesBack() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        screen.press("F")
        #expect(screen.state.message == "no feeds yet: `quoth feeds add URL` subscribes one")
        screen.state.shared.feedShelf = ShelfFixture.standard()
        screen.press("F")
        #expect(screen.text.hasPrefix(" quoth feeds "))
        screen.press("Enter Enter F")
        #expect(screen.text.hasPrefix(" quoth feeds "), "F from an article of a feed goes back down to the feed list")
        #expect(screen.state.screens.count == 2)
        screen.press("q")
        #expect(screen.text.hasPrefix(" quoth library"))
    }

    @Test func helpListsTheFeedsKeys() {
        var screen = Screen(feeds: ShelfFixture.standard(), 80, 60)
        screen.press("? G")
        let text = screen.text
        for line in ["Feeds: the feed list", "Enter             list the feed's articles", "Feeds: a feed's articles",
                     "m                 mark read / unread, and go to the next", "o                 open the article's link in the browser"] {
            #expect(text.contains(line), "\(line)")
        }
        screen.press("q g")
        #expect(Screen.help(of: screen).contains("R                 reload every feed in the background"))
    }
}

extension Screen {
    /// The whole help text, however tall.
    static func help(of screen: Screen) -> String {
        HelpView.lines(screen.state.shared.keymap).map { $0.keys.padding(toLength: 18, withPad: " ", startingAt: 0) + $0.text }.joined(separator: "\n")
    }
}
