import ArticleKit
import Foundation
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

        var suspensions: [Bool] = []
        var clipboard: [String] = []

        func draw(_ grid: Grid, theme: Theme) { frames.append(grid) }
        func invalidate() { invalidations += 1 }
        func suspend(pausing: Bool, while body: () -> Void) {
            suspensions.append(pausing)
            body()
        }
        func copyToClipboard(_ text: String) { clipboard.append(text) }
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

/// What the loop hands to other programs, run for real: the copy command,
/// a command the article is piped to, the browser.
extension EventLoopTests {
    func scratch() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("quoth-loop-\(UUID().uuidString)").path
    }

    func keys(_ text: String) -> [InputEvent] {
        text.map { .key(.char($0)) }
    }

    @Test func yRunsTheCopyCommandWithTheQuoteOnItsInput() throws {
        let file = scratch()
        defer { unlink(file) }
        var state = ReaderState(article: ArticleFixture.seed, size: Size(width: 80, height: 24))
        state.shared.config = ConfigParser.parse("copy-command \"sh -c 'cat > \(file)'\"", file: "config")
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: keys("]]]]y"))
        EventLoop.run(&state, on: terminal) { _ in .success([]) }
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("“If it depends on Russia"))
        #expect(terminal.frames.last?.text.contains("quote copied with sh") == true)
        #expect(terminal.suspensions.isEmpty, "copying never takes the screen away")
    }

    @Test func withOSC52TheQuoteGoesThroughTheTerminal() {
        var state = ReaderState(article: ArticleFixture.seed, size: Size(width: 80, height: 24))
        state.shared.config = ConfigParser.parse("osc52 yes", file: "config")
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: keys("]y"))
        EventLoop.run(&state, on: terminal) { _ in .success([]) }
        #expect(terminal.clipboard.count == 1)
        #expect(terminal.clipboard.first?.hasPrefix("“want wars” — Sergey Lavrov") == true)
    }

    @Test func pipeRunsTheCommandOnTheHandedOverTerminalAndWaitsForEnter() throws {
        let file = scratch()
        defer { unlink(file) }
        var state = ReaderState(article: ArticleFixture.seed, size: Size(width: 80, height: 24))
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: keys("|cat > \(file)") + [.key(.enter)])
        EventLoop.run(&state, on: terminal) { _ in .success([]) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == PlainTextView.render(ArticleFixture.seed))
        #expect(terminal.suspensions == [true], "suspended, pausing for Enter after")
        #expect(terminal.frames.last?.text.contains("piped to cat > ") == true)
    }

    @Test func aFailingCommandIsReportedNotFatal() {
        var state = ReaderState(article: ArticleFixture.seed, size: Size(width: 80, height: 24))
        state.shared.config = ConfigParser.parse("copy-command no-such-copier-anywhere", file: "config")
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: keys("]y|exit 3") + [.key(.enter)])
        EventLoop.run(&state, on: terminal) { _ in .success([]) }
        #expect(terminal.frames.contains { $0.text.contains("copy failed: cannot run no-such-copier-anywhere") })
        #expect(terminal.frames.last?.text.contains("exit 3: exited with status 3") == true)
    }

    @Test func oHandsTheLinkToTheBrowserAsOneArgument() throws {
        let file = scratch()
        defer { unlink(file) }
        var article = ArticleReader.plainText("Budget\n\nText.", source: "x.txt")
        article.metadata.link = "https://ledger.example/budget?a=1&b=$(reboot)"
        var state = ReaderState(article: article, size: Size(width: 80, height: 24))
        state.shared.config = ConfigParser.parse("browser \"sh -c 'echo \\\"$1\\\" > \(file)' sh %u\"", file: "config")
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: keys("o"))
        EventLoop.run(&state, on: terminal) { _ in .success([]) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "https://ledger.example/budget?a=1&b=$(reboot)\n")
        #expect(terminal.suspensions == [false], "the terminal is handed over while the browser runs")
        #expect(terminal.frames.last?.text.contains("opened https://ledger.example/budget") == true)
    }

    @Test func theBrowserComesFromTheConfigThenBROWSERThenXdgOpen() {
        #expect(ExternalCommand.browserArguments(for: "https://a.example", configured: "lynx -dump %u", environment: [:])
            == ["lynx", "-dump", "https://a.example"])
        #expect(ExternalCommand.browserArguments(for: "https://a.example", configured: nil, environment: ["BROWSER": "w3m:firefox"])
            == ["w3m", "https://a.example"])
        #expect(ExternalCommand.browserArguments(for: "https://a.example", configured: nil, environment: ["BROWSER": "firefox %s"])
            == ["firefox", "https://a.example"])
        #expect(ExternalCommand.browserArguments(for: "https://a.example", configured: nil, environment: [:]) == ["xdg-open", "https://a.example"])
    }
}
