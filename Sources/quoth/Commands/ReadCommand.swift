import ArgumentParser
import ArticleKit
import ArticleStore
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

    @Argument(help: "Article files or folders; '-' reads standard input. None: the feeds view when there are feeds (see `quoth feeds`), else the library indexed in the store (see `quoth index`), else a sample article.")
    var paths: [String] = []

    @Option(help: "Theme name (default, light, high-contrast, monochrome, or one in ~/.config/quoth/themes) or path.")
    var theme: String?

    @Flag(help: "Click to select and wheel to scroll.")
    var mouse = false

    func run() throws {
        if isatty(1) != 1 {
            try printPlainText(paths.isEmpty ? [try ReadCommand.sampleArticle()] : paths)
            return
        }
        let (persistence, persistenceWarnings) = ReadingPersistence.open()
        let (shelf, shelfWarnings) = ReadCommand.feedShelf(store: persistence.store)
        let (memory, loadWarning) = persistence.load()
        let memoryWarning = (persistenceWarnings + [loadWarning].compactMap { $0 }).first
        let settings = LaunchSettings(
            themes: ReadCommand.themeLibrary, themeChoice: theme,
            noColor: !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty,
            config: Config.load(Config.standardPath()), memory: memory, memoryWarning: memoryWarning, mouse: mouse)
        // No paths: the feeds view when there are feeds, else the library the
        // store holds, else the sample article.
        let catalog = persistence.store.map { LibraryCatalog(store: $0, given: paths) }
        let storeHoldsLibrary = paths.isEmpty && shelf == nil && catalog.map { (try? $0.isEmpty()) == false } == true
        let inputs = paths.isEmpty && shelf == nil && !storeHoldsLibrary ? [try ReadCommand.sampleArticle()] : paths
        var launch: ReaderLaunch
        var storeLoader: StoreLibraryLoader?
        var storeWarnings: [String] = []
        do {
            if inputs.isEmpty, let shelf {
                launch = ReaderLaunch.prepareFeeds(shelf: shelf, settings: settings)
            } else if let catalog, storeHoldsLibrary || ReaderLaunch.opensLibrary(inputs) && inputs.allSatisfy(LibraryIndexer.isFile) {
                // A library runs on the store: its first frame from what is indexed,
                // new and changed files indexed in the background.
                do {
                    (launch, storeLoader) = try ReaderLaunch.prepareStored(paths: inputs, catalog: catalog, settings: settings)
                } catch {
                    launch = try ReaderLaunch.prepare(paths: inputs, settings: settings)
                    storeWarnings.append("\(error.description); the library is read from its files")
                }
            } else {
                launch = try ReaderLaunch.prepare(paths: inputs, settings: settings)
            }
        } catch {
            for line in error.description.split(separator: "\n") { Diagnostics.warn(String(line)) }
            throw ExitCode.failure
        }
        launch.state.shared.feedShelf = shelf
        launch.state.shared.notices += shelfWarnings + storeWarnings
        launch.warnings += shelfWarnings + storeWarnings
        if let first = storeWarnings.first, launch.state.message == nil { launch.state.message = first }
        let reloader = shelf.map { FeedReloader(shelf: $0) }
        let terminal = try CursesTerminal(mouse: launch.state.shared.mouseEnabled)
        let loader = launch.files.isEmpty ? nil : LibraryLoader(files: launch.files)
        loader?.start(from: launch.state.libraryScreen?.library ?? Library())
        storeLoader?.start()
        var saveError: String?
        let save = { (changed: ReadingMemory) in
            if let error = persistence.save(changed, since: memory) { saveError = error }
        }
        EventLoop.run(&launch.state, on: terminal, load: { path in
            Result { () throws(ReadError) in try ArticleReader().read(path) }
        }, poll: { loader?.take() ?? storeLoader?.take() ?? reloader?.take() }, remember: save, reload: { reloader?.start() })
        save(launch.state.leave())
        terminal.close()
        (launch.warnings + [saveError].compactMap { $0 }).forEach(Diagnostics.warn)
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

    /// The feeds `quoth feeds` keeps, for the feeds view (`F`, and `quoth`
    /// with no paths); nil when there are none. From the store when it
    /// opened (feeds.json moved in first), else from feeds.json (the store's
    /// warning was said with the read state's). Lines of the urls file that
    /// were skipped, and a ledger set aside, are warnings for `!`.
    static func feedShelf(store: ArticleStore?) -> ((any FeedShelf)?, [String]) {
        let file = SubscriptionsFile.standard()
        let subscriptions: SubscriptionList
        var warnings: [String]
        do {
            (subscriptions, warnings) = try file.load()
        } catch {
            return (nil, [error.description])
        }
        guard !subscriptions.subscriptions.isEmpty else { return (nil, warnings) }
        if let store {
            warnings += [StoreFetchLedger(store: store).migrate(from: JSONFetchLedger.standardURL())].compactMap { $0 }
            return (StoreFeedShelf(subscriptions: subscriptions.subscriptions, store: store, file: file), warnings)
        }
        let (ledger, ledgerWarning) = JSONFetchLedger.open(JSONFetchLedger.standardURL())
        warnings += [ledgerWarning].compactMap { $0 }
        return (JSONFeedShelf(subscriptions: subscriptions.subscriptions, ledger: ledger, file: file), warnings)
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
