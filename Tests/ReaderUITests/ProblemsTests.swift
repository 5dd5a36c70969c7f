import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// `!`: everything that went wrong without stopping quoth, with short paths
/// and reasons that wrap instead of being cut off.
struct ProblemsTests {
    /// A folder with a long absolute path: a good story, a story in
    /// Windows-1252, a binary file.
    func folder() throws -> String {
        let deep = FileManager.default.temporaryDirectory
            .appendingPathComponent("quoth-problems-\(UUID().uuidString)/a/rather/long/way/down/to/the/news").path
        try FileManager.default.createDirectory(atPath: deep + "/sport", withIntermediateDirectories: true)
        try "Good story\n\n\"Fine,\" she said.\n".write(toFile: deep + "/good.txt", atomically: true, encoding: .utf8)
        try Data("Old story\n\n\u{93}Quoted\u{94} in Windows-1252, caf\u{E9}.\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: URL(fileURLWithPath: deep + "/sport/199.txt"))
        try Data([0, 1, 2, 0xFF, 0, 0xFE, 0, 7]).write(to: URL(fileURLWithPath: deep + "/sport/photo.txt"))
        return deep
    }

    /// The library over `folder`, every file read.
    func library(_ folder: String, size: Size) throws -> ReaderState {
        var launch = try ReaderLaunch.prepare(paths: [folder],
                                              settings: LaunchSettings(themes: ThemeLibrary(directories: []), size: size))
        let loader = LibraryLoader(files: launch.files)
        loader.start(from: launch.state.libraryScreen!.library!, firstSnapshot: 1)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let action = loader.take() {
                _ = launch.state.apply(action)
                if case .libraryLoaded(_, true) = action { break }
            } else {
                usleep(1000)
            }
        }
        return launch.state
    }

    @Test func skippedFilesAndWarningsAreListedRelativeToTheFolderOpened() throws {
        let news = try folder()
        var screen = Screen(ArticleFixture.seed, 80, 12)
        screen.state = try library(news, size: Size(width: 80, height: 12))
        #expect(screen.text.contains("1 file skipped, 1 file read with a warning: ! lists them"))
        screen.press("!")
        let text = screen.text
        #expect(text.contains("1 file skipped"))
        #expect(text.contains("  sport/photo.txt: "), "relative to the folder opened:\n\(text)")
        #expect(text.contains("1 warning on a file read"))
        #expect(text.contains("  sport/199.txt: "))
        #expect(text.contains("Windows-1252"))
        #expect(!text.contains(news), "no long absolute path")
    }

    @Test func aLongReasonWrapsRatherThanBeingCutOff() throws {
        let news = try folder()
        var screen = Screen(ArticleFixture.seed, 30, 14)
        screen.state = try library(news, size: Size(width: 30, height: 14))
        screen.press("!")
        let shown = screen.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let failure = try #require(screen.library.contents.failures.first)
        for word in failure.reason.split(separator: " ") { #expect(shown.contains(word), "“\(word)” of “\(failure.reason)”") }
        #expect(!screen.text.split(separator: "\n").contains { $0.hasPrefix("   ") && $0.contains("…") }, "no item is cut")
    }

    @Test func everyBadThemeLineAndConfigLineIsListedInAnyReader() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: user) }
        try "color text default default\ncolor quote purple default\ncolor nonsense red blue\ncolour x y z\n"
            .write(to: user.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
        let article = user.appendingPathComponent("story.txt").path
        try "Story\n\n\"Yes,\" she said.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let config = ConfigParser.parse("bind-key x nothing", file: user.path + "/config")
        let launch = try ReaderLaunch.prepare(paths: [article], settings: LaunchSettings(
            themes: ThemeLibrary(directories: [user.path]), themeChoice: "broken", size: Size(width: 70, height: 40), config: config))
        var screen = Screen(ArticleFixture.seed, 70, 40)
        screen.state = launch.state
        screen.press("!")
        // A long temporary path wraps mid-word: read the lines joined back.
        let text = screen.text.replacingOccurrences(of: "\n     ", with: "")
        #expect(text.contains("5 problems with the settings"), "\(text)")
        #expect(text.contains("theme 'broken' has bad lines; using the default theme"))
        for line in [2, 3, 4] { #expect(text.contains("broken.theme:\(line): ")) }
        #expect(text.contains("/config:1:") && text.contains("unknown command 'nothing'"))
        screen.press("q")
        #expect(screen.state.screens.count == 1)
    }

    @Test func withNothingWrongBangSaysSo() {
        var screen = Screen(library: ArticleFixture.library, 80, 8)
        screen.press("!")
        #expect(screen.state.message == "every file was read, and nothing is wrong with the settings")
    }
}
