import ArticleKit
import Testing
@testable import ReaderUI

/// The keys people bring from less and vim, and the fixes from a first
/// hour of real use: steps counted from the screen, the sidebar following
/// the quote, one meaning for Enter in every prompt, readline in prompts.
struct ReaderKeysTests {
    let seed = ArticleFixture.seed

    @Test func afterGTheNextQuoteIsTheFirstOnScreenNotTheOneAfterTheLastSelected() throws {
        var screen = Screen(seed, 80, 24)
        screen.press("] ]")
        #expect(screen.article.selectedQuote == 1)
        screen.press("G ]")
        let q = try #require(screen.article.selectedQuote)
        #expect(q > 2, "not quote 2, back at the top")
        #expect(screen.article.isOnScreen(offset: seed.quotes[q].marked.lowerBound))
        let visible = screen.article.visibleOffsets
        #expect(seed.quotes.indices.first { seed.quotes[$0].marked.upperBound > visible.lowerBound } == q, "the first quote in view")
        // [ from the top of the article counts from the screen too: the last quote in view.
        screen.press("g [")
        let back = try #require(screen.article.selectedQuote)
        #expect(back < q && screen.article.isOnScreen(offset: seed.quotes[back].marked.lowerBound))
    }

    @Test func afterScrollingAwayNFindsTheFirstMatchOnScreen() throws {
        var screen = Screen(seed, 80, 24)
        screen.press("/ K r e m l i n Enter n n")
        #expect(screen.article.searchCurrent == 2)
        // Back at the top no Kremlin is in view: n goes to the first one below, not to match 4.
        screen.press("g n")
        #expect(screen.article.searchCurrent == 0)
        // After G, N takes the last match in view.
        screen.press("G N")
        let current = try #require(screen.article.searchCurrent)
        let visible = screen.article.visibleOffsets
        #expect(current == screen.article.searchMatches.lastIndex { $0.lowerBound < visible.upperBound })
    }

    @Test func nPastTheLastMatchWrapsAndSaysSo() {
        var screen = Screen(seed, 80, 24)
        screen.press("/ K r e m l i n Enter n n n")
        #expect(screen.article.searchCurrent == 3)
        screen.press("n")
        #expect(screen.article.searchCurrent == 0)
        #expect(screen.state.message == "match 1 of 4, from the top")
    }

    @Test func theSidebarMarkerFollowsTheQuoteBracketSelects() {
        var screen = Screen(seed, 80, 24)
        screen.press("] ] ] ] ] ] ]")
        #expect(screen.article.selectedQuote == 6, "Zelensky's first quote")
        #expect(screen.article.selectedSpeaker == 1)
        #expect(screen.grid.line(4).hasPrefix("▸● V. Zelensky"), "the marker is on Zelensky")
        screen.press("}")
        #expect(screen.article.selectedQuote == 7)
        #expect(screen.state.message == "Volodymyr Zelensky: quote 2 of 3")
    }

    @Test func enterInTheArticleSearchCommitsAndSelectsTheFirstMatch() {
        var screen = Screen(seed, 80, 24)
        screen.press("/ K r e m l i n Enter")
        #expect(screen.state.activePrompt == nil)
        #expect(screen.article.searchCurrent == 0)
        #expect(screen.state.message == "match 1 of 4")
        #expect(screen.article.pane == .text)
    }

    @Test func enterInTheQuoteFilterCommitsAndSelectsTheFirstMatchThenOpensIt() {
        var screen = Screen(seed, 80, 24)
        screen.press("f j j / p a n i c Enter")
        #expect(screen.state.activePrompt == nil)
        #expect(screen.article.pane == .quotes)
        #expect(screen.article.quoteList.selected == 0, "the first match, whatever was selected before")
        screen.press("Enter")
        #expect(screen.article.selectedQuote == 6)
    }

    @Test func enterInTheSidebarsFindCommitsAndSelectsTheFirstMatch() {
        var screen = Screen(seed, 80, 24)
        screen.press("s / z e l Enter")
        #expect(screen.state.activePrompt == nil)
        #expect(screen.article.selectedSpeaker == 1)
        screen.press("Enter")
        #expect(screen.article.selectedQuote == 6)
        screen.press("s / n o b o d y Enter")
        #expect(screen.state.message == "no speaker named “nobody”")
    }

    @Test func enterInEveryLibraryPromptCommitsAndSelectsTheFirstMatch() {
        var list = Screen(library: ArticleFixture.library, 80, 12)
        list.press("j j / c l a r k e Enter")
        #expect(list.state.activePrompt == nil)
        #expect(list.library.rows[list.library.cursor] == 1, "the first title matching “clarke”")
        list.press("Enter")
        #expect(list.article.article.title == "Clarke defends war advice")

        var speakers = Screen(library: ArticleFixture.library, 80, 12)
        speakers.press("s / a n d y Enter")
        #expect(speakers.state.activePrompt == nil)
        #expect(speakers.library.speakerCursor == 2)
        speakers.press("Enter")
        #expect(speakers.library.chosenSpeaker == 2)

        var quotes = Screen(library: ArticleFixture.library, 80, 12)
        quotes.press("f j j / w a r Enter")
        #expect(quotes.state.activePrompt == nil)
        #expect(quotes.library.quoteCursor == 0)
        quotes.press("Enter")
        #expect(quotes.article.selectedQuote != nil, "a second Enter opens the article at the quote")
    }

    @Test func promptsEditLikeReadline() {
        var screen = Screen(seed, 80, 24)
        screen.press("f / a b c Ctrl-A x")
        #expect(screen.article.filter.text == "xabc")
        screen.press("Ctrl-E y Left Left Ctrl-K")
        #expect(screen.article.filter.text == "xab")
        screen.press("Left Backspace")
        #expect(screen.article.filter.text == "xb")
        screen.press("Right Space w o r d Ctrl-W")
        #expect(screen.article.filter.text == "xb ")
        screen.press("Ctrl-U")
        #expect(screen.article.filter.text == "")
        screen.press("z e l")
        #expect(screen.article.filteredQuotes == [6, 7, 8])
        screen.press("Home Del")
        #expect(screen.article.filter.text == "el")
        #expect(screen.article.filteredQuotes == screen.article.content.quotes(matching: "el"), "the filter follows every edit")
    }

    @Test func theTerminalCursorSitsWhereTypingGoes() {
        var screen = Screen(seed, 80, 24)
        screen.press("f / p a n i c Left Left")
        let status = screen.grid.line(23)
        let slash = status.firstIndex(of: "/")!
        let column = status.distance(from: status.startIndex, to: slash)
        #expect(screen.grid.cursor == Point(x: column + 4, y: 23), "under the i of /panic")
    }

    @Test func anUnknownKeySaysWhereTheKeysAre() {
        var screen = Screen(seed, 80, 24)
        screen.press("x")
        #expect(screen.text.contains(" READER  x does nothing here; ? lists the keys"))
        screen.press("j")
        #expect(screen.state.message == nil)
    }

    @Test func ctrlDAndCtrlUMoveHalfAPage() {
        var screen = Screen(seed, 80, 24)
        let half = screen.article.textHeight / 2
        screen.press("Ctrl-D")
        #expect(screen.article.top == half)
        screen.press("Ctrl-D Ctrl-U")
        #expect(screen.article.top == half)
        screen.press("Ctrl-F")
        #expect(screen.article.top == half + screen.article.textHeight - 1)
        screen.press("Ctrl-B")
        #expect(screen.article.top == half)
    }

    @Test func hOpensAndClosesHelpAsQuestionMarkDoes() {
        var screen = Screen(seed, 80, 24)
        screen.press("h")
        #expect(screen.text.contains(" HELP "))
        screen.press("h")
        #expect(screen.text.contains(" READER "))
    }

    @Test func aKeyInHelpClosesItAndActsOnTheScreenBelow() {
        var screen = Screen(seed, 80, 24)
        screen.press("? f")
        #expect(screen.state.screens.count == 1)
        #expect(screen.article.pane == .quotes)
    }
}
