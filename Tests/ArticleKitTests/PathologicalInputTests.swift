import Foundation
import Testing
@testable import ArticleKit
#if canImport(Glibc)
import Glibc
#endif

/// Hostile or broken input is handled in bounded time and memory, or refused
/// with one clear line. Each input is generated here; the ones too big for CI
/// (a 100 MB file read whole, a folder of 100,000 files) are measured by
/// `.ci/fuzz big` instead.
///
/// Time limits are loose on purpose: `swift test` builds without
/// optimisation on a shared two-core machine, and the point is to catch
/// quadratic work (minutes), not to benchmark (`quoth bench` does that).
@Suite struct PathologicalInputTests {
    /// Generous for a debug build; a quadratic pass over these inputs takes minutes.
    static let limit: Duration = .seconds(20)

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-pathological-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` and returns its result and how long it took.
    func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, clock.now - start)
    }

    func read(_ text: String, as name: String = "test.txt") throws -> [Article] {
        try ArticleReader().articles(from: Data(text.utf8), source: name)
    }

    // MARK: Quote marks

    @Test func aHundredThousandQuoteMarksAlone() throws {
        let (articles, elapsed) = try timed { try read("Title\n\n" + String(repeating: "\"", count: 100_000)) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.isEmpty)   // marks around nothing quote nothing
    }

    @Test func aHundredThousandQuotesInOneParagraph() throws {
        // 50,000 quotes and 50,000 cues in one sentence with no full stop:
        // the worst case for attribution, which looks at every cue per quote.
        let text = "Title\n\nShe said " + String(repeating: "\"word\" he said and ", count: 50_000) + "done."
        let (articles, elapsed) = try timed { try read(text) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.count == 50_000)
    }

    @Test func twentyThousandQuotedParagraphs() throws {
        // 100,000 of them take about a second in a release build: `.ci/fuzz big`.
        let text = "Title\n\n" + String(repeating: "\"We will see,\" the minister said.\n\n", count: 20_000)
        let (articles, elapsed) = try timed { try read(text) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.count == 20_000)
        #expect(articles[0].speakers.first?.quoteCount == 20_000)
    }

    @Test func thousandsOfPeopleSharingASurname() throws {
        // Each bare "Smith" is weighed against every Smith and every mention
        // before it; over 10,000 quotes that took 90 s in a release build
        // until the resolver was given stretches of text of its own.
        var text = "Title\n\n"
        for i in 0..<3_000 {
            text += "Person\(i) Smith arrived. " + String(repeating: "Filler words go here for a while. ", count: 12)
                + "\"We act,\" Smith said.\n\n"
        }
        let (articles, elapsed) = try timed { try read(text) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.count == 3_000)
        // Every stretch still resolves its "Smith" to one of its own Smiths.
        #expect(articles[0].attributions.allSatisfy { $0.hasPrefix("Person") && $0.hasSuffix(" Smith: We act,") })
    }

    @Test func unclosedQuotesEverywhere() throws {
        // Every paragraph opens a quote and never closes it; each stops at its
        // paragraph's end instead of swallowing the article.
        let paragraphs = (0..<20_000).map { "\u{201C}Nothing ends here, said speaker \($0) and \"again and 'again" }
        let text = "Title\n\n" + paragraphs.joined(separator: "\n\n")
        let (articles, elapsed) = try timed { try read(text) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        let quotes = articles[0].quotes
        #expect(quotes.count >= 20_000)
        #expect(quotes.allSatisfy { $0.paragraph < articles[0].paragraphs.count })
        #expect(quotes.allSatisfy { $0.text.count < 100 })
    }

    @Test func unclosedQuotesOnOneLongLine() throws {
        // One sentence with 30,000 opening marks and no closing one: each
        // second mark is read as closing the one before, and none swallows the line.
        let text = "Title\n\n" + String(repeating: "He said \u{201C}and then ", count: 30_000)
        let (articles, elapsed) = try timed { try read(text) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.count == 15_000)
        #expect(articles[0].quotes.allSatisfy { $0.text == "and then He said" })
    }

    @Test func aOneMegabyteSingleLine() throws {
        // No full stop is ever followed by a capital here, so the whole line
        // is one "sentence" unless the attributor cuts it. 10 MB: `.ci/fuzz big`.
        var line = ""
        let sentence = "\"We will not be moved,\" said the minister, and Mr Smith added: \"not today.\" "
        while line.utf8.count < 1 << 20 { line += sentence }
        let (articles, elapsed) = try timed { try read(line) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.count > 25_000)
    }

    // MARK: Markup

    @Test func tenThousandNestedElements() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 10_000)
            + "<p>\u{201C}Deep down,\u{201D} the diver said, \u{201C}it is quiet.\u{201D} The sea was calm and the boat waited above for the long ascent to begin.</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let (articles, elapsed) = try timed { try read(html, as: "deep.html") }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.map(\.text) == ["Deep down,", "it is quiet."])
    }

    @Test func tenThousandNestedFeedElements() throws {
        let body = String(repeating: "<x>", count: 10_000) + String(repeating: "</x>", count: 10_000)
        let feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>Deep</title>"
            + "<description>&lt;p&gt;\"Still here,\" she said.&lt;/p&gt;</description>\(body)</item></channel></rss>"
        let (result, elapsed) = timed { Result { () throws(ReadError) in try ArticleReader().articles(from: Data(feed.utf8), source: "deep.rss") } }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        // Deeper than libxml2 will go: refused with a reason, or read; never a crash.
        if case .success(let articles) = result { #expect(articles.count == 1) }
    }

    // MARK: Bytes

    @Test func nulBytesAreRefusedAsBinaryWithAReason() throws {
        let text = "Title\n\n\"Hello,\" he said.\u{0}\u{0}\u{0}"
        #expect(throws: ReadError(path: "nul.txt", reason: "binary file (not text)")) {
            try read(text, as: "nul.txt")
        }
        #expect(throws: ReadError(path: "nul.html", reason: "binary file (not a web page)")) {
            try read("<p>\u{0}</p>", as: "nul.html")
        }
    }

    @Test func nulBytesPastTheSniffedHeadAreReadAsText() throws {
        // The binary check looks at the first 8 KB; NULs after it reach the analyser.
        let head = String(repeating: "Plain words fill the head of this file. ", count: 300)
        let tail = String(repeating: "\"Null\u{0}here,\" he\u{0} said.\u{0}\n\n", count: 10_000)
        let (articles, elapsed) = try timed { try read("Title\n\n" + head + "\n\n" + tail) }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(articles[0].quotes.count == 10_000)
    }

    @Test func invalidUTF8ThroughoutIsReadAsWindows1252() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = Array("Title\n\n".utf8)
        for _ in 0..<(1 << 20) {
            // Mostly lone continuation and lead bytes, some ASCII quotes and spaces.
            let b = UInt8.random(in: 0x80...0xFF, using: &generator)
            bytes.append(b % 16 == 0 ? 0x22 : b % 16 == 1 ? 0x20 : b)
        }
        for name in ["bad.txt", "bad.html", "bad.rss"] {
            let (result, elapsed) = timed { Result { () throws(ReadError) in try ArticleReader().articles(from: Data(bytes), source: name) } }
            #expect(elapsed < Self.limit, "\(name) took \(elapsed)")
            if name == "bad.txt" {
                let article = try result.get()[0]
                #expect(article.warnings == ["not valid UTF-8; read as Windows-1252"])
            }
        }
    }

    // MARK: Files

    @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("huge.txt").path
        // Sparse: 100 MB on paper, no disk or time spent writing it.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 100 << 20) == 0)
        let (result, elapsed) = timed { Result { () throws(ReadError) in try ArticleReader().read(path) } }
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        #expect(throws: ReadError(path: path, reason: "too large (100 MB; the limit is 64 MB)")) { try result.get() }
    }

    @Test func aLinkIsJudgedByItsTarget() throws {
        // The size check once looked at the link itself (a few bytes), so a
        // link let any file past the limit.
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("big.txt").path
        let link = dir.appendingPathComponent("link.txt").path
        FileManager.default.createFile(atPath: target, contents: Data(String(repeating: "word ", count: 1000).utf8))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: ReadError(path: link, reason: "too large (0 MB; the limit is 0 MB)")) {
            try ArticleReader(maximumFileSize: 1000).read(link)
        }
        #expect(try ArticleReader().read(link).count == 1)
    }

    @Test func aSymbolicLinkLoopIsRefused() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt").path
        let b = dir.appendingPathComponent("b.txt").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("self").path, withDestinationPath: dir.path)
        let reason = "too many levels of symbolic links (a link loop?)"
        #expect(throws: ReadError(path: a, reason: reason)) { try ArticleReader().read(a) }
        // A folder holding the loop and a link to itself: listed, never entered twice.
        var failures: [String] = []
        let (_, elapsed) = timed {
            ArticleBatch.read([dir.path]) { item in
                if case .failure(let error) = item { failures.append(error.description) }
            }
        }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(failures.isEmpty)   // links that lead nowhere are not article files
        #expect(InputCollector.collect([a]).errors == [ReadError(path: a, reason: reason)])
    }

    @Test func aNamedPipeIsRefusedWithoutBlocking() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        // Nobody ever writes to it: a blocking open would wait forever.
        let (result, elapsed) = timed { Result { () throws(ReadError) in try ArticleReader().read(fifo) } }
        #expect(elapsed < .seconds(2), "took \(elapsed)")
        #expect(throws: ReadError(path: fifo, reason: "not a regular file (a named pipe)")) { try result.get() }
        // Inside a folder it is not an article file at all.
        #expect(InputCollector.collect([dir.path]).files.isEmpty)
        // Devices too: /dev/zero would otherwise be read forever.
        #expect(throws: ReadError(path: "/dev/zero", reason: "not a regular file (a device)")) {
            try ArticleReader().read("/dev/zero")
        }
    }

    /// Tests run as root, and root reads a chmod 000 file regardless. A file
    /// root cannot read either is a write-only sysctl (the kernel checks its
    /// mode even for root), so that is the honest unreadable file here; as
    /// another user a chmod 000 file serves.
    @Test func anUnreadableFileIsRefusedWithAReason() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path: String
        if geteuid() == 0 {
            path = "/proc/sys/vm/drop_caches"
            try #require(access(path, F_OK) == 0 && open(path, O_RDONLY) < 0, "no write-only file to test with")
        } else {
            path = dir.appendingPathComponent("secret.txt").path
            FileManager.default.createFile(atPath: path, contents: Data("Secret\n\nText.".utf8))
            #expect(chmod(path, 0) == 0)
        }
        #expect(throws: ReadError(path: path, reason: "permission denied")) { try ArticleReader().read(path) }
        #expect(ArticleReader.reason(errno: EACCES) == "permission denied")
    }

    @Test func aFolderOfManyTinyFilesIsReadInOrder() throws {
        // 2,000 here; 100,000 in `.ci/fuzz big`.
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<2_000 {
            FileManager.default.createFile(atPath: dir.appendingPathComponent("\(i).txt").path,
                                           contents: Data("Note \(i)\n\n\"Item \(i),\" she said.\n".utf8))
        }
        var titles: [String] = []
        let (_, elapsed) = timed {
            ArticleBatch.read([dir.path]) { item in
                if case .article(let a) = item { titles.append(a.title) }
            }
        }
        #expect(elapsed < Self.limit, "took \(elapsed)")
        #expect(titles == (0..<2_000).map { "Note \($0)" })
    }
}
