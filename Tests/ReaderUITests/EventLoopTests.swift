import ArticleKit
import Testing
@testable import ReaderUI

/// The whole loop — keys, actions, reduce, render, terminal — against a
/// terminal that replays scripted input and keeps the frames it was given.
struct EventLoopTests {
    final class ScriptedTerminal: Terminal {
        var size: Size
        var events: [InputEvent]
        var frames: [Grid] = []
        var invalidations = 0

        init(size: Size, events: [InputEvent]) {
            self.size = size
            self.events = events
        }

        func draw(_ grid: Grid, theme: Theme) { frames.append(grid) }
        func invalidate() { invalidations += 1 }
        func nextEvent() -> InputEvent? {
            guard !events.isEmpty else { return .terminate }
            let event = events.removeFirst()
            if case .resize(let newSize) = event { size = newSize }
            return event
        }
    }

    @Test func keysDriveTheStateAndEveryChangeIsDrawn() {
        var state = ReaderState(article: ArticleFixture.seed, size: Size(width: 80, height: 24))
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), events: [
            .key(.char("f")), .key(.char("/")), .key(.char("p")), .key(.char("a")), .key(.char("n")),
            .key(.char("i")), .key(.char("c")), .key(.ctrl("l")), .resize(Size(width: 60, height: 20)),
            .key(.enter), .key(.enter), .key(.char("x")), .key(.char("q")), .key(.char("j")),
        ])
        EventLoop.run(&state, on: terminal) { _ in .success([]) }
        #expect(state.size == Size(width: 60, height: 20), "the terminal's size wins from the start and on resize")
        #expect(terminal.invalidations == 1, "Ctrl-L repaints everything")
        #expect(terminal.frames.contains { $0.text.contains("3 of 9 quotes") })
        #expect(state.articleScreen!.selectedQuote == 6)
        #expect(terminal.events == [.key(.char("j"))], "q quit the loop before the last key")
        #expect(terminal.frames.contains { $0.text.contains("x does nothing here") })
        // One frame at start, then one per event, "x" too: it is bound to nothing and says so.
        #expect(terminal.frames.count == 1 + 12)
    }

    @Test func aSignalEndsTheLoop() {
        var state = ReaderState(article: ArticleFixture.seed, size: Size(width: 80, height: 24))
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: [.key(.char("j")), .terminate, .key(.char("j"))])
        EventLoop.run(&state, on: terminal) { _ in .success([]) }
        #expect(state.articleScreen!.top == 1)
        #expect(terminal.events.count == 1)
    }

    @Test func switchingToAnUnreadDocumentReadsItThroughTheLoader() {
        var state = ReaderState(documents: [Document(path: "seed.txt", article: ArticleFixture.seed), Document(path: "cjk.txt")],
                                size: Size(width: 80, height: 24))
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: [.key(.char(">"))])
        var asked: [String] = []
        EventLoop.run(&state, on: terminal) { path in
            asked.append(path)
            return .success([ArticleFixture.cjk])
        }
        #expect(asked == ["cjk.txt"])
        #expect(state.current == 1)
        #expect(terminal.frames.last?.line(0).contains("東京で記者会見") == true)
    }
}
