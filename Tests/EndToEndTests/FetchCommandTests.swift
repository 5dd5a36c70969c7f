import ArticleKit
import Foundation
import GRDB
import Testing

/// `quoth feeds` and `quoth fetch` as a script runs them, against feeds
/// served on 127.0.0.1 by Python's http.server (which answers
/// If-Modified-Since with 304, as real servers do).
@Suite(.serialized) struct FetchCommandTests {
    /// A folder of files served over HTTP until `stop`, each request on a
    /// thread of its own; a path under /slow answers after a minute, one
    /// under /gate once a file named `open` is in the folder.
    final class FileServer {
        static let script = """
            import functools, http.server, os, sys, time
            class Handler(http.server.SimpleHTTPRequestHandler):
                def do_GET(self):
                    if self.path.startswith('/slow'): time.sleep(60)
                    while self.path.startswith('/gate') and not os.path.exists(os.path.join(sys.argv[1], 'open')): time.sleep(0.05)
                    super().do_GET()
                def log_message(self, *args): pass
            server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Handler, directory=sys.argv[1]))
            print('port', server.server_address[1], flush=True)
            server.serve_forever()
            """

        let process = Process()
        let port: Int

        init(serving folder: URL) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", Self.script, folder.path]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            let words = String(decoding: line, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            guard words.count == 2, words[0] == "port", let port = Int(words[1]) else {
                kill(process.processIdentifier, SIGKILL)
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the test server said: \(String(decoding: line, as: UTF8.self))"])
            }
            self.port = port
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

        /// SIGKILL, not `terminate()`: the test runner's threads block
        /// SIGTERM, and a child inherits the blocked set, so SIGTERM would
        /// wait forever.
        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    static func feed(_ guids: [Int], port: Int) -> String {
        let items = guids.map { n in
            "<item><title>Story \(n)</title><guid>\(n)</guid><link>http://127.0.0.1:\(port)/\(n).html</link><description>"
                + String(repeating: "The council met on Monday and voted on the budget for the year ahead. ", count: 10)
                + "</description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Town Crier</title>\(items.joined())</channel></rss>"
    }

    @Test func fetchSumsUpInOneLineWhenPipedAndNamesEachFailingFeed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-fetch-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let www = root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        let server = try FileServer(serving: www)
        defer { server.stop() }
        let feedFile = www.appendingPathComponent("town.rss")
        try Data(Self.feed([1, 2], port: server.port).utf8).write(to: feedFile)
        let environment = ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                           "XDG_DATA_HOME": root.appendingPathComponent("data").path, "HOME": root.path]
        func quoth(_ arguments: String...) throws -> CommandLineTests.Run {
            return try CommandLineTests.quoth(arguments, environment: environment)
        }

        #expect(try quoth("feeds", "add", server.url("town.rss"), "local").status == 0)
        #expect(try quoth("feeds", "add", server.url("gone.rss")).status == 0)
        let first = try quoth("fetch")
        #expect(first.stdout == "fetched 2 feeds: 2 new articles, 0 not modified, 1 failed\n")
        #expect(first.stderr == "quoth: \(server.url("gone.rss")): HTTP 404 Not Found\n", "one line per failing feed, no progress when piped")
        #expect(first.status == 1)

        let again = try quoth("fetch")
        #expect(again.stdout == "fetched 2 feeds: 0 new articles, 1 not modified, 1 failed\n")

        // The feed gains a story (and a newer date, so If-Modified-Since sees it).
        try Data(Self.feed([3, 1, 2], port: server.port).utf8).write(to: feedFile)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: feedFile.path)
        let third = try quoth("fetch")
        #expect(third.stdout == "fetched 2 feeds: 1 new article, 0 not modified, 1 failed\n")

        let list = try quoth("feeds", "list")
        #expect(list.stdout == """
                3  Town Crier  \(server.url("town.rss"))  [local]
                0  (untitled)  \(server.url("gone.rss"))  last fetch failed: HTTP 404 Not Found

            """)
        #expect(list.status == 0)

        // A data folder that cannot be made (a file is in the way; root ignores
        // permissions, so a read-only folder would not do): one line, exit 1.
        let blocker = root.appendingPathComponent("blocker")
        try Data().write(to: blocker)
        var blocked = environment
        blocked["XDG_DATA_HOME"] = blocker.path
        let unsaved = try CommandLineTests.quoth(["fetch", "--no-pages"], environment: blocked)
        #expect(unsaved.stderr.split(separator: "\n").filter { $0.contains("cannot save") }
                == ["quoth: \(blocker.path)/quoth/feeds.json: cannot save (Not a directory); new articles are not kept"])
        #expect(unsaved.status == 1)
    }

    @Test func onATerminalProgressIsOneLineThatGivesWayToTheSummary() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-fetch-tty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let www = root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        let server = try FileServer(serving: www)
        defer { server.stop() }
        // A hostile feed title: a bidi override and a C1 CSI, legal in XML.
        let hostile = Self.feed([1], port: server.port).replacingOccurrences(of: "Town Crier", with: "Evil \u{202E}desrever \u{9B}2J")
        try Data(hostile.utf8).write(to: www.appendingPathComponent("evil.rss"))
        let session = try TmuxSession(width: 120, height: 20)
        defer { session.kill() }
        let env = "LANG=C.UTF-8 XDG_CONFIG_HOME='\(root.path)/config' XDG_DATA_HOME='\(root.path)/data'"
        try session.type("\(env) \(session.binary) feeds add \(server.url("evil.rss")) >/dev/null; "
                         + "\(env) \(session.binary) feeds add \(server.url("gone.rss")) >/dev/null; clear; "
                         + "\(env) \(session.binary) fetch --no-pages; \(env) \(session.binary) feeds list; echo DONE-$((6*7))", enter: true)
        let screen = try session.waitFor("DONE-42")
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("quoth: \(server.url("gone.rss")): HTTP 404 Not Found"))
        #expect(lines.contains("fetched 2 feeds: 1 new article, 0 not modified, 1 failed"))
        #expect(!screen.contains("fetching "), "the progress line is cleared, not left behind")
        #expect(screen.contains("Evil ⟨U+202E⟩desrever ⟨U+009B⟩2J"), "a feed's title is drawn visible")
    }

    @Test func killedMidFetchItKeepsEveryFeedRecordedAndTheNextFetchGoesOn() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-fetch-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let www = root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www.appendingPathComponent("slow"), withIntermediateDirectories: true)
        let server = try FileServer(serving: www)
        defer { server.stop() }
        for name in ["a.rss", "b.rss", "slow/c.rss"] {
            try Data(Self.feed([1], port: server.port).utf8).write(to: www.appendingPathComponent(name))
        }
        let environment = ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                           "XDG_DATA_HOME": root.appendingPathComponent("data").path, "HOME": root.path]
        for name in ["a.rss", "b.rss", "slow/c.rss"] {
            #expect(try CommandLineTests.quoth(["feeds", "add", server.url(name)], environment: environment).status == 0)
        }
        let fetch = Process()
        fetch.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        fetch.arguments = ["fetch", "--no-pages", "--timeout", "120"]
        fetch.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        fetch.standardOutput = FileHandle.nullDevice
        fetch.standardError = FileHandle.nullDevice
        try fetch.run()
        // Wait until the two quick feeds are recorded in the store, while the slow one hangs; then kill -9.
        let database = root.appendingPathComponent("data/quoth/quoth.sqlite").path
        func recorded() -> [String] {
            (try? Self.rows(database, "SELECT url FROM feeds WHERE last_fetched IS NOT NULL ORDER BY url")) ?? []
        }
        let deadline = Date().addingTimeInterval(30)
        while recorded().count < 2 && Date() < deadline { usleep(20_000) }
        kill(fetch.processIdentifier, SIGKILL)
        fetch.waitUntilExit()
        #expect(fetch.terminationReason == .uncaughtSignal, "killed mid-fetch, not finished")
        #expect(recorded() == [server.url("a.rss"), server.url("b.rss")], "every feed recorded before the kill is kept whole")
        #expect(try Self.rows(database, "SELECT f.url || ' ' || a.title FROM articles a JOIN feeds f ON f.id = a.feed_id ORDER BY f.url")
                == [server.url("a.rss") + " Story 1", server.url("b.rss") + " Story 1"], "with its article")

        let list = try CommandLineTests.quoth(["feeds", "list"], environment: environment)
        #expect(list.stdout.split(separator: "\n").map { $0.split(separator: " ").first ?? "" } == ["1", "1", "-"])
        let next = try CommandLineTests.quoth(["fetch", "--no-pages", "--timeout", "1"], environment: environment)
        #expect(next.stdout == "fetched 3 feeds: 0 new articles, 2 not modified, 1 failed\n")
        #expect(next.stderr == "quoth: \(server.url("slow/c.rss")): timed out after 1 s\n")
    }

    /// One column of a query on the store's real file, opened as another
    /// process would (read-only, waiting for a writer).
    static func rows(_ database: String, _ sql: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: database) else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        return try DatabaseQueue(path: database, configuration: configuration).read { try String.fetchAll($0, sql: sql) }
    }

    @Test func fetchedArticlesLiveInTheStoreAnalysedAndAnswerTheDataCommands() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-fetch-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let www = root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        let server = try FileServer(serving: www)
        defer { server.stop() }
        let quoted = Self.feed([1, 2], port: server.port).replacingOccurrences(
            of: "<description>", with: "<description>&quot;We will keep the libraries open,&quot; said Mayor Ann Jones. ")
        let feedFile = www.appendingPathComponent("town.rss")
        try Data(quoted.utf8).write(to: feedFile)
        let environment = ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                           "XDG_DATA_HOME": root.appendingPathComponent("data").path, "HOME": root.path]
        func quoth(_ arguments: String...) throws -> CommandLineTests.Run {
            try CommandLineTests.quoth(arguments, environment: environment)
        }
        // A feeds.json from before the store: one feed with one story, moved in by the first fetch.
        let old = root.appendingPathComponent("data/quoth/feeds.json")
        var ledger = JSONFetchLedger.open(old).ledger
        let story = ArticleReader.plainText("Old story\n\n\"It was a long night,\" said Bob Hale.", source: "http://127.0.0.1:9/old.html")
        try ledger.record(FeedFetchResult(url: "http://127.0.0.1:9/old.rss", outcome: .updated(.init(
            title: "Old Wire", newItems: [FetchedItem(key: "old-1", article: story)], validators: FeedValidators(etag: "\"e\""), itemCount: 1))), at: Date())

        #expect(try quoth("feeds", "add", server.url("town.rss")).status == 0)
        let first = try quoth("fetch", "--no-pages")
        #expect(first.stdout == "fetched 1 feed: 2 new articles, 0 not modified, 0 failed\n")
        #expect(first.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: old.path) && FileManager.default.fileExists(atPath: old.path + ".retired"),
                "feeds.json is moved into the store and retired")
        let second = try quoth("fetch", "--no-pages")
        #expect(second.stdout == "fetched 1 feed: 0 new articles, 1 not modified, 0 failed\n")

        let database = root.appendingPathComponent("data/quoth/quoth.sqlite").path
        #expect(try Self.rows(database, """
            SELECT f.url || ' | ' || a.item_key || ' | ' || a.title || ' | ' || a.source FROM articles a JOIN feeds f ON f.id = a.feed_id ORDER BY a.id
            """) == ["http://127.0.0.1:9/old.rss | old-1 | Old story | http://127.0.0.1:9/old.html",
                     "\(server.url("town.rss")) | 1 | Story 1 | \(server.url("1.html"))",
                     "\(server.url("town.rss")) | 2 | Story 2 | \(server.url("2.html"))"], "each item once, under its feed and key")
        #expect(try Self.rows(database, "SELECT q.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.title = 'Story 1'")
                == ["We will keep the libraries open,"], "analysed when fetched")
        #expect(try Self.rows(database, "SELECT ifnull(last_modified, '-') FROM feeds WHERE url = '\(server.url("town.rss"))'") != ["-"],
                "the validators for the next conditional GET")

        let list = try quoth("feeds", "list")
        #expect(list.stdout == "    2  Town Crier  \(server.url("town.rss"))\n")

        // The whole store answers for fetched articles too.
        let quotes = try quoth("quotes", "--store", "--speaker", "Ann Jones", "--format", "jsonl")
        #expect(quotes.status == 0)
        #expect(quotes.stdout.split(separator: "\n").count == 2)
        #expect(quotes.stdout.contains("{\"article\":\"\(server.url("1.html"))\""))
        let speakers = try quoth("speakers", "--store")
        #expect(speakers.stdout.contains("Ann Jones"))
        #expect(speakers.stdout.contains("Bob Hale"))
    }

    @Test func whenTheStoreCannotBeOpenedFeedsJSONKeepsTheFeedsUntilItCan() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-fetch-fallback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let www = root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        let server = try FileServer(serving: www)
        defer { server.stop() }
        try Data(Self.feed([1, 2], port: server.port).utf8).write(to: www.appendingPathComponent("town.rss"))
        let environment = ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                           "XDG_DATA_HOME": root.appendingPathComponent("data").path, "HOME": root.path]
        func quoth(_ arguments: String...) throws -> CommandLineTests.Run {
            try CommandLineTests.quoth(arguments, environment: environment)
        }
        #expect(try quoth("feeds", "add", server.url("town.rss")).status == 0)
        // A folder where the database should be: SQLite cannot open it (root
        // ignores permissions, so a read-only folder would not do).
        let data = root.appendingPathComponent("data/quoth")
        let database = data.appendingPathComponent("quoth.sqlite")
        try FileManager.default.createDirectory(at: database, withIntermediateDirectories: true)
        let fetched = try quoth("fetch", "--no-pages")
        #expect(fetched.stdout == "fetched 1 feed: 2 new articles, 0 not modified, 0 failed\n")
        #expect(fetched.stderr == "quoth: \(database.path): opening the store failed: the data folder cannot be written "
                + "(unable to open database file); set XDG_DATA_HOME to a writable folder; "
                + "feeds are kept in \(data.path)/feeds.json instead\n", "one warning")
        #expect(fetched.status == 0)
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("feeds.json").path))

        // The store can be opened again: the next command merges feeds.json in.
        try FileManager.default.removeItem(at: database)
        let list = try quoth("feeds", "list")
        #expect(list.stdout == "    2  Town Crier  \(server.url("town.rss"))\n")
        #expect(list.stderr == "")
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("feeds.json.retired").path))
        #expect(try Self.rows(database.path, "SELECT item_key FROM articles ORDER BY item_key") == ["1", "2"])
        let again = try quoth("fetch", "--no-pages")
        #expect(again.stdout == "fetched 1 feed: 0 new articles, 1 not modified, 0 failed\n", "the validators came along")
    }

    @Test func feedsImportAndExportRoundTrip() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-feeds-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let opml = root.appendingPathComponent("in.opml")
        try Data("""
            <opml version="2.0"><body><outline text="News">
              <outline type="rss" text="Wire" xmlUrl="https://wire.example/rss"/>
              <outline type="rss" text="Shell" xmlUrl="exec:rm -rf ~"/>
            </outline></body></opml>
            """.utf8).write(to: opml)
        let environment = ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                           "XDG_DATA_HOME": root.appendingPathComponent("data").path, "HOME": root.path]
        let imported = try CommandLineTests.quoth(["feeds", "import", opml.path], environment: environment)
        #expect(imported.stdout.hasPrefix("imported 1 feed into "))
        #expect(imported.stderr == "quoth: \(opml.path): outline \"Shell\": not an http(s) feed address; skipped\n")
        #expect(imported.status == 1, "something was skipped")
        let urls = try String(contentsOf: root.appendingPathComponent("config/quoth/urls"), encoding: .utf8)
        #expect(urls == "https://wire.example/rss News ~Wire\n")
        let exported = try CommandLineTests.quoth(["feeds", "export"], environment: environment)
        #expect(exported.stdout.contains("<outline text=\"News\" title=\"News\">"))
        #expect(exported.stdout.contains("<outline type=\"rss\" text=\"Wire\" title=\"Wire\" xmlUrl=\"https://wire.example/rss\"/>"))

        let missing = try CommandLineTests.quoth(["feeds", "import", root.appendingPathComponent("none.opml").path], environment: environment)
        #expect(missing.stderr == "quoth: \(root.path)/none.opml: no such file or directory\n")
        #expect(missing.status == 1)
    }
}
