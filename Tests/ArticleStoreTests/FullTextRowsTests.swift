import ArticleKit
import Foundation
import GRDB
import Testing
@testable import ArticleStore

/// The full-text tables are filled a chunk at a time (`FullTextRows`), not
/// by a trigger per row: they must still agree with the rows, after every
/// kind of write and on a store made before the change.
@Suite struct FullTextRowsTests {
    /// FTS5's own check that an external-content index holds exactly its rows' words.
    static func agree(_ store: ArticleStore) throws -> Bool {
        try store.write("") { db in
            try db.execute(sql: "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        }
        return true
    }

    @Test func indexingChangingAndRemovingFilesKeepsTheFullTextTablesInStep() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let store = try StoreFixtures.store(in: folder)
        let indexer = LibraryIndexer(store: store)
        _ = indexer.index([library])
        #expect(try Self.agree(store))
        #expect(try WordSearch(store: store).articles(matching: "bridge").count == 2)

        let changed = library + "/council/2.txt"
        try (String(contentsOfFile: changed, encoding: .utf8) + "\n\"Zebras everywhere,\" said Ann Okafor.\n")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: library + "/sport/1.txt")
        _ = indexer.index([library])
        #expect(try Self.agree(store))
        #expect(try WordSearch(store: store).quotes(matching: "zebras").count == 1)
        #expect(try WordSearch(store: store).articles(matching: "zebr", asTyped: true).count == 1)
        #expect(try store.read("", FullTextRows.isBehind) == false)
    }

    @Test func aStoreMadeBeforeV4OpensWithItsSearchIntactAndGoesOn() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let location = StoreLocation(url: folder.url.appendingPathComponent("quoth.sqlite"))
        // What quoth wrote before v4: rows reaching the full-text tables through triggers.
        do {
            let pool = try DatabasePool(path: location.path)
            try StoreSchema.migrator.migrate(pool, upTo: "v3: fetched items kept once per feed, with their paragraphs")
            var articles: [Article] = []
            ArticleBatch.read([library]) { if case .article(let a) = $0 { articles.append(a) } }
            try pool.write { db in
                for article in articles { try ArticleRows.insert(article, fileID: nil, position: 0, sourceSuffix: "", fullText: false, in: db) }
            }
            let indexed = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quotes_fts_docsize") }
            #expect(indexed == StoreFixtures.readQuotes([library]).count)
        }
        let store = try ArticleStore.open(location)
        let triggers = try store.read("") { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") }
        #expect(triggers == ["__articles_fts_ad", "__articles_fts_au", "__quotes_fts_ad", "__quotes_fts_au"])
        #expect(try Self.agree(store))
        #expect(try WordSearch(store: store).quotes(matching: "wa", asTyped: true).isEmpty == false)
        _ = LibraryIndexer(store: store).index([library])
        #expect(try Self.agree(store))
        #expect(try store.read("") { try Int.fetchOne($0, sql: "SELECT count(*) FROM quotes_fts_docsize") } == 2 * StoreFixtures.readQuotes([library]).count)
    }

    @Test func rowsWrittenWithoutTheirWordsAreIndexedWhenTheStoreIsNextOpened() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let location = StoreLocation(url: folder.url.appendingPathComponent("quoth.sqlite"))
        do {
            // As a quoth from before v4 writes into a store already at v4, or a
            // run killed between its rows and their words.
            let store = try ArticleStore.open(location)
            var articles: [Article] = []
            ArticleBatch.read([library]) { if case .article(let a) = $0 { articles.append(a) } }
            try store.write("") { db in
                for article in articles { try ArticleRows.insert(article, fileID: nil, position: 0, sourceSuffix: "", fullText: false, in: db) }
            }
            #expect(try store.read("", FullTextRows.isBehind))
        }
        let store = try ArticleStore.open(location)
        #expect(try store.read("", FullTextRows.isBehind) == false)
        #expect(try Self.agree(store))
        #expect(try WordSearch(store: store).articles(matching: "bridge").count == 2)
    }
}

/// Lines of a stored column (aliases, warnings) come back as they were joined.
@Suite struct StoredLinesTests {
    @Test func linesAreCutAtLineFeedsAsCharactersWouldCutThem() {
        #expect(ArticleRows.lines("") == [])
        #expect(ArticleRows.lines("Tony Blair") == ["Tony Blair"])
        #expect(ArticleRows.lines("Tony Blair\nMr Blair\n") == ["Tony Blair", "Mr Blair", ""])
        #expect(ArticleRows.lines("Señor Zapatero\nZapatero") == ["Señor Zapatero", "Zapatero"])
        // "\r\n" is one Character: never cut inside it.
        #expect(ArticleRows.lines("a\r\nb\nc") == "a\r\nb\nc".split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }
}

/// A large index checkpoints the WAL on a thread of its own (`WALCheckpointer`).
@Suite struct WALCheckpointerTests {
    @Test func anIndexOfManyChunksWritesEverythingAndGivesTheWritersCheckpointsBack() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let store = try StoreFixtures.store(in: folder)
        var indexer = LibraryIndexer(store: store)
        indexer.chunkSize = 1  // five chunks: the checkpointing thread runs
        let report = indexer.index([library])
        #expect(report.read == 5 && report.storeError == nil)
        #expect(try StoreFixtures.storedQuotes(store, report) == StoreFixtures.readQuotes([library]))
        let (autocheckpoint, check) = try store.pool.writeWithoutTransaction { db in
            (try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"), try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(autocheckpoint == 1000 && check == "ok")
        #expect(try FullTextRowsTests.agree(store))
    }
}
