import ArticleKit
import ArticleStore
import Foundation
import Testing

/// The library on the store, through tmux: a folder indexed once, then
/// `quoth FOLDER` opens from the store beside another folder indexed
/// before, and the quote filter answers by word from the full-text index.
@Suite(.serialized)
struct StoredLibraryUnderTmuxTests {
    @Test(.needsShared("data/bbc/politics"))
    func aSecondLaunchComesFromTheStoreAndFiltersQuotesByWord() throws {
        let home = NSTemporaryDirectory() + "quoth-stored-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let archive = home + "/archive"
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        try "Archive story\n\n\"We are ready for the vote,\" said Mary Jones.\n"
            .write(toFile: archive + "/x.txt", atomically: true, encoding: .utf8)
        let politics = TestData.shared("data/bbc/politics")
        let environment = "XDG_STATE_HOME=\(home)/state XDG_DATA_HOME=\(home)/data TERM=xterm-256color LANG=C.UTF-8"

        let session = try TmuxSession(width: 120, height: 30)
        defer { session.kill() }
        // The first launch's work, done before: both folders indexed.
        try session.type("\(environment) \(session.binary) index '\(archive)' '\(politics)' >/dev/null 2>&1", enter: true)
        try session.typeExitStatus(timeout: 120)
        try session.waitFor("QUOTH-EXIT=0", timeout: 120)

        let opened = try ArticleStore.open(StoreLocation.standard(environment: ["XDG_DATA_HOME": home + "/data"]))
        let articles = try LibraryCatalog(store: opened, given: []).articleCount()
        let expectedWar = try WordSearch(store: opened).quotes(matching: "war", asTyped: true).count

        try session.type("clear; \(environment) \(session.binary) '\(politics)'", enter: true)
        let first = try session.waitFor(" LIBRARY ", timeout: 10)
        // The whole store at once: the folder given and the archive beside it, named.
        let counted = String(articles).reversed().enumerated().map { $0 > 0 && $0 % 3 == 0 ? "\($1)," : "\($1)" }.reversed().joined()
        #expect(first.contains("\(counted) articles"), "title bar: \(first.split(separator: "\n").first ?? "")")
        try session.keys("G")
        let bottom = try session.waitFor("Archive story")
        let row = try #require(bottom.split(separator: "\n").first { $0.contains("Archive story") })
        #expect(row.contains("archive"), "the stored article names where it comes from: \(row)")
        // The check of the files finds nothing changed and says nothing more.
        let deadline = Date().addingTimeInterval(30)
        while try session.capture().contains("checking files"), Date() < deadline { usleep(50_000) }

        // The quote view's filter: the word war, never "aware" or "software".
        try session.keys("f", "/")
        try session.type("war")
        let filtered = try session.waitFor("matching “war”")
        let header = try #require(filtered.split(separator: "\n").first { $0.contains("matching “war”") })
        let listed = Int(header.split(separator: " ").first?.replacingOccurrences(of: ",", with: "") ?? "")
        #expect(listed == expectedWar, "header: \(header)")
        let quoteRows = filtered.split(separator: "\n").filter { $0.contains("“") && !$0.contains("matching") }
        #expect(!quoteRows.isEmpty)
        #expect(!quoteRows.contains { $0.lowercased().contains("aware") || $0.lowercased().contains("software") })

        // Enter keeps the filter; Enter again opens the quote's article whole.
        try session.keys("Enter", "Enter")
        try session.waitFor(" READER ")
        try session.keys("q")
        try session.waitFor("matching “war”")
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")

        // No paths and no feeds: the library the store holds, as indexed.
        try session.type("clear; \(environment) \(session.binary)", enter: true)
        let store = try session.waitFor("quoth library — the store")
        #expect(store.contains("\(counted) articles"))
        try session.keys("Q")
        try session.typeExitStatus()
        try session.waitFor("QUOTH-EXIT=0")
    }

    @Test func withoutAStoreTheLibraryIsReadIntoMemoryWithOneWarning() throws {
        let home = NSTemporaryDirectory() + "quoth-nostore-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        // A data folder that cannot be made (a file in the way; root ignores permissions).
        let blocker = home + "/blocker"
        try Data().write(to: URL(fileURLWithPath: blocker))
        let session = try TmuxSession(width: 200, height: 24)
        defer { session.kill() }
        try session.type("XDG_STATE_HOME=\(home)/state XDG_DATA_HOME=\(blocker) TERM=xterm-256color LANG=C.UTF-8 "
                         + "\(session.binary) '\(TestData.articles)'", enter: true)
        let screen = try session.waitFor("4 articles")
        #expect(screen.contains("cannot make the data folder"), "the status line says why: \(screen)")
        // The in-memory filter, as before the store: it lists quotes as it always did.
        try session.keys("f", "/")
        try session.type("the")
        try session.waitFor("matching “the”")
        try session.keys("Escape", "Escape", "Q")
        try session.typeExitStatus()
        let done = try session.waitFor("QUOTH-EXIT=")
        #expect(done.contains("QUOTH-EXIT=0"))
        #expect(done.split(separator: "\n").filter { $0.contains("a library is read from its files") }.count == 1,
                "on leaving, the warning is said in full, once: \(done)")
    }
}
