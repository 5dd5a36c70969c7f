import ArticleKit
import Foundation

/// What every launch is given besides the paths: where themes are, the
/// config, what was remembered, the window's size.
public struct LaunchSettings: Sendable {
    public var themes: ThemeLibrary
    /// `--theme`, a name or a path; wins over the config's `theme`.
    public var themeChoice: String?
    /// NO_COLOR is set: start in monochrome unless a theme was asked for.
    public var noColor: Bool
    public var size: Size
    public var config: Config
    public var memory: ReadingMemory
    /// Why the reading memory could not be read, when it could not.
    public var memoryWarning: String?
    /// `--mouse` (or `mouse yes` in the config).
    public var mouse: Bool

    public init(themes: ThemeLibrary, themeChoice: String? = nil, noColor: Bool = false, size: Size = Size(width: 80, height: 24),
                config: Config = Config(), memory: ReadingMemory = ReadingMemory(), memoryWarning: String? = nil, mouse: Bool = false) {
        self.themes = themes
        self.themeChoice = themeChoice
        self.noColor = noColor
        self.size = size
        self.config = config
        self.memory = memory
        self.memoryWarning = memoryWarning
        self.mouse = mouse
    }
}

/// Everything needed before the first frame: the inputs, the first article
/// read (or the library listed), the themes loaded and one chosen.
///
/// Shared by `quoth` and its benchmark so the launch that is measured is the
/// launch users get.
public struct ReaderLaunch: Sendable {
    public var state: ReaderState
    /// Things to tell the user that did not stop the reader (bad config or
    /// theme lines, unreadable inputs), in the order they happened.
    public var warnings: [String]
    /// Files the library still has to read (`LibraryLoader` reads them in
    /// the background); empty when everything shown is read already.
    public var files: [String]

    /// Why the reader cannot start at all.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The launch for these inputs: a folder or several files open the
    /// library and are read in the background; one file opens the reader,
    /// unless it holds several articles (a feed), which open as a library
    /// of their own; standard input among several keeps the reader, one
    /// article at a time, the others read when the user goes to them.
    public static func prepare(paths: [String], settings: LaunchSettings,
                               reader: ArticleReader = ArticleReader()) throws(Failure) -> ReaderLaunch {
        if opensLibrary(paths) { return try prepareLibrary(paths: paths, settings: settings) }
        var warnings: [String] = []
        let collected = InputCollector.collect(paths)
        warnings += collected.errors.map(\.description)
        var documents = collected.files.map { Document(path: $0) }
        guard !documents.isEmpty else {
            throw Failure(description: warnings.isEmpty ? "no articles to read" : warnings.joined(separator: "\n"))
        }
        var opened: [Article]?
        for i in documents.indices {
            do {
                let articles = try reader.read(documents[i].path)
                guard let first = articles.first else {
                    documents[i].error = "\(documents[i].path): no article found"
                    continue
                }
                documents[i].article = first
                opened = articles
                break
            } catch {
                documents[i].error = error.description
                warnings.append(error.description)
            }
        }
        guard let opened else { throw Failure(description: warnings.joined(separator: "\n")) }

        var state: ReaderState
        if documents.count == 1, opened.count > 1 {
            // A feed is a list: its items, as a library.
            var library = LibraryScreen(library: Library(opened), total: opened.count, loading: false, size: settings.size)
            library.name = opened[0].metadata.site.map(Sanitizer.visible) ?? ArticleTitleView.fileName(documents[0].path)
            state = ReaderState(library: library, size: settings.size)
        } else {
            state = ReaderState(documents: documents, size: settings.size)
        }
        return finish(state, warnings: warnings, files: [], settings: settings)
    }

    /// The feeds view as the first screen: `quoth` with no paths when there
    /// are subscriptions, as newsboat opens on its feed list.
    public static func prepareFeeds(shelf: any FeedShelf, settings: LaunchSettings) -> ReaderLaunch {
        let feeds = FeedsScreen(shelf: shelf, size: settings.size)
        return finish(ReaderState(feeds: feeds, size: settings.size), warnings: [], files: [], settings: settings)
    }

    /// Whether these inputs open the library: a folder, or several files
    /// (standard input keeps the one-article-at-a-time reader).
    public static func opensLibrary(_ paths: [String]) -> Bool {
        guard !paths.contains("-") else { return false }
        if paths.count > 1 { return true }
        var isFolder: ObjCBool = false
        return paths.first.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue } ?? false
    }

    /// The library launch: the files listed (not read: a loader reads them
    /// in the background), the themes loaded, the first frame ready.
    static func prepareLibrary(paths: [String], settings: LaunchSettings) throws(Failure) -> ReaderLaunch {
        let collected = InputCollector.collect(paths)
        guard !collected.files.isEmpty else {
            let reasons = collected.errors.map(\.description)
            throw Failure(description: reasons.isEmpty ? "no articles to read" : reasons.joined(separator: "\n"))
        }
        var seed = Library()
        for error in collected.errors { seed.skip(error) }
        var library = LibraryScreen(library: seed, total: collected.files.count + collected.errors.count, loading: true,
                                    size: settings.size)
        library.name = paths.count == 1 ? folderName(paths[0]) : "\(paths.count) paths"
        var isFolder: ObjCBool = false
        library.paths = PathDisplay(roots: paths.filter { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue })
        return finish(ReaderState(library: library, size: settings.size), warnings: [], files: collected.files, settings: settings)
    }

    /// What every launch does last: the config's keys and colours, the
    /// themes, the reading memory, and the first warning in the status line.
    static func finish(_ state: ReaderState, warnings inputWarnings: [String], files: [String], settings: LaunchSettings) -> ReaderLaunch {
        var state = state
        let config = settings.config
        // --theme wins over NO_COLOR; NO_COLOR over the config's theme.
        let choice = settings.themeChoice ?? (settings.noColor ? nil : config.theme)
        let (loaded, start, themeWarnings) = loadThemes(settings.themes, choice: choice, noColor: settings.noColor)
        state.shared.themes = loaded.map(config.apply(to:))
        state.shared.themeIndex = start
        state.shared.keymap = config.keymap()
        state.shared.config = config
        state.shared.mouseEnabled = settings.mouse || config.mouse == true
        // Settings go to `!`; inputs are there already, as documents or the library's failures.
        state.shared.notices = config.warnings + themeWarnings + [settings.memoryWarning].compactMap { $0 }
        let warnings = config.warnings + inputWarnings + themeWarnings + [settings.memoryWarning].compactMap { $0 }
        state.remember(settings.memory)
        if let first = warnings.first.map(PathDisplay().short) {
            state.message = warnings.count > 1 ? "\(first) (+\(warnings.count - 1) more; ! lists them)" : first
        }
        return ReaderLaunch(state: state, warnings: warnings, files: files)
    }

    /// "bbc" for "../shared/data/bbc/", "wt-lib" for "." (made absolute
    /// first: a relative URL standardised on its own loses its "..").
    static func folderName(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let name = URL(fileURLWithPath: absolute).standardized.lastPathComponent
        return name.isEmpty ? path : name
    }

    /// Every theme that loads cleanly, and the index to start with.
    ///
    /// A theme with a bad line is left out with a `file:line` warning, and
    /// quoth starts with the default one instead.
    static func loadThemes(_ library: ThemeLibrary, choice: String?, noColor: Bool) -> ([Theme], Int, [String]) {
        var warnings: [String] = []
        var themes: [Theme] = []
        var broken: Set<String> = []
        for name in library.names {
            do { themes.append(try library.load(name)) } catch {
                warnings += error.lines
                broken.insert(name)
            }
        }
        if themes.isEmpty { themes = [.builtIn] }
        func index(of name: String) -> Int? { themes.firstIndex { $0.name == name } }
        let fallback = index(of: "default") ?? 0
        if let choice {
            if let i = index(of: choice) { return (themes, i, warnings) }
            if broken.contains(choice) {
                warnings.append("theme '\(choice)' has bad lines; using the default theme")
                return (themes, fallback, warnings)
            }
            do {
                let theme = try library.load(choice)
                themes.insert(theme, at: 0)
                return (themes, 0, warnings)
            } catch {
                warnings += error.lines.dropLast() + [error.lines.last.map { $0 + "; using the default theme" } ?? "using the default theme"]
                return (themes, fallback, warnings)
            }
        }
        if noColor {
            if let i = index(of: "monochrome") { return (themes, i, warnings) }
            themes.insert(Theme.builtIn.monochrome, at: 0)
            return (themes, 0, warnings)
        }
        return (themes, fallback, warnings)
    }
}
