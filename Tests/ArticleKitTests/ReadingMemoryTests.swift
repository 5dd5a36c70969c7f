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
        // No temporary file is left beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path)
        #expect(left == ["state.json"])
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
}
