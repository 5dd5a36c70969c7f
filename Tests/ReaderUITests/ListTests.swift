import ArticleKit
import Testing
@testable import ReaderUI

/// Every list scrolls the same way: the cursor stays on the row it is on
/// while the list moves under it, and moves alone while it can.
struct ListTests {
    /// Thirty one-line stories, "Story 1" … "Story 30".
    static let stories: [Article] = (1...30).map { n in
        ArticleReader.plainText("Story \(n)\n\nNothing was said.", source: "news/\(n).txt")
    }

    /// The titles on screen, top to bottom, and the one highlighted.
    func titles(_ screen: Screen) -> (shown: [String], selected: String?) {
        let grid = screen.grid
        var shown: [String] = []
        var selected: String?
        for y in 0..<grid.size.height {
            let line = grid.line(y)
            guard let range = line.range(of: #"Story \d+"#, options: .regularExpression) else { continue }
            shown.append(String(line[range]))
            if grid.roles(y).contains(.listSelected) { selected = String(line[range]) }
        }
        return (shown, selected)
    }

    @Test func jAtTheBottomEdgeScrollsByOneAndKMovesTheCursorNotTheList() {
        var screen = Screen(library: ListTests.stories, 60, 10)
        // Seven rows of list: title bar, header and status line take three.
        #expect(titles(screen).shown.first == "Story 1")
        screen.press("j j j j j j j")
        #expect(titles(screen).selected == "Story 8")
        #expect(titles(screen).shown.first == "Story 2", "one row scrolled")
        screen.press("k k")
        #expect(titles(screen).selected == "Story 6")
        #expect(titles(screen).shown.first == "Story 2", "the list stays; the cursor moves up")
    }

    @Test func aPageScrollsTheListUnderACursorThatKeepsItsRow() {
        var screen = Screen(library: ListTests.stories, 60, 10)
        screen.press("j j")
        let row = titles(screen).shown.firstIndex(of: "Story 3")
        screen.press("Space")
        let after = titles(screen)
        #expect(after.shown.first == "Story 7")
        #expect(after.selected == "Story 9")
        #expect(after.shown.firstIndex(of: "Story 9") == row, "the cursor is on the same row")
        screen.press("G")
        #expect(titles(screen).selected == "Story 30")
        #expect(titles(screen).shown.last == "Story 30")
        screen.press("b")
        #expect(titles(screen).selected == "Story 24")
        #expect(titles(screen).shown.last == "Story 24", "back a page, the cursor still on the last row")
    }

    @Test func theMouseWheelScrollsTheListAndTheCursorWithIt() {
        var screen = Screen(library: ListTests.stories, 60, 10)
        _ = screen.state.apply(.mouse(MouseEvent(.wheelDown, x: 40, y: 5)))
        #expect(titles(screen).shown.first == "Story 4")
        #expect(titles(screen).selected == "Story 4")
    }

    @Test func aResizeKeepsTheCursorOnScreen() {
        var screen = Screen(library: ListTests.stories, 60, 20)
        screen.press("j j j j j j j j j j j j")
        #expect(titles(screen).selected == "Story 13")
        screen.resize(60, 8)
        #expect(titles(screen).shown.contains("Story 13"))
        screen.resize(60, 40)
        #expect(titles(screen).shown.count == 30, "a taller window shows the whole list again")
    }

    @Test func theListStateSelectsAndScrollsItemsOfSeveralRows() {
        var list = ListState(selected: 0)
        let rows = [2, 1, 2, 2, 1]
        list.move(by: 3, count: 5, height: 4, rows: rows)
        #expect(list.selected == 3)
        #expect(list.offset == 2, "items 2 and 3 fill the four rows")
        list.move(by: -1, count: 5, height: 4, rows: rows)
        #expect(list.offset == 2, "item 2 is on screen: nothing scrolls")
        #expect(ListState.lastOffset(count: 5, height: 4, rows: rows) == 3)
    }
}

extension ListTests {
    @Test func aClickInTheLibrarySelectsTheRowUnderIt() {
        var screen = Screen(library: ArticleFixture.library, 80, 12)
        // Rows: title bar, header, then the list; the list pane starts after the sidebar.
        _ = screen.state.apply(.mouse(MouseEvent(.click, x: 40, y: 4)))
        #expect(screen.library.cursor == 2)
        _ = screen.state.apply(.mouse(MouseEvent(.click, x: 5, y: 3)))
        #expect(screen.library.pane == .speakers)
        #expect(screen.library.speakerCursor == 1)
        screen.press("f")
        _ = screen.state.apply(.mouse(MouseEvent(.click, x: 30, y: 4)))
        #expect(screen.library.quoteCursor == 2)
        screen.press("Enter")
        // Row 3 of every quote: Charles Clarke's "I have no doubt."
        #expect(screen.article.article.title == "Clarke defends war advice")
        #expect(screen.article.selectedQuote == 2, "Enter opens the clicked quote")
    }
}
