import ArticleKit
import ArticleStore
import Foundation
import Testing
@testable import ReaderUI

/// The library screen running on a real store: the first frame from what
/// is indexed, the quote filter by word from `quotes_fts`, an article
/// opened whole, stored articles from elsewhere named by where they come
/// from, and the background check bringing a changed folder in.
@Suite struct StoredLibraryScreenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A copy of Tests/Fixtures/articles indexed into a store in a folder of its own.
    final class Indexed {
        let folder: URL
        let library: String
        let store: ArticleStore

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-tui-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            library = folder.appendingPathComponent("news").path
            try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("articles").path, toPath: library)
            store = try ArticleStore.open(StoreLocation(url: folder.appendingPathComponent("data/quoth.sqlite")))
            _ = LibraryIndexer(store: store).index([library])
            // As `quoth index` ends: the speakers merged and kept.
            _ = try StoreContents(store: store).mergedSpeakers()
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func screen(_ width: Int = 100, _ height: Int = 14, given: [String]? = nil) throws -> (Screen, StoreLibraryLoader) {
            let catalog = LibraryCatalog(store: store, given: given ?? [library])
            let (launch, loader) = try ReaderLaunch.prepareStored(
                paths: given ?? [library], catalog: catalog,
                settings: LaunchSettings(themes: ThemeLibrary(directories: []), size: Size(width: width, height: height)))
            var screen = Screen(library: [], width, height)
            screen.state = launch.state
            return (screen, loader)
        }
    }

    /// Applies the loader's posts until the last one.
    static func settle(_ screen: inout Screen, _ loader: StoreLibraryLoader) {
        loader.start(interval: 0)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let action = loader.take() {
                _ = screen.state.apply(action)
                if case .libraryContents(_, true) = action { return }
            } else {
                usleep(2000)
            }
        }
        Issue.record("the store loader never finished")
    }

    @Test func theFirstFrameComesFromTheStoreWithTheSpeakersMergedThere() throws {
        let indexed = try Indexed()
        var read: [Article] = []
        ArticleBatch.read([indexed.library]) { if case .article(let a) = $0 { read.append(a) } }
        let (screen, _) = try indexed.screen()
        let library = screen.library
        #expect(library.contents is StoredLibraryContents)
        #expect(library.contents.articleCount == read.count)
        #expect(library.contents.quoteCount == read.flatMap(\.quotes).count)
        let text = screen.text
        let titleBar = try #require(text.split(separator: "\n").first)
        #expect(titleBar.contains("quoth library — news"))
        #expect(titleBar.contains("\(read.count) articles · \(read.flatMap(\.quotes).count) quotes"))
        for article in read { #expect(text.contains(String(article.title.prefix(20)))) }
        // The sidebar lists the merged speakers, most quoted first.
        let top = try #require(library.contents.speakers.first)
        #expect(text.contains(String(top.name.prefix(12))))
        // Checking the files is under way: the status line says so.
        #expect(text.contains("checking files"))
    }

    @Test func theQuoteFilterFindsWordsNotPartsOfWords() throws {
        let indexed = try Indexed()
        try "Dale news\n\n\"I am aware of the software,\" said Ann Okafor.\n\n\"This war must end,\" said Ann Okafor.\n"
            .write(toFile: indexed.library + "/council/dale.txt", atomically: true, encoding: .utf8)
        _ = LibraryIndexer(store: indexed.store).index([indexed.library])
        var (screen, loader) = try indexed.screen()
        Self.settle(&screen, loader)
        screen.press("f / w a r")
        let text = screen.text
        #expect(text.contains("matching “war”"))
        #expect(text.contains("This war must end"))
        #expect(!text.contains("aware of the software"))
        let listed = screen.library.quoteRows.count
        #expect(listed >= 1)
        // Every quote listed holds the word.
        for line in screen.library.quoteRows.lines(0..<listed) {
            #expect(line.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix("war") })
        }
        // Enter keeps the filter; Enter again opens the quote's article, whole.
        screen.press("Enter Enter")
        let opened = try #require(screen.state.articleScreen)
        #expect(!opened.article.paragraphs.isEmpty)
        #expect(opened.article.quotes.contains { $0.text.contains("war") })
        screen.press("q Esc")
        #expect(screen.library.quoteRows.count == screen.library.contents.quoteCount)
    }

    @Test func everyQuoteUnfilteredIsCountedExactlyBeyondTheCountingCap() throws {
        // A filter's matches are counted up to 10,000 a keystroke ("10,000+");
        // with no filter every quote is listed, and the store knows how many.
        let indexed = try Indexed()
        let folder = indexed.library + "/hearings"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in 0..<101 {
            let paragraphs = (0..<100).map { "\"Point \($0) of day \(file) stands,\" Ann Okafor said." }
            try ("Hearing \(file)\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
                .write(toFile: folder + "/day-\(file).txt", atomically: true, encoding: .utf8)
        }
        _ = LibraryIndexer(store: indexed.store).index([indexed.library])
        var (screen, loader) = try indexed.screen()
        Self.settle(&screen, loader)
        let all = screen.library.contents.quoteCount
        #expect(all > 10_100)
        screen.press("f")
        #expect(screen.library.quoteRows.count == all)
        #expect(screen.text.contains(CountText.number(all) + " quotes"))
        #expect(!screen.text.contains("10,000+"))
    }

    @Test func aFilterThatNamesASpeakerSaysHowToListTheirQuotes() throws {
        let indexed = try Indexed()
        var (screen, loader) = try indexed.screen(140, 14)
        Self.settle(&screen, loader)
        let top = try #require(screen.library.contents.speakers.first)
        let surname = try #require(top.name.split(separator: " ").last.map(String.init))
        screen.press("f /" + surname.lowercased())
        #expect(screen.library.namedSpeaker == 0)
        #expect(screen.text.contains("\(top.name)'s own: s, Enter"))
        // Every quote listed holds the word; s then Enter lists the speaker's own.
        screen.press("Enter s Enter")
        #expect(screen.library.chosenSpeaker == 0)
        #expect(screen.library.quoteRows.count == top.quoteCount)
    }

    @Test func choosingASpeakerListsTheirQuotesFromTheStore() throws {
        let indexed = try Indexed()
        var (screen, loader) = try indexed.screen()
        Self.settle(&screen, loader)
        let top = try #require(screen.library.contents.speakers.first)
        screen.press("s Enter")
        #expect(screen.library.chosenSpeaker == 0)
        #expect(screen.library.quoteRows.count == top.quoteCount)
        #expect(screen.text.contains("by \(top.name)"))
        let lines = screen.library.quoteRows.lines(0..<screen.library.quoteRows.count)
        #expect(lines.allSatisfy { $0.speaker == 0 })
    }

    @Test func aChosenSpeakersQuotesComeFromIdsWorkedOutAheadAndAreTheStoresAnswer() throws {
        let indexed = try Indexed()
        var (screen, loader) = try indexed.screen(140, 14)
        Self.settle(&screen, loader)
        let contents = try #require(screen.library.contents as? StoredLibraryContents)
        let catalog = contents.catalog
        // The store's answer, article by article: each member's quotes, narrowed by FTS5.
        let speakers = try catalog.speakers(members: true)
        #expect(speakers.map(\.name) == contents.speakers.map(\.name))
        let words = ["", "the", "wa", "war ", "zzz"]
        for filter in words {
            for (e, speaker) in speakers.enumerated() {
                let rows = contents.quotes(matching: filter, speaker: e, newestFirst: false)
                let listed = rows.lines(0..<rows.count)
                #expect(listed.map(\.key) == (try catalog.quoteIDs(of: speaker.members, matching: filter)), "\(speaker.name), “\(filter)”")
                #expect(listed.allSatisfy { $0.speaker == e })
            }
        }
        // Through the keys: s Enter lists the top speaker's, a filter narrows them.
        let top = try #require(speakers.first)
        screen.press("s Enter")
        #expect(screen.library.quoteRows.count == top.quoteCount)
        screen.press("/ t h e")
        let narrowed = try catalog.quoteIDs(of: top.members, matching: "the")
        #expect(!narrowed.isEmpty && narrowed.count < top.quoteCount)
        #expect(screen.library.quoteRows.lines(0..<narrowed.count).map(\.key) == narrowed)
        #expect(screen.text.contains("\(narrowed.count) quotes by \(top.name) matching “the”"))

        // Read a few of the filter's matches at a time: a floor first ("3+"), exact once counted.
        let stretch = StoredQuoteRows(contents: contents, filter: "the", among: try catalog.quoteIDs(of: top.members, matching: ""),
                                      scanning: 2, enough: 1)
        #expect(!stretch.counted && stretch.count >= 1 && stretch.count < narrowed.count)
        #expect(stretch.lines(0..<stretch.count).map(\.key) == Array(narrowed.prefix(stretch.count)))
        stretch.countAll()
        #expect(stretch.counted && stretch.count == narrowed.count)
        #expect(stretch.lines(0..<stretch.count).map(\.key) == narrowed)
    }

    @Test func sortingByQuotesListsTheArticlesUnsortedUntilTheOrderArrives() throws {
        let indexed = try Indexed()
        // The most quoted article comes last in folder order.
        let lines = (1...6).map { "\"Point \($0) stands,\" said Ann Okafor." }
        try ("Late hearing\n\n" + lines.joined(separator: "\n\n") + "\n")
            .write(toFile: indexed.library + "/sport/zz-hearing.txt", atomically: true, encoding: .utf8)
        _ = LibraryIndexer(store: indexed.store).index([indexed.library])
        var (screen, _) = try indexed.screen(100, 14)
        let catalog = LibraryCatalog(store: indexed.store, given: [indexed.library])
        let listed = try StoredLibraryContents.firstFrame(catalog).listed(loadingNote: "merging speakers")
        _ = screen.state.apply(.libraryContents(listed, done: false))
        let count = listed.articleCount

        // The key answers at once: folder order still, the header and the status say why.
        screen.press("o o o")
        #expect(screen.library.sort == .quotes && screen.library.sortPending)
        #expect(screen.library.rows == Array(0..<count))
        let waiting = screen.text
        #expect(waiting.contains("\(count) listed, \(count) unread, most quotes first (sorting…)"))
        #expect(waiting.contains("articles: most quotes first (sorting…)"))

        // The completed contents bring the order: most quotes first, ties in folder order.
        _ = screen.state.apply(.libraryContents(try listed.completed(loadingNote: nil), done: true))
        let (_, rows) = try catalog.articles()
        let counts = try catalog.quoteCounts()
        let quoted = rows.map { counts[$0.id] ?? 0 }
        let expected = quoted.indices.sorted { quoted[$0] != quoted[$1] ? quoted[$0] > quoted[$1] : $0 < $1 }
        #expect(!screen.library.sortPending)
        #expect(screen.library.rows == expected)
        #expect(expected != Array(0..<count) && expected.first == count - 1)
        #expect(zip(expected, expected.dropFirst()).allSatisfy { quoted[$0] >= quoted[$1] })
        let sorted = screen.text
        #expect(sorted.contains("\(count) listed, \(count) unread, most quotes first"))
        #expect(!sorted.contains("sorting…"))
        #expect(screen.state.message == "articles: most quotes first")
        // Another press goes back to folder order, with nothing to wait for.
        screen.press("o")
        #expect(screen.library.rows == Array(0..<count) && !screen.library.sortPending)
    }

    @Test func theUnreadCountCountsTheArticlesMarkedReadAmongThoseListed() throws {
        let indexed = try Indexed()
        let hearings = indexed.library + "/hearings"
        try FileManager.default.createDirectory(atPath: hearings, withIntermediateDirectories: true)
        for day in 1...8 {
            try "Hearing day \(day)\n\n\"Point \(day) stands,\" said Ann Okafor.\n"
                .write(toFile: hearings + "/day-\(day).txt", atomically: true, encoding: .utf8)
        }
        _ = LibraryIndexer(store: indexed.store).index([indexed.library])
        var (screen, loader) = try indexed.screen(100, 14)
        Self.settle(&screen, loader)
        let contents = screen.library.contents
        let count = contents.articleCount
        #expect(contents.articlePlaces != nil)
        func unreadByHand() -> Int {
            screen.library.rows.filter { !(screen.state.shared.memory.articles[contents.source($0)]?.read ?? false) }.count
        }
        // m marks the article under the cursor read and moves on; twice, two read.
        screen.press("m m")
        #expect(screen.text.contains("\(count) listed, \(count - 2) unread"))
        // A mark for a file not in the library, and one marked unread again, count for nothing.
        var memory = screen.state.shared.memory
        memory.articles["/nowhere/else.txt"] = ReadingMemory.Mark(read: true, offset: 0)
        memory.articles[contents.source(count - 1)] = ReadingMemory.Mark(read: false, offset: 120)
        screen.state.remember(memory)
        #expect(screen.library.unreadCount(in: memory) == count - 2)
        #expect(unreadByHand() == count - 2)
        // Two hearings read too; a search lists the eight: only those of them read count.
        for a in 0..<count where ["Hearing day 1", "Hearing day 2"].contains(contents.summary(a).title) {
            memory.articles[contents.source(a)] = ReadingMemory.Mark(read: true, offset: 0)
        }
        screen.state.remember(memory)
        screen.press("/hearing Enter")
        #expect(screen.library.rows.count == 8)
        #expect(unreadByHand() == 6)
        #expect(screen.library.unreadCount(in: memory) == 6)
        #expect(screen.text.contains("8 of \(count) listed, 6 unread"))
    }

    @Test func storedArticlesFromElsewhereShowBesideTheFolderGivenNamedByWhereTheyComeFrom() throws {
        let indexed = try Indexed()
        let other = indexed.folder.appendingPathComponent("archive").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try "Archive story\n\n\"We are ready,\" said Mary Jones.\n".write(toFile: other + "/x.txt", atomically: true, encoding: .utf8)
        _ = LibraryIndexer(store: indexed.store).index([other])
        let (screen, _) = try indexed.screen(100, 20)
        let rows = screen.text.split(separator: "\n").map(String.init)
        let archived = try #require(rows.first { $0.contains("Archive story") })
        #expect(archived.contains("archive"))
        let own = try #require(rows.first { $0.contains("•") && !$0.contains("Archive story") })
        #expect(own.contains("news"))
        // The folder given comes first; the other folder's article after it.
        #expect(screen.library.contents.summary(screen.library.contents.articleCount - 1).title == "Archive story")
    }

    @Test func aFileAddedSinceTheIndexArrivesThroughTheBackgroundCheck() throws {
        let indexed = try Indexed()
        let before = try indexed.screen().0.library.contents.articleCount
        try "Late story\n\n\"It came late,\" said Ann Okafor.\n".write(toFile: indexed.library + "/late.txt", atomically: true, encoding: .utf8)
        var (screen, loader) = try indexed.screen()
        #expect(screen.library.contents.articleCount == before, "the first frame is the store as indexed, no file looked at")
        Self.settle(&screen, loader)
        #expect(screen.library.contents.articleCount == before + 1)
        #expect(screen.text.contains("Late story"))
        #expect(!screen.text.contains("checking files"))
        #expect(loader.isFinished)
    }
}
