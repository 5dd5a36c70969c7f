import ArticleKit
import Testing
@testable import ReaderUI

/// Which role each cell is drawn in: quotes in their speaker's slot, the
/// selected quote and the sidebar cursor standing out.
struct StylingTests {
    /// The roles of the cells showing `text` on the first row below the title bar that has it.
    func roles(of text: String, in grid: Grid) -> [StyleRole]? {
        for y in 1..<grid.size.height {
            let line = grid.line(y)
            guard let range = line.range(of: text) else { continue }
            // Column of the match: display width of what comes before it.
            let x = DisplayWidth.of(line[..<range.lowerBound])
            return Array(grid.roles(y)[x..<(x + DisplayWidth.of(text))])
        }
        return nil
    }

    @Test func quotesAreDrawnInTheirSpeakersPaletteSlot() throws {
        let screen = Screen(ArticleFixture.seed, 120, 40)
        let grid = screen.grid
        // Lavrov is speaker 0 → slot 1; the Kremlin speaker 2 → slot 3.
        #expect(try #require(roles(of: "\"If it depends on Russia", in: grid)).allSatisfy { $0 == .speaker(1) })
        #expect(try #require(roles(of: "\"The US and NATO responses", in: grid)).allSatisfy { $0 == .speaker(3) })
        // Words around a quote are body text, and the title is the title.
        #expect(try #require(roles(of: "Lavrov told Russian", in: grid)).allSatisfy { $0 == .text })
        #expect(try #require(roles(of: "Russia's top diplomat says", in: grid)).allSatisfy { $0 == .title })
    }

    @Test func theSelectedQuoteStandsOutAndTheRestDoNot() throws {
        var screen = Screen(ArticleFixture.seed, 120, 40)
        screen.press("] ] ] ]")
        #expect(screen.article.selectedQuote == 3)
        let grid = screen.grid
        #expect(try #require(roles(of: "\"If it depends on Russia", in: grid)).allSatisfy { $0 == .speakerSelected(1) })
        #expect(try #require(roles(of: "\"The US and NATO responses", in: grid)).allSatisfy { $0 == .speaker(3) })
    }

    @Test func unattributedQuotesUseTheNeutralQuoteRole() throws {
        var article = ArticleFixture.seed
        article.quotes[3].speaker = nil
        let screen = Screen(article, 120, 40)
        #expect(try #require(roles(of: "\"If it depends on Russia", in: screen.grid)).allSatisfy { $0 == .quote })
    }

    @Test func theSidebarCursorIsHighlightedOnlyWhileFocused() throws {
        var screen = Screen(ArticleFixture.seed, 120, 40)
        screen.press("s j")
        #expect(screen.article.selectedSpeaker == 1)
        #expect(try #require(roles(of: "Volodymyr Zelensky", in: screen.grid)).allSatisfy { $0 == .sidebarSelected })
        #expect(try #require(roles(of: "Sergey Lavrov", in: screen.grid)).allSatisfy { $0 == .speaker(1) })
        screen.press("r")
        #expect(try #require(roles(of: "Volodymyr Zelensky", in: screen.grid)).allSatisfy { $0 == .speaker(2) })
        #expect(screen.grid.line(4).hasPrefix("▸"), "the selected speaker keeps a marker")
    }

    @Test func searchMatchesAreHighlightedAndTheCurrentOneStandsApart() throws {
        var screen = Screen(ArticleFixture.seed, 120, 40)
        screen.press("/ N A T O Enter")
        #expect(screen.article.searchMatches.count == 8, "NATO, eight times in the seed")
        // "NATO had not addressed" is the first match on screen, "NATO. But" the second.
        #expect(try #require(roles(of: "NATO had", in: screen.grid)).prefix(4).allSatisfy { $0 == .searchCurrent })
        #expect(try #require(roles(of: "NATO. But", in: screen.grid)).prefix(4).allSatisfy { $0 == .search })
        screen.press("n")
        #expect(try #require(roles(of: "NATO had", in: screen.grid)).prefix(4).allSatisfy { $0 == .search })
        #expect(try #require(roles(of: "NATO. But", in: screen.grid)).prefix(4).allSatisfy { $0 == .searchCurrent })
    }

    @Test func emphasisMarkersAreHiddenAndTheWordsStyled() throws {
        let article = ArticleReader.plainText("Title\n\nThis is *really* **important** news.", source: "e.txt")
        let screen = Screen(article, 60, 10)
        #expect(screen.text.contains("This is really important news."))
        #expect(try #require(roles(of: "really", in: screen.grid)).allSatisfy { $0 == .emphasis })
        #expect(try #require(roles(of: "important", in: screen.grid)).allSatisfy { $0 == .strong })
    }

    @Test func controlSequencesInArticleTextBecomeVisibleSymbols() {
        let article = ArticleReader.plainText("Title\n\nEvil \u{1B}[31mred\u{1B}]0;pwned\u{07} and \u{202E}reversed\u{9B} text.", source: "x.txt")
        let screen = Screen(article, 100, 10)
        #expect(screen.text.contains("Evil ␛[31mred␛]0;pwned␇ and ⟨U+202E⟩reversed⟨U+009B⟩ text."))
        let cells = screen.grid.cells.map(\.character)
        #expect(!cells.contains("\u{1B}") && !cells.contains("\u{202E}") && !cells.contains("\u{9B}"))
    }
}

extension StylingTests {
    @Test func aSpeakerKeepsTheirColourFromArticleToArticleInTheLibrary() throws {
        var screen = Screen(library: ArticleFixture.library, 80, 12)
        // Andy Clarke is the first speaker of the third story but the library's third.
        #expect(screen.library.contents.speakers[2].name == "Andy Clarke")
        #expect(try #require(roles(of: "Andy Clarke", in: screen.grid)).allSatisfy { $0 == .speaker(3) })
        screen.press("j j Enter")
        #expect(screen.article.article.title == "Clarke wins at the Open")
        #expect(try #require(roles(of: "\"We played the war", in: screen.grid)).allSatisfy { $0 == .speaker(3) })
        #expect(try #require(roles(of: "Andy Clarke", in: screen.grid)).allSatisfy { $0 == .speaker(3) })
        // Opened on its own, the same story colours him as its first speaker.
        #expect(try #require(roles(of: "\"We played the war", in: Screen(ArticleFixture.library[2], 80, 12).grid))
            .allSatisfy { $0 == .speaker(1) })
    }

    @Test func speakersPastTheEighthGetColoursOfTheirOwn() throws {
        let names = (1...12).map { "Speaker\($0) Person" }
        let text = "Twelve voices\n\n" + names.map { "\"Line of \($0),\" said \($0)." }.joined(separator: "\n\n")
        let article = ArticleFixture.build(text, source: "twelve.txt",
                                           speakers: names.map { Speaker(name: $0, kind: .person) },
                                           quotes: names.indices.map { .init(text: "Line of \(names[$0]),", speaker: $0) })
        let grid = Screen(article, 120, 40).grid
        let slots = try names.map { name in try #require(roles(of: "Line of \(name)", in: grid)?.first) }
        #expect(Set(slots).count == 12)
        #expect(slots[8] == .speaker(9) && slots[11] == .speaker(12))
    }
}
