import ArticleKit
import Foundation
import GRDB
import Testing
@testable import ArticleStore

/// "Nothing lost": damaged files, a full disk and a read-only data folder
/// each end in one clear message, and what was committed stays.
@Suite struct NothingLostTests {
    @Test func aFileThatIsNoDatabaseIsMovedAsideWithOneWarningAndANewStoreMade() throws {
        let folder = try TemporaryFolder()
        let location = StoreLocation(url: folder.url.appendingPathComponent("quoth.sqlite"))
        try Data(repeating: 0x51, count: 8192).write(to: location.url)
        let store = try ArticleStore.open(location)
        #expect(store.warnings.count == 1)
        let warning = try #require(store.warnings.first)
        #expect(warning.hasPrefix(location.path + ": the database was damaged"))
        #expect(warning.contains("moved aside to \(location.path).damaged-"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix("quoth.sqlite.damaged-") }
        #expect(aside.count == 1)
        let library = try StoreFixtures.library(in: folder)
        #expect(LibraryIndexer(store: store).index([library]).read == 5)
    }

    @Test func aDatabaseDamagedInsideIsMovedAsideToo() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let location = StoreLocation(url: folder.url.appendingPathComponent("quoth.sqlite"))
        do {
            let store = try ArticleStore.open(location)
            _ = LibraryIndexer(store: store).index([library])
            try store.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        }
        // Scribble over every page after the first (the header stays valid).
        let handle = try FileHandle(forUpdating: location.url)
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4096))
        try handle.close()
        let store = try ArticleStore.open(location)
        #expect(store.warnings.count == 1)
        #expect(LibraryIndexer(store: store).index([library]).read == 5)
    }

    @Test func aFullDiskStopsIndexingWithOneErrorAndKeepsWhatWasCommitted() throws {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        let location = StoreLocation(url: folder.url.appendingPathComponent("quoth.sqlite"))
        // Room for the empty schema and a little more: the disk fills mid-index.
        let empty = try ArticleStore.open(location).read("") { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        var indexer = LibraryIndexer(store: try ArticleStore.open(location, maximumPages: empty + 2))
        indexer.chunkSize = 1
        let full = indexer.index([library])
        let error = try #require(full.storeError)
        #expect(error.description == "\(location.path): writing the index failed: the disk is full; the store keeps what it had")
        #expect(full.read >= 1 && full.read < 5)

        let roomy = LibraryIndexer(store: try ArticleStore.open(location))
        let again = roomy.index([library])
        #expect(again.storeError == nil)
        #expect(again.unchanged == full.read && again.read == 5 - full.read)
    }

    @Test func aDataFolderThatCannotBeWrittenIsOneClearError() throws {
        // sysfs refuses new folders even to root.
        let location = StoreLocation.standard(environment: ["XDG_DATA_HOME": "/sys/kernel"])
        #expect(throws: StoreError.self) { try ArticleStore.open(location) }
        do {
            _ = try ArticleStore.open(location)
        } catch {
            #expect(error.description.hasPrefix("/sys/kernel/quoth: cannot make the data folder ("))
            #expect(error.description.hasSuffix("); set XDG_DATA_HOME to a writable folder"))
        }
    }

    @Test func readStateMovesFromStateJSONOnceAndTheOldFileIsRetired() throws {
        let folder = try TemporaryFolder()
        let old = ReadingMemoryStore(url: folder.url.appendingPathComponent("state/quoth/state.json"))
        var memory = ReadingMemory()
        memory["/news/a.txt"] = .init(read: true, offset: 120)
        memory["https://example.org/b"] = .init(read: false, offset: 7)
        try old.save(memory)
        let state = ReadStateStore(store: try StoreFixtures.store(in: folder))
        #expect(state.migrate(from: old) == nil)
        #expect(try state.load() == memory)
        #expect(!FileManager.default.fileExists(atPath: old.url.path))
        #expect(FileManager.default.fileExists(atPath: old.url.path + ".retired"))

        // A state.json that turns up again later is not read a second time.
        var later = ReadingMemory()
        later["/news/a.txt"] = .init(read: false, offset: 0)
        try old.save(later)
        #expect(state.migrate(from: old) == nil)
        #expect(try state.load() == memory)

        var changed = memory
        changed["/news/c.txt"] = .init(read: true, offset: 1)
        try state.save(changed, since: memory)
        #expect(try state.load()["/news/c.txt"] == .init(read: true, offset: 1))
    }
}
