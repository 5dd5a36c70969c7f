import ArticleKit
import Testing
@testable import ReaderUI

struct LayoutTests {
    @Test func displayWidthCountsClustersNotScalars() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("😬") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇯🇵") == 2)
        #expect(DisplayWidth.of("🕊️") == 2)
        #expect(DisplayWidth.of("한국어") == 6)
    }

    @Test func truncationEndsInAnEllipsisWithinTheWidth() {
        #expect(DisplayWidth.truncate("Volodymyr Zelensky", to: 12) == "Volodymyr Z…")
        #expect(DisplayWidth.truncate("東京で記者会見", to: 6) == "東京…")
        #expect(DisplayWidth.truncate("short", to: 12) == "short")
        #expect(DisplayWidth.of(DisplayWidth.pad("東京", to: 7)) == 7)
    }

    @Test func aWideGlyphNeverStraddlesTheEdge() {
        var grid = Grid(size: Size(width: 5, height: 1))
        let end = grid.put("ab東京", x: 0, y: 0, role: .text)
        #expect(end == 5)
        #expect(grid.line(0) == "ab東")
        #expect(grid[3, 0].isContinuation)
    }

    func wrap(_ text: String, _ width: Int) -> [String] {
        let article = ArticleReader.plainText("T\n\n" + text, source: "w.txt")
        let content = ArticleContent(article)
        let layout = ArticleLayout(content, width: width)
        return layout.lines.filter { $0.paragraph == 1 }.map { line in
            String(content.atoms[1][line.atoms].map(\.character))
        }
    }

    @Test func wordsWrapAtSpacesAndLongWordsAreCut() {
        #expect(wrap("one two three four", 9) == ["one two", "three", "four"])
        #expect(wrap("a supercalifragilistic word", 8) == ["a", "supercal", "ifragili", "stic", "word"])
        #expect(wrap("spaces   collapse    here", 40) == ["spaces collapse here"])
    }

    @Test func cjkWrapsBetweenCharactersButKeepsPunctuationAttached() {
        #expect(wrap("日本は戦争を望まない。対話を続ける", 12) == ["日本は戦争を", "望まない。対", "話を続ける"])
        #expect(wrap("日本は戦争を望まない。", 8) == ["日本は戦", "争を望ま", "ない。"])
        #expect(wrap("平和を「守る」と", 6) == ["平和を", "「守", "る」と"], "no line starts with 」 or ends with 「")
    }

    @Test func theLineForAnOffsetIsTheOneShowingIt() {
        let seed = ArticleFixture.seed
        let content = ArticleContent(seed)
        let layout = ArticleLayout(content, width: 38)
        for quote in seed.quotes {
            let line = layout.lines[layout.line(containing: quote.span.start, in: content)]
            let offsets = content.atoms[line.paragraph][line.atoms].map(\.offset)
            #expect(offsets.first! <= quote.span.start && quote.span.start <= offsets.last!)
        }
    }

    @Test func plainTextOutputKeepsStructureAndIsSafe() {
        let article = ArticleReader.plainText("Title\n- bullet one\n- bullet two\n\nBody \u{1B}[2J text.", source: "p.txt")
        #expect(PlainTextView.render(article) == "Title\n\n- bullet one\n- bullet two\n\nBody ␛[2J text.\n")
    }
}
