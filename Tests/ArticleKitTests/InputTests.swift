import Foundation
import Testing
@testable import ArticleKit

/// Bad input gets one clear line naming the file and the reason.
@Suite struct InputTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func missingEmptyBinaryAndFolderInputsSayWhy() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt").path
        let binary = dir.appendingPathComponent("image.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        FileManager.default.createFile(atPath: binary, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]))
        let reader = ArticleReader()
        #expect(throws: ReadError(path: "/no/such/file.txt", reason: "no such file or directory")) { try reader.read("/no/such/file.txt") }
        #expect(throws: ReadError(path: empty, reason: "empty file")) { try reader.read(empty) }
        #expect(throws: ReadError(path: binary, reason: "binary file (not text)")) { try reader.read(binary) }
        #expect(throws: ReadError(path: dir.path, reason: "is a directory")) { try reader.read(dir.path) }
        #expect(ReadError(path: "a.txt", reason: "empty file").description == "a.txt: empty file")
    }

    @Test func foldersAreReadRecursivelyInNaturalOrder() throws {
        let files = InputCollector.collect([Fixtures.articles]).files
        #expect(files.map { $0.dropFirst(Fixtures.articles.count + 1) } == ["council/1.txt", "council/2.txt", "council/10.txt", "sport/1.txt"])
        #expect(InputCollector.naturalOrder("a/2.txt", "a/10.txt"))
        #expect(!InputCollector.naturalOrder("a/10.txt", "a/2.txt"))
    }

    @Test(.needsShared("data/bbc"))
    func theWholeBBCFolderIsCollected() throws {
        let files = InputCollector.collect([Fixtures.path("bbc")]).files
        #expect(files.count == 2200)
        let sport = files.filter { $0.contains("/sport/") }
        #expect(sport.prefix(3).map { ($0 as NSString).lastPathComponent } == ["001.txt", "002.txt", "003.txt"])
    }

    @Test func hiddenFilesAndOtherExtensionsAreSkippedAndLinksToFoldersNotFollowed() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        FileManager.default.createFile(atPath: dir.appendingPathComponent("a.txt").path, contents: Data("A\n\nText.".utf8))
        FileManager.default.createFile(atPath: dir.appendingPathComponent(".hidden.txt").path, contents: Data("H".utf8))
        FileManager.default.createFile(atPath: dir.appendingPathComponent("photo.jpg").path, contents: Data([0xFF]))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let collected = InputCollector.collect([dir.path])
        #expect(collected.files.map { ($0 as NSString).lastPathComponent } == ["a.txt"])
        #expect(collected.errors.isEmpty)
    }

    @Test func batchKeepsGoingPastBadInputsInOrder() throws {
        var seen: [String] = []
        ArticleBatch.read([Fixtures.fixture("seed/lavrov-no-war.txt"), "/missing.txt", Fixtures.fixture("articles/sport/1.txt")]) { item in
            switch item {
            case .article(let a): seen.append(a.title)
            case .failure(let e): seen.append("! " + e.description)
            }
        }
        #expect(seen.count == 3)
        #expect(seen.contains("! /missing.txt: no such file or directory"))
        #expect(seen.last == "Rovers hold on for late win")
    }
}
