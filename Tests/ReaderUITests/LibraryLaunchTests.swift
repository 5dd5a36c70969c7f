import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// Which inputs open the library, and what its first frame has before any
/// file is read.
struct LibraryLaunchTests {
    func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-lib-\(UUID().uuidString)/news").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        return path
    }

    @Test func aFolderOrSeveralFilesOpenTheLibraryAndOneFileTheReader() throws {
        let news = try folder(["a.txt": "A\n\n\"Yes,\" she said.\n", "b.txt": "B\n\nText.\n"])
        #expect(ReaderLaunch.opensLibrary([news]))
        #expect(ReaderLaunch.opensLibrary([news + "/a.txt", news + "/b.txt"]))
        #expect(!ReaderLaunch.opensLibrary([news + "/a.txt"]))
        #expect(!ReaderLaunch.opensLibrary(["-", news + "/a.txt"]))
    }

    @Test func theFirstFrameNeedsNoFileReadAndCountsWhatIsMissing() throws {
        let news = try folder(["a.txt": "A\n\n\"Yes,\" she said.\n", "b.txt": "B\n\nText.\n"])
        let launch = try ReaderLaunch.prepare(
            paths: [news, "/no/such/folder"],
            settings: LaunchSettings(themes: ThemeLibrary(directories: []), memoryWarning: "state.json: unreadable state file ignored"))
        #expect(launch.files.map { ($0 as NSString).lastPathComponent } == ["a.txt", "b.txt"])
        let browser = try #require(launch.state.libraryScreen)
        #expect(launch.state.screens.count == 1)
        #expect(browser.loading && browser.total == 3)
        #expect(browser.contents.articleCount == 0)
        #expect(browser.contents.failures.map(\.path) == ["/no/such/folder"])
        #expect(browser.name == "2 paths")
        #expect(launch.state.message == "state.json: unreadable state file ignored")
        #expect(Renderer.render(launch.state).text.contains("0 articles"))
    }

    @Test func theLibraryIsNamedAfterItsFolder() {
        #expect(ReaderLaunch.folderName("/data/bbc/") == "bbc")
        #expect(ReaderLaunch.folderName("../x/bbc") == "bbc")
        #expect(ReaderLaunch.folderName(".") == URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent)
    }
}

extension LibraryLaunchTests {
    @Test func theLoaderReadsInTheBackgroundAndHandsOverSnapshotsInFileOrder() throws {
        let news = try folder(["a.txt": "A\n\n\"Yes,\" she said.\n", "b.txt": "B\n\nText.\n", "c.txt": "C\n\nMore text.\n"])
        let files = [news + "/a.txt", "/no/such.txt", news + "/b.txt", news + "/c.txt"]
        let loader = LibraryLoader(files: files)
        loader.start(firstSnapshot: 1)
        var last: Library?
        var snapshots = 0
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if case .libraryLoaded(let library, let done)? = loader.take() {
                snapshots += 1
                last = library
                if done { break }
            } else {
                usleep(1000)
            }
        }
        let library = try #require(last)
        #expect(loader.isFinished)
        #expect(snapshots >= 1)
        #expect(library.articles.map(\.title) == ["A", "B", "C"])
        #expect(library.failures.map(\.path) == ["/no/such.txt"])
        #expect(library.echoesIndexed && library.indexedCount == 3)
        #expect(loader.take() == nil)
    }
}
