import Foundation
import Testing

/// Article bytes never drive the terminal, and every way out restores it.
@Suite(.serialized)
struct TerminalSafetyTests {
    /// An article whose title, text and speaker carry escape sequences: OSC
    /// (set the window title), CSI (clear, colour), DCS, a C1 CSI and a bidi override.
    static func hostileArticle() throws -> String {
        let path = NSTemporaryDirectory() + "quoth-hostile-\(UUID().uuidString.prefix(8)).txt"
        let text = "Evil \u{1B}]0;PWNED\u{07} title \u{1B}[2J here\n\n"
            + "\"Hello \u{1B}[31mred\u{1B}[0m world,\" said Mr \u{1B}]2;OWNED\u{1B}\\Evil Speaker.\n\n"
            + "Body with DCS \u{1B}P1;2q\u{1B}\\ and C1 \u{9B}2J and bidi \u{202E}desrever text.\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func escapeSequencesInArticlesAndThemesShowAsSymbols() throws {
        let article = try Self.hostileArticle()
        let theme = NSTemporaryDirectory() + "quoth-hostile-\(UUID().uuidString.prefix(8)).theme"
        try "color title red default\ncolor \u{1B}]0;THEMED\u{07} blue default\n".write(toFile: theme, atomically: true, encoding: .utf8)
        defer { unlink(article); unlink(theme) }
        let session = try TmuxSession(width: 100, height: 24)
        defer { session.kill() }
        let before = try session.paneTitle()

        try session.type("TERM=xterm-256color LANG=C.UTF-8 \(session.binary) --theme '\(theme)' '\(article)'", enter: true)
        let screen = try session.waitFor("1 quote · 1 speaker")
        #expect(screen.contains("␛]0;PWNED␇"), "the OSC sequence is drawn, not obeyed")
        #expect(screen.contains("␛[31mred␛[0m"))
        #expect(screen.contains("⟨U+009B⟩"))
        #expect(screen.contains("⟨U+202E⟩"))
        #expect(try session.paneTitle() == before, "the window title is untouched")
        // The title bar is still the first line: nothing cleared or moved the screen.
        #expect(screen.split(separator: "\n").first?.contains("Evil") == true)

        try session.keys("Q")
        try session.typeExitStatus()
        let after = try session.waitFor("QUOTH-EXIT=0")
        #expect(after.contains("␛]0;THEMED␇"), "the theme warning shows the bad line made visible")
        #expect(try session.paneTitle() == before)
    }

    @Test func twoHundredResizesInTwoSecondsLeaveACorrectScreen() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.kill() }
        try session.type("TERM=xterm-256color LANG=C.UTF-8 \(session.binary)", enter: true)
        try session.waitFor("9 quotes · 3 speakers")
        let start = Date()
        for i in 0..<200 {
            try session.resize(width: 40 + (i * 37) % 100, height: 8 + (i * 11) % 30)
        }
        #expect(Date().timeIntervalSince(start) < 10)
        try session.resize(width: 100, height: 30)
        let screen = try session.waitFor("9 quotes · 3 speakers")
        #expect(screen.contains(" Speakers "))
        #expect(screen.contains("Sergey Lavrov"))
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }

    /// SIGTERM and SIGHUP end quoth cleanly; SIGSEGV stands for a fatal error
    /// while drawing. Each leaves the shell a cooked terminal.
    @Test(arguments: [SIGTERM, SIGHUP, SIGSEGV])
    func signalsRestoreTheTerminal(_ signal: Int32) throws {
        let article = try Self.hostileArticle()
        defer { unlink(article) }
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.kill() }
        try session.type("TERM=xterm-256color LANG=C.UTF-8 \(session.binary) '\(article)'; echo QUOTH-EXIT=$?", enter: true)
        try session.waitFor("1 quote · 1 speaker")
        let pid = try #require(Self.processes(running: article).first, "quoth is running")
        kill(pid, signal)
        // 128 + the signal's number, as a shell reports a process a signal ended.
        try session.waitFor("QUOTH-EXIT=\(128 + signal)")
        let modes = try session.terminalModes()
        #expect(modes.contains("icanon") && modes.contains("echo"))
        #expect(!modes.contains("-icanon") && !modes.contains("-echo"))
    }

    @Test func suspendAndResumeRedraw() throws {
        let article = try Self.hostileArticle()
        defer { unlink(article) }
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.kill() }
        try session.type("TERM=xterm-256color LANG=C.UTF-8 \(session.binary) '\(article)'", enter: true)
        try session.waitFor("1 quote · 1 speaker")
        try session.keys("C-z")
        try session.waitFor("Stopped")
        let modes = try session.terminalModes()
        #expect(modes.contains("icanon") && !modes.contains("-icanon"), "the shell has a cooked terminal while quoth is stopped")
        try session.type("fg", enter: true)
        let screen = try session.waitFor("1 quote · 1 speaker")
        #expect(screen.contains(" Speakers "))
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }

    /// Processes whose command line mentions `argument` (read from /proc).
    static func processes(running argument: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.first.map { $0.hasSuffix("/quoth") } == true && words.contains(argument) ? pid : nil
        }
    }
}
