import Foundation
import Testing

/// The release binary, driven through tmux like a person at a terminal.
///
/// Needs tmux (CI installs it) and a built quoth: `.build/release/quoth`
/// (CI runs `swift build -c release` first), else `.build/debug/quoth`.
@Suite(.serialized)
struct ReaderUnderTmuxTests {
    @Test func readJumpFilterResizeAndQuitLeavesATidyTerminal() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.kill() }
        let seed = TestData.seed

        // quoth runs from an interactive shell, so the shell's terminal modes can be checked after.
        try session.type("TERM=xterm-256color LANG=C.UTF-8 \(session.binary) '\(seed)'", enter: true)
        try session.waitFor("9 quotes · 3 speakers")
        try session.waitFor("Volodymyr Zelensky")

        // Pick Zelensky in the sidebar and step through his quotes with }.
        try session.keys("s")
        try session.waitFor(" SPEAKERS ")
        let zelenskyRow = try #require(session.capture().split(separator: "\n").firstIndex { $0.contains("● Volodymyr Zelensky") })
        let lavrovRow = try #require(session.capture().split(separator: "\n").firstIndex { $0.contains("● Sergey Lavrov") })
        for _ in 0..<(zelenskyRow > lavrovRow ? 1 : 0) { try session.keys("j") }
        try session.keys("}")
        try session.waitFor("Volodymyr Zelensky: quote 1 of 3")
        try session.keys("}")
        try session.waitFor("Volodymyr Zelensky: quote 2 of 3")
        try session.keys("}")
        try session.waitFor("Volodymyr Zelensky: quote 3 of 3")
        try session.keys("}")
        try session.waitFor("Volodymyr Zelensky: quote 1 of 3")

        // The quote view, filtered as you type.
        try session.keys("f")
        try session.waitFor("9 of 9 quotes")
        try session.keys("/")
        try session.type("panic")
        try session.waitFor("3 of 9 quotes")
        let filtered = try session.capture()
        #expect(!filtered.contains("Sergey Lavrov "))
        #expect(filtered.contains("“We don't need panic,”"))

        // Enter commits the filter on its first match; a second Enter lands on the quote in the article.
        try session.keys("Enter")
        try session.waitFor(" QUOTES  ")
        try session.keys("Enter")
        try session.waitFor(" READER ")
        try session.waitFor("inducing \"panic.\"")
        let colours = try session.capture(escapes: true)
        #expect(colours.contains("\u{1B}[7m") || colours.contains(";7m"), "the selected quote is drawn reversed")

        // Resize: re-wrapped, same passage in view, no crash.
        try session.resize(width: 50, height: 14)
        try session.waitFor("panic")
        try session.resize(width: 24, height: 6)
        try session.waitFor("too small")
        try session.resize(width: 100, height: 30)
        try session.waitFor("9 quotes · 3 speakers")

        // Q quits at once; the shell gets its cooked terminal back.
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
        let modes = try session.terminalModes()
        #expect(modes.contains("icanon") && modes.contains("echo"))
        #expect(!modes.contains("-icanon") && !modes.contains("-echo"))
    }

    @Test func interruptRestoresTheTerminalToo() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.kill() }
        try session.type("TERM=xterm-256color LANG=C.UTF-8 \(session.binary)", enter: true)
        try session.waitFor("quotes ·")
        try session.keys("C-c")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=130")
        let modes = try session.terminalModes()
        #expect(modes.contains("icanon") && !modes.contains("-icanon"))
    }

    @Test func pipedInputIsReadAndKeysComeFromTheTerminal() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.kill() }
        let seed = TestData.seed
        try session.type("TERM=xterm-256color LANG=C.UTF-8 \(session.binary) - < '\(seed)'", enter: true)
        try session.waitFor("9 quotes · 3 speakers")
        try session.keys("G")
        try session.waitFor("100%")
        try session.keys("q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }

    @Test func withoutATerminalTheArticleIsPrintedAsText() throws {
        let seed = TestData.seed
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try TmuxSession.findBinary())
        process.arguments = [seed]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.hasPrefix("Russia's top diplomat says Moscow doesn't 'want wars'"))
        #expect(output.contains("\n- Russia's top diplomat warned"))
        #expect(!output.contains("\u{1B}"))
    }
}
