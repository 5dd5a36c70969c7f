import Foundation
import Testing

/// What a newcomer does in the first ten minutes, with the real binary in a
/// real terminal: open the link, copy a quote, pipe the article, set up keys
/// in the config, open a feed, come back to where they stopped reading.
@Suite(.serialized)
struct WorkflowUnderTmuxTests {
    static let seed = TestData.seed

    /// A folder of its own for a test's config, state and files, removed after.
    final class Scratch {
        let path = NSTemporaryDirectory() + "quoth-e2e-\(UUID().uuidString)"
        init() throws { try FileManager.default.createDirectory(atPath: path + "/config/quoth", withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        /// The environment that points quoth at this folder.
        var environment: String { "XDG_CONFIG_HOME=\(path)/config XDG_STATE_HOME=\(path)/state XDG_DATA_HOME=\(path)/data TERM=xterm-256color LANG=C.UTF-8" }
        func write(_ text: String, to name: String) throws { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        func read(_ name: String) -> String? { try? String(contentsOfFile: path + "/" + name, encoding: .utf8) }
        func waitFor(_ name: String, timeout: TimeInterval = 20) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if let text = read(name), !text.isEmpty { return text }
                usleep(20_000)
            }
            return nil
        }
    }

    static func feed(items: Int) -> String {
        let entries = (1...items).map { n in
            """
            <item><title>Budget story \(n)</title><link>https://ledger.example/budget-\(n)</link>
            <pubDate>Wed, 0\(n) Dec 2009 14:00:00 +0000</pubDate><dc:creator>Ann Reporter</dc:creator>
            <description>&lt;p&gt;"We have a budget at last," Mayor Jane Doe said on day \(n).&lt;/p&gt;</description></item>
            """
        }
        return """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>The Ledger</title>
            \(entries.joined(separator: "\n"))
            </channel></rss>
            """
    }

    @Test func oOpensTheLinkInTheBrowserWithTheTerminalHandedOverAndBack() throws {
        let scratch = try Scratch()
        try scratch.write(Self.feed(items: 1), to: "one.rss")
        // The "browser" writes down its argument and the terminal's modes, then exits.
        try scratch.write("#!/bin/sh\nstty -a > \(scratch.path)/modes\necho \"$1\" > \(scratch.path)/opened\n", to: "browser")
        chmod(scratch.path + "/browser", 0o755)
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.kill() }
        try session.type("BROWSER=\(scratch.path)/browser \(scratch.environment) \(session.binary) \(scratch.path)/one.rss", enter: true)
        try session.waitFor("https://ledger.example/budget-1")
        try session.waitFor("By Ann Reporter")
        try session.keys("o")
        #expect(scratch.waitFor("opened") == "https://ledger.example/budget-1\n")
        let modes = scratch.waitFor("modes") ?? ""
        #expect(modes.contains(" icanon") && modes.contains(" echo "), "the browser had the shell's terminal, not quoth's")
        try session.waitFor("opened https://ledger.example/budget-1")
        #expect(try session.capture().contains("Budget story 1"), "quoth drew its screen again")
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }

    @Test func yCopiesAQuoteThroughOSC52WhenTheConfigAllowsIt() throws {
        let scratch = try Scratch()
        try scratch.write("osc52 yes\n", to: "config/quoth/config")
        let session = try TmuxSession(width: 120, height: 30)
        defer { session.kill() }
        try session.setOption("set-clipboard", "on")
        try session.type("\(scratch.environment) \(session.binary) '\(Self.seed)'", enter: true)
        try session.waitFor("9 quotes · 3 speakers")
        try session.keys("]", "]", "]", "]", "y")
        try session.waitFor("quote copied (OSC 52)")
        let copied = try session.pasteBuffer()
        #expect(copied.hasPrefix("“If it depends on Russia, then there will be no war."))
        #expect(copied.contains("” — Sergey Lavrov, Russian Foreign Minister ("))
        try session.keys("Q")
    }

    @Test func pipeSendsTheArticleToACommandAndComesBackOnEnter() throws {
        let scratch = try Scratch()
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.kill() }
        try session.type("\(scratch.environment) \(session.binary) '\(Self.seed)'", enter: true)
        try session.waitFor("9 quotes · 3 speakers")
        try session.keys("|")
        try session.type("wc -w > \(scratch.path)/words; echo PIPED-OK")
        try session.keys("Enter")
        try session.waitFor("[quoth: press Enter to go back]")
        #expect(try session.capture().contains("PIPED-OK"), "the command's output is on the terminal")
        try session.keys("Enter")
        try session.waitFor("piped to wc -w")
        let words = Int(scratch.read("words")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        #expect(words > 300, "the whole article went down the pipe: \(words) words")
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }

    @Test func theConfigBindsKeysAndReportsItsBadLines() throws {
        let scratch = try Scratch()
        try scratch.write("bind-key x quit\ncolour text red default\nbind-key ^N line-down\n", to: "config/quoth/config")
        let session = try TmuxSession(width: 160, height: 30)
        defer { session.kill() }
        try session.type("\(scratch.environment) \(session.binary) '\(Self.seed)'", enter: true)
        try session.waitFor("config:2: unknown setting 'colour'")
        try session.keys("C-n")
        try session.waitFor("READER")
        try session.keys("x")
        try session.typeExitStatus()
        let after = try session.waitFor("QUOTH-EXIT=0")
        #expect(after.contains("quoth: \(scratch.path)/config/quoth/config:2: unknown setting 'colour'"), "and again on stderr after")
    }

    @Test func aFeedOpensAsALibraryOfItsItems() throws {
        let scratch = try Scratch()
        try scratch.write(Self.feed(items: 3), to: "ledger.rss")
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.kill() }
        try session.type("\(scratch.environment) \(session.binary) \(scratch.path)/ledger.rss", enter: true)
        try session.waitFor("3 articles")
        try session.waitFor("quoth library — The Ledger")
        // RSS dates, shown short and local (the shell has no TZ: UTC), sorted as dates.
        try session.waitFor("1 Dec 2009")
        try session.keys("o", "o")
        let newest = try session.waitFor("newest first")
        let rows = newest.split(separator: "\n")
        #expect(rows.firstIndex { $0.contains("Budget story 3") }! < rows.firstIndex { $0.contains("Budget story 1") }!)
        try session.keys("o", "o", "g", "j", "Enter")
        try session.waitFor("Budget story 2")
        try session.waitFor("2/3 ·")
        try session.keys(">")
        try session.waitFor("Budget story 3")
        try session.keys("q")
        try session.waitFor(" LIBRARY ")
        try session.keys("Q")
    }

    @Test func aFeedURLOpensAsALibraryToo() throws {
        let scratch = try Scratch()
        try scratch.write(Self.feed(items: 3), to: "ledger.rss")
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: try #require(python, "python3 serves the feed"))
        server.arguments = ["-c", """
            import http.server, functools, sys
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
            httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
            open(sys.argv[1] + "/port", "w").write(str(httpd.server_port))
            httpd.serve_forever()
            """, scratch.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // SIGKILL: the test runner's threads block SIGTERM, and the server would inherit that.
        defer {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        let port = try #require(scratch.waitFor("port"))
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.kill() }
        try session.type("\(scratch.environment) \(session.binary) http://127.0.0.1:\(port)/ledger.rss", enter: true)
        try session.waitFor("3 articles")
        try session.keys("G", "Enter")
        try session.waitFor("Budget story 3")
        try session.keys("Q")
    }

    @Test func aFileOpenedDirectlyReopensWhereReadingStopped() throws {
        let scratch = try Scratch()
        // The seed is long enough to page through at 80×12.
        let article = TestData.seed
        let session = try TmuxSession(width: 80, height: 12)
        defer { session.kill() }
        let command = "\(scratch.environment) \(session.binary) '\(article)'"
        try session.type(command, enter: true)
        let first = try session.waitFor(" READER ")
        try session.keys("Space", "Space")
        usleep(200_000)
        let moved = try session.capture()
        #expect(moved != first)
        try session.keys("q")
        try session.type("clear; " + command, enter: true)
        try session.waitFor(" READER ")
        usleep(200_000)
        let reopened = try session.capture()
        // The same text at the top and the same percentage, not the first page.
        #expect(reopened.split(separator: "\n").dropFirst().first == moved.split(separator: "\n").dropFirst().first)
        #expect(reopened.split(separator: "\n").last == moved.split(separator: "\n").last)
        try session.keys("q")
    }
}
