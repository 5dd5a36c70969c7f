import ArticleKit
import ArticleStore
import Foundation
import Testing

/// The library of the 2,200 BBC articles, driven through tmux as a person
/// would: the list at once, search, open and back, a speaker's quotes across
/// articles, the filter, Enter into the article, and the state file after.
@Suite(.serialized)
struct LibraryUnderTmuxTests {
    @Test(.needsShared("data/bbc"))
    func browseTheBBCFolder() throws {
        let session = try TmuxSession(width: 120, height: 34)
        defer { session.kill() }
        let bbc = TestData.shared("data/bbc")
        let stateHome = NSTemporaryDirectory() + "quoth-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: stateHome) }

        try session.type("XDG_STATE_HOME=\(stateHome) XDG_DATA_HOME=\(stateHome)/data TERM=xterm-256color LANG=C.UTF-8 \(session.binary) '\(bbc)'", enter: true)
        try session.waitFor(" LIBRARY ")
        try session.waitFor("2,200 articles", timeout: 30)
        // Loading is over when the status line stops counting.
        let deadline = Date().addingTimeInterval(30)
        while try session.capture().contains("reading "), Date() < deadline { usleep(50_000) }

        // Search the list, open the first match, come back to the same place.
        try session.keys("/")
        try session.type("blair")
        try session.waitFor("matching “blair”")
        try session.keys("Enter", "j", "Enter")
        try session.waitFor(" READER ")
        try session.keys("q")
        try session.waitFor(" LIBRARY ")
        try session.waitFor("matching “blair”")

        // Tony Blair in the sidebar: every quote of his across the library.
        try session.keys("s", "/")
        try session.type("tony blair")
        try session.keys("Enter")
        let sidebar = try session.waitFor(" SPEAKERS ")
        let row = try #require(sidebar.split(separator: "\n").first { $0.contains("● Tony Blair") })
        let counted = try #require(Int(row.split(separator: " ").first { $0.contains("/") }?.split(separator: "/").first ?? ""))
        try session.keys("Enter")
        let quotes = try session.waitFor("quotes by Tony Blair")
        let header = try #require(quotes.split(separator: "\n").first { $0.contains("quotes by Tony Blair") })
        let shown = try #require(Int(header.split(separator: " ").first?.replacingOccurrences(of: ",", with: "") ?? ""))
        let folded = header.contains("folded)") ? Int(header.split(separator: "(").last?.split(separator: " ").first ?? "") ?? 0 : 0
        #expect(shown >= 50, "Tony Blair is quoted across many articles: \(header)")
        #expect(shown + folded == counted, "the header (\(header)) agrees with the sidebar's \(counted)")

        // Narrow to "war" and land in the article on that quote.
        try session.keys("/")
        try session.type("war")
        let narrowed = try session.waitFor("matching “war”")
        let from = try #require(narrowed.split(separator: "\n").first { $0.hasPrefix(" from: ") })
        // The preview names the article by title, or by path when another article has the same title.
        let source = String(from.dropFirst(" from: ".count))
        let title = source.hasSuffix(".txt") ? String(source.split(separator: "/").last ?? "") : String(source.prefix(20))
        try session.keys("Enter", "Enter")
        try session.waitFor(" READER ")
        try session.waitFor(title)
        let reader = try session.capture(escapes: true)
        #expect(reader.contains("\u{1B}[7m") || reader.contains(";7m"), "the chosen quote is drawn selected")

        // Back to the quote view, then quit: the store remembers the articles read.
        try session.keys("q")
        try session.waitFor("matching “war”")
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
        let store = try ArticleStore.open(StoreLocation.standard(environment: ["XDG_DATA_HOME": stateHome + "/data"]))
        let marks = try ReadStateStore(store: store).load().articles
        #expect(marks.contains { $0.key.contains("/bbc/") && $0.value.read })
    }

    @Test func aCorruptStateFileIsReportedAndTheLibraryStillLoads() throws {
        // Wide enough for the warning with its long temporary path.
        let session = try TmuxSession(width: 180, height: 24)
        defer { session.kill() }
        let stateHome = NSTemporaryDirectory() + "quoth-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: stateHome) }
        try FileManager.default.createDirectory(atPath: stateHome + "/quoth", withIntermediateDirectories: true)
        try Data("{broken".utf8).write(to: URL(fileURLWithPath: stateHome + "/quoth/state.json"))
        // Two good files and one that is not there.
        try session.type("XDG_STATE_HOME=\(stateHome) XDG_DATA_HOME=\(stateHome)/data TERM=xterm-256color LANG=C.UTF-8 \(session.binary) "
                         + "'\(TestData.seed)' '\(TestData.articles)/sport/1.txt' /no/such.txt", enter: true)
        try session.waitFor("2 articles")
        try session.waitFor("unreadable state file ignored")
        try session.keys("j")
        try session.waitFor("1 file skipped: ! lists them")
        try session.keys("!")
        try session.waitFor("/no/such.txt: no such file or directory")
        try session.keys("q", "q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }
}
