import ArticleKit
import Testing
@testable import ReaderUI

/// Key sequences → state: what each key does, in each pane.
struct ReducerTests {
    let seed = ArticleFixture.seed

    @Test func braceStepsThroughTheSelectedSpeakersQuotesAndWraps() {
        var screen = Screen(seed, 80, 24)
        screen.press("s j Enter")
        #expect(screen.article.pane == .text)
        #expect(screen.article.selectedSpeaker == 1)
        #expect(screen.article.selectedQuote == 6, "Enter on Zelensky lands on his first quote")
        screen.press("}")
        #expect(screen.article.selectedQuote == 7)
        screen.press("}")
        #expect(screen.article.selectedQuote == 8)
        #expect(screen.state.message == "Volodymyr Zelensky: quote 3 of 3")
        screen.press("}")
        #expect(screen.article.selectedQuote == 6, "wraps to the first")
        screen.press("{")
        #expect(screen.article.selectedQuote == 8, "and back to the last")
    }

    @Test func braceWithoutASpeakerSaysHowToPickOne() {
        var screen = Screen(seed, 80, 24)
        screen.press("}")
        #expect(screen.article.selectedQuote == nil)
        #expect(screen.state.message == "pick a speaker first (s, then j/k)")
    }

    @Test func bracketsStepThroughEveryQuoteAndScrollItIntoView() {
        var screen = Screen(seed, 80, 24)
        screen.press("] ] ] ] ] ] ] ]")
        #expect(screen.article.selectedQuote == 7)
        let line = screen.article.layout.line(containing: seed.quotes[7].marked.lowerBound, in: screen.article.content)
        #expect(line >= screen.article.top && line < screen.article.top + screen.article.textHeight)
        screen.press("] ]")
        #expect(screen.article.selectedQuote == 8)
        #expect(screen.state.message == "no more quotes")
        screen.press("[")
        #expect(screen.article.selectedQuote == 7)
    }

    @Test func theQuoteFilterNarrowsAsYouTypeEnterCommitsAndASecondEnterJumps() {
        var screen = Screen(seed, 80, 24)
        screen.press("f")
        #expect(screen.article.pane == .quotes)
        #expect(screen.article.filteredQuotes.count == 9)
        screen.press("/ p a n")
        #expect(screen.article.filter.editing)
        #expect(screen.text.contains("QUOTES  /pan"))
        screen.press("i c")
        #expect(screen.article.filteredQuotes == [6, 7, 8])
        screen.press("Down Enter")
        #expect(screen.article.pane == .quotes, "Enter commits the filter")
        #expect(screen.state.activePrompt == nil)
        #expect(screen.article.quoteList.selected == 1, "the quote chosen with ↓ while typing stays chosen")
        screen.press("Enter")
        #expect(screen.article.pane == .text)
        #expect(screen.article.selectedQuote == 7)
        #expect(screen.article.selectedSpeaker == 1)
    }

    @Test func theFilterIgnoresCaseAndAccentsAndMatchesSpeakers() {
        var screen = Screen(seed, 80, 24)
        screen.press("f / P A N I C")
        #expect(screen.article.filteredQuotes == [6, 7, 8])
        screen.press("Esc")
        #expect(screen.article.filter.text.isEmpty && screen.article.filteredQuotes.count == 9)
        screen.press("/ k r e m l i n")
        #expect(screen.article.filteredQuotes == [4, 5])
        screen.press("Backspace Backspace Backspace Backspace Backspace Backspace Backspace z é l")
        #expect(screen.article.filter.text == "zél")
        #expect(screen.article.filteredQuotes == [6, 7, 8])
    }

    @Test func escClearsTheFilterThenClosesTheQuoteView() {
        var screen = Screen(seed, 80, 24)
        screen.press("f / x y z")
        #expect(screen.article.filteredQuotes.isEmpty)
        #expect(screen.text.contains("0 of 9 quotes"))
        screen.press("Esc")
        #expect(screen.article.filteredQuotes.count == 9)
        #expect(screen.article.pane == .quotes)
        screen.press("Esc")
        #expect(screen.article.pane == .text)
    }

    @Test func qClosesViewsAndQuitsOnlyFromTheReader() {
        var screen = Screen(seed, 80, 24)
        #expect(screen.press("?") == [])
        #expect(screen.press("q") == [])
        #expect(screen.state.screens.count == 1, "help is closed")
        #expect(screen.press("f q") == [])
        #expect(screen.article.pane == .text)
        #expect(screen.press("q") == [.quit])
        var other = Screen(seed, 80, 24)
        #expect(other.press("f Q") == [.quit])
    }

    @Test func tabCyclesFocusAndLettersFocusDirectly() {
        var screen = Screen(seed, 80, 24)
        #expect(screen.article.pane == .text)
        screen.press("Tab")
        #expect(screen.article.pane == .quotes)
        screen.press("Tab")
        #expect(screen.article.pane == .speakers)
        screen.press("Tab")
        #expect(screen.article.pane == .text)
        _ = screen.state.apply(.command(.cycleFocusBackward))
        #expect(screen.article.pane == .speakers, "Shift-Tab goes the other way")
        screen.press("r s")
        #expect(screen.article.pane == .speakers)
        screen.press("f")
        #expect(screen.article.pane == .quotes)
        screen.press("r")
        #expect(screen.article.pane == .text)
    }

    @Test func scrollingKeysMoveTheReaderWithinBounds() {
        var screen = Screen(seed, 80, 24)
        screen.press("k")
        #expect(screen.article.top == 0)
        screen.press("j j")
        #expect(screen.article.top == 2)
        screen.press("G")
        #expect(screen.article.top == screen.article.maxTop)
        #expect(screen.article.percent == 100)
        screen.press("j")
        #expect(screen.article.top == screen.article.maxTop)
        screen.press("g")
        #expect(screen.article.top == 0)
        screen.press("Space")
        #expect(screen.article.top == screen.article.textHeight - 1)
        screen.press("b")
        #expect(screen.article.top == 0)
    }

    @Test func searchFindsAndNStepsThroughMatches() {
        var screen = Screen(seed, 80, 24)
        screen.press("/ k r e m l i n Enter")
        #expect(screen.article.search.editing == false)
        let count = screen.article.searchMatches.count
        #expect(count == 4, "Kremlin, four times in the seed")
        #expect(screen.article.searchCurrent == 0)
        screen.press("n")
        #expect(screen.article.searchCurrent == 1)
        #expect(screen.state.message == "match 2 of 4")
        screen.press("N N")
        #expect(screen.article.searchCurrent == 3, "wraps backwards")
        screen.press("Esc")
        #expect(screen.article.searchMatches.isEmpty)
    }

    @Test func aResizeRewrapsAndKeepsTheSameParagraphInView() {
        var screen = Screen(seed, 100, 30)
        screen.press("j j j j j j j j j j")
        let before = screen.article.layout.lines[screen.article.top].paragraph
        screen.resize(40, 12)
        #expect(screen.article.layout.width == 38)
        #expect(screen.article.layout.lines[screen.article.top].paragraph == before)
        screen.resize(20, 6)
        #expect(screen.text.contains("window too small"))
        screen.resize(100, 30)
        #expect(screen.article.layout.lines[screen.article.top].paragraph == before)
    }

    @Test func aResizeKeepsTheSelectedQuoteOnScreen() {
        var screen = Screen(seed, 100, 30)
        screen.press("s j Enter")
        #expect(screen.article.selectedQuote == 6)
        screen.resize(40, 12)
        let visible = screen.article.isOnScreen(offset: seed.quotes[6].marked.lowerBound)
        #expect(visible)
        let text = screen.text
        #expect(text.contains("\"panic.\""))
    }

    @Test func tinyAndEmptySizesNeverCrash() {
        let article = ArticleFixture.cjk
        for (w, h) in [(0, 0), (1, 1), (5, 3), (29, 8), (30, 7), (30, 8), (59, 20), (60, 20), (200, 60)] {
            var screen = Screen(article, w, h)
            screen.press("s j Enter } ] f / a Enter ? j G q Tab Tab t")
            _ = screen.text
        }
    }

    @Test func themesCycleWithT() {
        let themes = [Theme(name: "one", rules: [:]), Theme(name: "two", rules: [:])]
        var screen = Screen(seed, 80, 24, themes: themes)
        screen.press("t")
        #expect(screen.state.theme.name == "two")
        #expect(screen.state.message == "theme: two")
        screen.press("t")
        #expect(screen.state.theme.name == "one")
    }

    @Test func severalDocumentsSwitchWithAngleBracketsAndLoadOnDemand() {
        let other = ArticleReader.plainText("Second\n\n\"Hello,\" she said.", source: "second.txt")
        var state = ReaderState(documents: [Document(path: "seed.txt", article: seed), Document(path: "second.txt")],
                                size: Size(width: 80, height: 24))
        #expect(state.apply(.command(.nextArticle)) == .load(1))
        _ = state.apply(.loaded(index: 1, result: .success([other])))
        #expect(state.current == 1)
        #expect(state.articleScreen!.article.title == "Second")
        #expect(state.apply(.command(.nextArticle)) == nil)
        #expect(state.message == "this is the last article")
        #expect(state.apply(.command(.previousArticle)) == nil)
        #expect(state.articleScreen!.article.title == seed.title)
        #expect(Renderer.render(state).line(0).contains("1/2 · 9 quotes"))
    }

    @Test func aDocumentThatFailsToLoadIsReportedNotShown() {
        var state = ReaderState(documents: [Document(path: "seed.txt", article: seed), Document(path: "gone.txt")],
                                size: Size(width: 80, height: 24))
        #expect(state.apply(.command(.nextArticle)) == .load(1))
        _ = state.apply(.loaded(index: 1, result: .failure(ReadError(path: "gone.txt", reason: "no such file or directory"))))
        #expect(state.current == 0)
        #expect(state.message == "gone.txt: no such file or directory")
    }

    @Test func mouseClicksSelectSpeakersAndQuotes() throws {
        var state = ReaderState(article: seed, size: Size(width: 120, height: 40))
        // Row 4 of the sidebar is Zelensky's name (title bar, header, Lavrov, his role, Zelensky).
        _ = state.apply(.mouse(MouseEvent(.click, x: 5, y: 4)))
        #expect(state.articleScreen!.pane == .speakers)
        #expect(state.articleScreen!.selectedSpeaker == 1)
        // A click on Lavrov's full quote selects it.
        let grid = Renderer.render(state)
        let row = try #require((0..<40).first { grid.line($0).contains("\"If it depends on Russia") })
        _ = state.apply(.mouse(MouseEvent(.click, x: 40, y: row)))
        #expect(state.articleScreen!.pane == .text)
        #expect(state.articleScreen!.selectedQuote == 3)
        _ = state.apply(.mouse(MouseEvent(.wheelDown, x: 60, y: 20)))
        #expect(state.articleScreen!.top == 3)
    }
}
