import Foundation
import Testing
@testable import ArticleKit

/// The reading state file: round trip, atomic write, and a bad file never in the way.
@Suite struct ReadingMemoryTests {
    func temporaryStore() -> ReadingMemoryStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-memory-\(UUID().uuidString)")
        return ReadingMemoryStore(url: folder.appendingPathComponent("quoth/state.json"))
    }

    @Test func savesAndLoadsMarksUnderAFolderItCreates() throws {
        let store = temporaryStore()
        var memory = ReadingMemory()
        memory["/news/a.txt"] = .init(read: true, offset: 120)
        try store.save(memory)
        let (loaded, warning) = store.load()
        #expect(warning == nil)
        #expect(loaded["/news/a.txt"] == .init(read: true, offset: 120))
        #expect(loaded["/news/b.txt"] == nil)
        // No temporary file is left beside it (the lock file stays, for the next writer).
        let left = try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path)
        #expect(left.sorted() == [".state.lock", "state.json"])
    }

    @Test func aMissingFileIsAnEmptyMemoryWithoutAWarning() {
        let (memory, warning) = temporaryStore().load()
        #expect(memory.articles.isEmpty)
        #expect(warning == nil)
    }

    @Test func aCorruptFileIsReportedAndIgnoredAndThenReplaced() throws {
        let store = temporaryStore()
        try FileManager.default.createDirectory(at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: store.url)
        let (memory, warning) = store.load()
        #expect(memory.articles.isEmpty)
        #expect(warning?.contains("unreadable state file ignored") == true)
        var fresh = memory
        fresh["/news/a.txt"] = .init(read: false, offset: 0)
        try store.save(fresh)
        #expect(store.load().memory == fresh)
    }

    @Test func relativePathsAreTheSameArticleAsAbsoluteOnes() {
        var memory = ReadingMemory()
        memory["a.txt"] = .init(read: true, offset: 3)
        #expect(memory[FileManager.default.currentDirectoryPath + "/a.txt"]?.read == true)
        memory["../b.txt"] = .init(read: true, offset: 0)
        let parent = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent().appendingPathComponent("b.txt")
        #expect(memory.articles[parent.path] != nil)
    }

    @Test func theStandardPlaceFollowsXDGStateHome() {
        #expect(ReadingMemoryStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).url.path == "/s/quoth/state.json")
        #expect(ReadingMemoryStore.standard(environment: ["HOME": "/h"]).url.path == "/h/.local/state/quoth/state.json")
    }

    @Test func twoInstancesSavingAtOnceLoseNoUpdate() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-state-\(UUID().uuidString)/quoth/state.json")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent().deletingLastPathComponent()) }
        let store = ReadingMemoryStore(url: url)
        // Both instances start from the same (empty) memory and each reads
        // different articles; they save over and over, at the same time.
        let done = DispatchGroup()
        for instance in 0..<2 {
            done.enter()
            Thread {
                var memory = ReadingMemory()
                for n in 0..<50 {
                    memory["/news/\(instance)-\(n).txt"] = .init(read: true, offset: n)
                    try? store.save(memory, since: ReadingMemory())
                }
                done.leave()
            }.start()
        }
        done.wait()
        let (merged, warning) = store.load()
        #expect(warning == nil, "never a corrupt file")
        #expect(merged.articles.count == 100)
        #expect(merged["/news/1-49.txt"] == .init(read: true, offset: 49))
    }

    @Test func aStateFolderThatCannotBeWrittenFailsCleanly() throws {
        // sysfs refuses new files even to root: a read-only home, honestly.
        let readOnly = ReadingMemoryStore.standard(environment: ["XDG_STATE_HOME": "/sys/kernel"])
        var memory = ReadingMemory()
        memory["/a.txt"] = .init(read: true, offset: 0)
        #expect(throws: (any Error).self) { try readOnly.save(memory) }
        #expect(readOnly.load().warning == nil, "nothing there is not an error")
    }

    @Test func aFailedWriteLeavesTheOldStateAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ReadingMemoryStore(url: folder.appendingPathComponent("state.json"))
        var old = ReadingMemory()
        old["/kept.txt"] = .init(read: true, offset: 7)
        try store.save(old)
        // The temporary file's name is taken by a folder: the write fails midway.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".state-\(getpid()).json.tmp"),
                                                withIntermediateDirectories: true)
        var newer = old
        newer["/lost.txt"] = .init(read: false, offset: 1)
        #expect(throws: (any Error).self) { try store.save(newer, since: old) }
        #expect(store.load().memory == old)
    }
}
