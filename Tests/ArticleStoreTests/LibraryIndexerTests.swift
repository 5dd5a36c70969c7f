import ArticleKit
import Foundation
import GRDB
import Testing
@testable import ArticleStore

@Suite struct LibraryIndexerTests {
    @Test func aSecondIndexReadsOnlyWhatChangedAndDropsWhatWentAway() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let store = try StoreFixtures.store(in: folder)
        let indexer = LibraryIndexer(store: store)

        let first = indexer.index([library])
        #expect(first.read == 5 && first.unchanged == 0 && first.files.count == 5)
        #expect(first.bytesRead > 0 && first.storeError == nil)

        let second = indexer.index([library])
        #expect(second.read == 0 && second.unchanged == 5 && second.removed == 0)
        #expect(second.files == first.files)

        let changed = library + "/council/2.txt"
        try (String(contentsOfFile: changed, encoding: .utf8) + "\n\"We will see,\" said Ann Okafor.\n")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: library + "/sport/1.txt")
        let third = indexer.index([library])
        #expect(third.read == 1 && third.unchanged == 3 && third.removed == 1)
        #expect(try StoreFixtures.storedQuotes(store, third) == StoreFixtures.readQuotes([library]))
        let articles = try store.read("") { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }
        #expect(articles == 4)
    }

    @Test func storedArticlesPrintAsArticlesJustRead() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let store = try StoreFixtures.store(in: folder)
        let report = LibraryIndexer(store: store).index([library])
        let read = StoreFixtures.readQuotes([library])
        #expect(read.count > 10)
        #expect(try StoreFixtures.storedQuotes(store, report) == read)
    }

    @Test func rowsOfAnOlderAnalyserAreAnalysedAgain() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let store = try StoreFixtures.store(in: folder)
        let indexer = LibraryIndexer(store: store)
        _ = indexer.index([library])
        try store.write("") { try $0.execute(sql: "UPDATE files SET analyser_version = ? WHERE path LIKE '%council%'", arguments: [AnalyserVersion.current - 1]) }
        let again = indexer.index([library])
        #expect(again.read == 3 && again.reanalysed == 3 && again.unchanged == 2)
        let old = try store.read("") { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles WHERE analyser_version < ?", arguments: [AnalyserVersion.current]) }
        #expect(old == 0)
    }

    @Test func aFileThatCannotBeReadIsRememberedWithItsReason() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        try Data().write(to: URL(fileURLWithPath: library + "/broken.txt"))
        let store = try StoreFixtures.store(in: folder)
        let indexer = LibraryIndexer(store: store)
        let first = indexer.index([library])
        let second = indexer.index([library])
        #expect(first.failed == 1 && second.failed == 1 && second.read == 0)
        let notes = try StoredLibrary(store: store, report: second).notes
        var reasons: [String] = []
        ArticleBatch.read([library + "/broken.txt"]) { if case .failure(let e) = $0 { reasons.append(e.description) } }
        #expect(notes.compactMap { if case .failure(let e) = $0 { e.description } else { nil } } == reasons)
    }

    @Test func wordSearchFindsWordsAndPrefixesNeverPartsOfWords() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        try "Aware of it\n\n\"We are aware of the software,\" said Jo Bloggs.\n".write(toFile: library + "/aware.txt", atomically: true, encoding: .utf8)
        let store = try StoreFixtures.store(in: folder)
        _ = LibraryIndexer(store: store).index([library])
        let search = WordSearch(store: store)
        let texts = { (hits: [WordSearch.Hit]) throws -> [String] in
            let all = try store.read("") { try ArticleRows.fetch(hits.map(\.article), in: $0) }
            return hits.map { all[$0.article]!.quotes[$0.quote].text }
        }
        let war = try texts(search.quotes(matching: "war"))
        #expect(!war.isEmpty && war.allSatisfy { $0.lowercased().contains("war") && !$0.contains("aware") })
        #expect(try texts(search.quotes(matching: "wa", asTyped: true)).contains { $0.contains("no war") })
        #expect(try search.quotes(matching: "wa").isEmpty)
        #expect(try texts(search.quotes(matching: "AWARE")) == ["We are aware of the software,"])
        #expect(try search.quotes(matching: "\"*) OR NEAR(").isEmpty)
        #expect(try search.articles(matching: "bridge").count == 2)
        #expect(try search.articles(matching: "bridge decade").count == 1)
    }

    @Test func mergedSpeakersAreKeptAndReadBackAsAReadMergesThem() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let store = try StoreFixtures.store(in: folder)
        let indexer = LibraryIndexer(store: store)
        let stored = try StoredLibrary(store: store, report: indexer.index([library]))
        var directory = SpeakerDirectory()
        var count = 0
        ArticleBatch.read([library]) { item in
            if case .article(let a) = item { directory.add(a, index: count); count += 1 }
        }
        let merged = try stored.mergedSpeakers()
        #expect(merged == directory.merged().entries)
        #expect(merged.contains { $0.name == "Ann Okafor" && $0.aliases.contains("Ms Okafor") })
        let kept = { try store.read("") { try Int.fetchOne($0, sql: "SELECT count(*) FROM speaker_merges") } }
        #expect(try kept() == 1)
        #expect(try stored.mergedSpeakers() == merged)
        #expect(try kept() == 1)

        try FileManager.default.removeItem(atPath: library + "/council/2.txt")
        let smaller = try StoredLibrary(store: store, report: indexer.index([library]))
        #expect(try smaller.mergedSpeakers() != merged)
        #expect(try kept() == 2)
    }

    @Test func theWholeStoreIsTheRootsInTheOrderFirstIndexedEachInReadingOrder() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let store = try StoreFixtures.store(in: folder)
        let indexer = LibraryIndexer(store: store)
        _ = indexer.index([library + "/sport", library + "/council"])
        let contents = StoreContents(store: store)
        let sources = { try contents.articles(contents.articleIDs()).map(\.article.source) }
        #expect(try sources() == ["sport/1.txt", "council/1.txt", "council/2.txt", "council/10.txt"].map { library + "/" + $0 })

        // A new file in the middle of a folder takes its place in the reading order.
        try FileManager.default.copyItem(atPath: library + "/council/2.txt", toPath: library + "/council/3.txt")
        _ = indexer.index([library + "/council"])
        #expect(try sources() == ["sport/1.txt", "council/1.txt", "council/2.txt", "council/3.txt", "council/10.txt"].map { library + "/" + $0 })

        var directory = SpeakerDirectory()
        var ids: [Int64] = []
        let all = try contents.articles(contents.articleIDs())
        for (i, (id, article)) in all.enumerated() { directory.add(article, index: i); ids.append(id) }
        let expected = directory.merged().entries.map { entry in
            var entry = entry
            entry.members = entry.members.map { SpeakerDirectory.Member(article: Int(ids[$0.article]), speaker: $0.speaker) }
            return entry
        }
        #expect(try contents.mergedSpeakers() == expected)
        // Kept for this generation of the store; a change makes a new one.
        #expect(try contents.mergedSpeakers() == expected)
        try FileManager.default.removeItem(atPath: library + "/council/3.txt")
        _ = indexer.index([library + "/council"])
        #expect(try contents.mergedSpeakers() != expected)
    }
}
