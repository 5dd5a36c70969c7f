import ArgumentParser
import ArticleKit
import CursesBackend
import Foundation
import QuothThemes
import ReaderUI

/// `quoth [PATH...]`: the reader. Everything it does lives in ReaderUI and
/// CursesBackend; this only turns arguments into a launch.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles with every quote in its speaker's colour.")

    @Argument(help: "Article files or folders; '-' reads standard input. None: a sample article.")
    var paths: [String] = []

    @Option(help: "Theme name (default, light, high-contrast, monochrome, or one in ~/.config/quoth/themes) or path.")
    var theme: String?

    @Flag(help: "Click to select and wheel to scroll.")
    var mouse = false

    func run() throws {
        let inputs = paths.isEmpty ? [try ReadCommand.sampleArticle()] : paths
        if isatty(1) != 1 {
            try printPlainText(inputs)
            return
        }
        let library = ReadCommand.themeLibrary
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if ReaderLaunch.opensLibrary(inputs) {
            try runLibrary(inputs, themes: library, noColor: noColor)
            return
        }
        var launch: ReaderLaunch
        do {
            launch = try ReaderLaunch.prepare(paths: inputs, themes: library, themeChoice: theme,
                                              noColor: noColor, size: Size(width: 80, height: 24))
        } catch {
            for line in error.description.split(separator: "\n") { Diagnostics.warn(String(line)) }
            throw ExitCode.failure
        }
        launch.state.shared.mouseEnabled = mouse
        let terminal = try CursesTerminal(mouse: mouse)
        EventLoop.run(&launch.state, on: terminal) { path in
            Result { () throws(ReadError) in try ArticleReader().read(path) }
        }
        terminal.close()
        launch.warnings.forEach(Diagnostics.warn)
        if let signal = terminal.receivedSignal { throw ExitCode(128 + signal) }
    }

    /// A folder or several files: the library, loading in the background.
    private func runLibrary(_ inputs: [String], themes: ThemeLibrary, noColor: Bool) throws {
        let store = ReadingMemoryStore.standard()
        let (memory, memoryWarning) = store.load()
        let baseline = memory
        var prepared: (launch: ReaderLaunch, files: [String])
        do {
            prepared = try ReaderLaunch.prepareLibrary(paths: inputs, themes: themes, themeChoice: theme, noColor: noColor,
                                                       size: Size(width: 80, height: 24), memory: memory, memoryWarning: memoryWarning)
        } catch {
            for line in error.description.split(separator: "\n") { Diagnostics.warn(String(line)) }
            throw ExitCode.failure
        }
        prepared.launch.state.shared.mouseEnabled = mouse
        let loader = LibraryLoader(files: prepared.files)
        let terminal = try CursesTerminal(mouse: mouse)
        loader.start(from: prepared.launch.state.libraryScreen?.library ?? Library())
        var saveError: String?
        let save = { (memory: ReadingMemory) in
            do { try store.save(memory, since: baseline) } catch {
                saveError = "\(store.url.path): could not save the reading state (\(error.localizedDescription))"
            }
        }
        EventLoop.run(&prepared.launch.state, on: terminal, load: { path in
            Result { () throws(ReadError) in try ArticleReader().read(path) }
        }, poll: loader.take, remember: save)
        if let memory = prepared.launch.state.leaveLibrary() { save(memory) }
        terminal.close()
        (prepared.launch.warnings + [saveError].compactMap { $0 }).forEach(Diagnostics.warn)
        if let signal = terminal.receivedSignal { throw ExitCode(128 + signal) }
    }

    /// Output is a pipe or a file: the articles as plain text, no screen.
    private func printPlainText(_ inputs: [String]) throws {
        let collected = InputCollector.collect(inputs)
        var failed = !collected.errors.isEmpty
        for error in collected.errors { Diagnostics.warn(error.description) }
        for (n, file) in collected.files.enumerated() {
            do {
                for article in try ArticleReader().read(file) {
                    print((n > 0 ? "\n" : "") + PlainTextView.render(article), terminator: "")
                }
            } catch {
                failed = true
                Diagnostics.warn(error.description)
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// The seed article bundled with quoth, opened when no path is given.
    static func sampleArticle() throws -> String {
        guard let path = Bundle.module.path(forResource: "sample-article", ofType: "txt", inDirectory: "Resources") else {
            throw ValidationError("the bundled sample article is missing; give an article path")
        }
        return path
    }

    /// Shipped themes, then the user's (which win on a name clash).
    static var themeLibrary: ThemeLibrary {
        ThemeLibrary(directories: [ShippedThemes.directory, ThemeLibrary.userDirectory].compactMap { $0 })
    }
}
