import Foundation
import Testing

/// The feeds view driven through tmux against feeds served on 127.0.0.1:
/// `quoth` with no paths opens it, `R` fetches in the background with
/// progress in the status line while keys keep working, the new articles
/// and unread counts show when it ends, failures are under `!`, an article
/// opens in the reader and comes back read, and the terminal is restored.
@Suite(.serialized) struct FeedsUnderTmuxTests {
    static func feed(_ title: String, _ stories: [String], port: Int) -> String {
        let items = stories.enumerated().map { n, story in
            "<item><title>\(story)</title><guid>\(title)-\(n)</guid><link>http://127.0.0.1:\(port)/\(title)-\(n).html</link>"
                + "<pubDate>Wed, 0\(n + 1) Dec 2026 10:00:00 GMT</pubDate><description>"
                + "\"We will keep the libraries open,\" the mayor said. "
                + String(repeating: "The council met on Monday and voted on the budget for the year ahead. ", count: 10)
                + "</description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>\(items.joined())</channel></rss>"
    }

    @Test func reloadWithRThenReadAnArticleAndQuit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-feeds-tui-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let www = root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www.appendingPathComponent("gate"), withIntermediateDirectories: true)
        let server = try FetchCommandTests.FileServer(serving: www)
        defer { server.stop() }
        try Data(Self.feed("Town Crier", ["Library hours saved", "Budget vote tonight"], port: server.port).utf8)
            .write(to: www.appendingPathComponent("town.rss"))
        // Answers only once the test opens the gate: the reload is caught half way.
        try Data(Self.feed("Late Wire", ["Night shift"], port: server.port).utf8).write(to: www.appendingPathComponent("gate/late.rss"))
        // A hostile feed title: a bidi override and a C1 CSI, legal in XML.
        try Data(Self.feed("Evil \u{202E}desrever \u{9B}2J", ["Bad \u{9B}31m story"], port: server.port).utf8)
            .write(to: www.appendingPathComponent("evil.rss"))
        let environment = ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                           "XDG_DATA_HOME": root.appendingPathComponent("data").path,
                           "XDG_STATE_HOME": root.appendingPathComponent("state").path, "HOME": root.path]
        for (path, tags) in [("town.rss", ["local"]), ("gate/late.rss", []), ("evil.rss", []), ("gone.rss", [])] {
            #expect(try CommandLineTests.quoth(["feeds", "add", server.url(path)] + tags, environment: environment).status == 0)
        }

        let session = try TmuxSession(width: 100, height: 16)
        defer { session.kill() }
        let env = environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        try session.type("clear; \(env) LANG=C.UTF-8 \(session.binary)", enter: true)
        var screen = try session.waitFor(" FEEDS ")
        #expect(screen.contains("4 feeds, 0 unread articles"))
        #expect(screen.contains("0/0  \(server.url("town.rss"))  [local]"), "before a first fetch a feed shows its address")
        #expect(screen.contains("not fetched yet"))

        try session.keys("R")
        screen = try session.waitFor("fetching 3/4 feeds…")
        // Keys keep working while the late feed is fetched: help and back, down a row.
        try session.keys("?")
        try session.waitFor(" HELP ")
        try session.keys("q", "j")
        screen = try session.waitFor(" FEEDS ")
        #expect(screen.contains("fetching 3/4 feeds…"), "still fetching: \(screen)")

        try Data().write(to: www.appendingPathComponent("open"))
        screen = try session.waitFor("4 feeds: 4 new articles, 1 failed — ! lists them")
        #expect(screen.contains("4 unread · 4 feeds"))
        #expect(screen.contains("• 2/2  Town Crier  [local]"))
        #expect(screen.contains("• 1/1  Late Wire"))
        #expect(screen.contains("• 1/1  Evil ⟨U+202E⟩desrever ⟨U+009B⟩2J"), "a feed's title is drawn visible")
        #expect(screen.contains("failed: HTTP 404 Not Found"))
        #expect(!screen.contains("fetching"))

        try session.keys("!")
        screen = try session.waitFor(" PROBLEMS ")
        #expect(screen.contains("\(server.url("gone.rss")): HTTP 404 Not Found"))
        try session.keys("q")

        // The first feed, its newest article, and back: one fewer unread.
        try session.keys("g", "Enter")
        screen = try session.waitFor("Town Crier: 2 articles, 2 unread, newest first")
        let rows = screen.split(separator: "\n").map(String.init)
        let first = try #require(rows.firstIndex { $0.contains("Budget vote tonight") }, "\(screen)")
        let second = try #require(rows.firstIndex { $0.contains("Library hours saved") })
        #expect(first < second, "newest first")
        try session.keys("Enter")
        screen = try session.waitFor(" READER ")
        #expect(screen.contains("We will keep the libraries open"))
        #expect(screen.contains("1/2 · "))
        try session.keys("q")
        try session.waitFor("Town Crier: 2 articles, 1 unread, newest first")
        try session.keys("q")
        try session.waitFor("• 1/2  Town Crier")
        // The hostile feed's article: its title is drawn visible in the list and the reader.
        try session.keys("j", "j", "Enter")
        screen = try session.waitFor("desrever ⟨U+009B⟩2J: 1 article, 1 unread")
        #expect(screen.contains("Bad ⟨U+009B⟩31m story"))
        try session.keys("Enter")
        screen = try session.waitFor(" READER ")
        #expect(screen.contains("Bad ⟨U+009B⟩31m story"), "an article's title is drawn visible")
        try session.keys("q", "q", "q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
        let modes = try session.terminalModes()
        #expect(modes.contains("icanon") && modes.contains("echo"))
        #expect(!modes.contains("-icanon") && !modes.contains("-echo"))

        // The read mark outlives the run: the next launch counts it.
        try session.type("clear; \(env) LANG=C.UTF-8 \(session.binary)", enter: true)
        screen = try session.waitFor(" FEEDS ")
        #expect(screen.contains("• 1/2  Town Crier"))
        #expect(screen.contains("   0/1  Evil"))
        #expect(screen.contains("• 1/1  Late Wire"))
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }
}
