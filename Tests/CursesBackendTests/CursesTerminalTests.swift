import ArticleKit
import CNcursesw
import Testing
@testable import CursesBackend
@testable import ReaderUI

/// The backend against a real ncurses screen written to /dev/null, read back
/// cell by cell. Curses state is global: one test at a time.
@Suite(.serialized)
struct CursesTerminalTests {
    @Test func copiesTheGridIncludingWideAndCombiningCharacters() throws {
        let terminal = try #require(CursesTerminal.headless(size: Size(width: 30, height: 4)))
        defer { terminal.close() }
        #expect(terminal.size == Size(width: 30, height: 4))
        var grid = Grid(size: terminal.size)
        grid.put("quoth 東京 ok", x: 0, y: 0, role: .title)
        grid.put("Zürich café e\u{301} 😬!", x: 2, y: 1, role: .speaker(2))
        grid.put("tail", x: 26, y: 3, role: .status)
        terminal.draw(grid, theme: .builtIn)
        #expect(terminal.screenText() == [
            "quoth 東京 ok",
            "  Zürich café e\u{301} 😬!",
            "",
            "                          tail",
        ])
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let terminal = try #require(CursesTerminal.headless(size: Size(width: 40, height: 2)))
        defer { terminal.close() }
        var grid = Grid(size: terminal.size)
        grid.put("a\u{1B}[2Jb\u{9B}c\u{202E}d", x: 0, y: 0, role: .text)
        terminal.draw(grid, theme: .builtIn)
        #expect(terminal.screenText()[0] == "a␛[2Jb⟨U+009B⟩c⟨U+202E⟩d")
    }

    @Test func rolesBecomeTheThemesColoursAndAttributes() throws {
        let terminal = try #require(CursesTerminal.headless(size: Size(width: 20, height: 2)))
        defer { terminal.close() }
        let theme = try ThemeParser.parse("""
            color speaker.1 red default bold
            color status #000000 #ffffff
            """, name: "t", file: "t.theme")
        var grid = Grid(size: terminal.size)
        grid.put("Lavrov", x: 0, y: 0, role: .speaker(1))
        grid.put("status", x: 0, y: 1, role: .status)
        terminal.draw(grid, theme: theme)
        let quote = terminal.cellStyle(x: 0, y: 0)
        #expect(quote.attributes & shim_A_BOLD() != 0)
        #expect(quote.foreground == 1 && quote.background == -1)
        let status = terminal.cellStyle(x: 0, y: 1)
        if terminal.colors >= 256 {
            #expect(status.foreground == 16 && status.background == 231)
        }
        // A selected quote with no rule of its own is its speaker's colour, reversed.
        grid.put("Lavrov", x: 0, y: 0, role: .speakerSelected(1))
        terminal.draw(grid, theme: theme)
        let selected = terminal.cellStyle(x: 0, y: 0)
        #expect(selected.attributes & shim_A_REVERSE() != 0)
        #expect(selected.foreground == 1)
    }

    @Test func aWholeReaderFrameSurvivesTheTripThroughCurses() throws {
        let size = Size(width: 60, height: 10)
        let terminal = try #require(CursesTerminal.headless(size: size))
        defer { terminal.close() }
        let article = ArticleReader.plainText("A title\n\nSome body text with \"a quote\" in it.", source: "a.txt")
        let state = ReaderState(article: article, size: size)
        let grid = Renderer.render(state)
        terminal.draw(grid, theme: .builtIn)
        #expect(terminal.screenText() == grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test func keysDecodeToQuothKeys() {
        #expect(KeyDecoder.character(9) == .tab)
        #expect(KeyDecoder.character(13) == .enter)
        #expect(KeyDecoder.character(27) == .escape)
        #expect(KeyDecoder.character(127) == .backspace)
        #expect(KeyDecoder.character(12) == .ctrl("l"))
        #expect(KeyDecoder.character(0x7D) == .char("}"))
        #expect(KeyDecoder.character(0xE9) == .char("é"))
    }
}
