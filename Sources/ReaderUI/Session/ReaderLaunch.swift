import ArticleKit
import Foundation

/// Everything needed before the first frame: the inputs, the first article
/// read, the themes loaded and one chosen.
///
/// Shared by `quoth` and its benchmark so the launch that is measured is the
/// launch users get. Only the first readable input is read here; the others
/// are read when the user switches to them.
public struct ReaderLaunch: Sendable {
    public var state: ReaderState
    /// Things to tell the user that did not stop the reader (bad theme lines,
    /// unreadable inputs).
    public var warnings: [String]

    /// Why the reader cannot start at all.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameters:
    ///   - paths: files, folders or `-`, as the user gave them.
    ///   - themes: where themes are looked up.
    ///   - themeChoice: `--theme`, a name or a path.
    ///   - noColor: NO_COLOR is set: start in monochrome unless a theme was asked for.
    public static func prepare(paths: [String], themes library: ThemeLibrary, themeChoice: String?,
                               noColor: Bool, size: Size, reader: ArticleReader = ArticleReader()) throws(Failure) -> ReaderLaunch {
        var warnings: [String] = []
        let collected = InputCollector.collect(paths)
        warnings += collected.errors.map(\.description)
        var documents = collected.files.map { Document(path: $0) }
        guard !documents.isEmpty else {
            throw Failure(description: warnings.isEmpty ? "no articles to read" : warnings.joined(separator: "\n"))
        }
        var opened = false
        for i in documents.indices {
            do {
                let articles = try reader.read(documents[i].path)
                guard let first = articles.first else {
                    documents[i].error = "\(documents[i].path): no article found"
                    continue
                }
                documents[i].article = first
                opened = true
                break
            } catch {
                documents[i].error = error.description
                warnings.append(error.description)
            }
        }
        guard opened else { throw Failure(description: warnings.joined(separator: "\n")) }

        let (loaded, start, themeWarnings) = loadThemes(library, choice: themeChoice, noColor: noColor)
        warnings += themeWarnings
        var state = ReaderState(documents: documents, size: size, themes: loaded, themeIndex: start)
        if let first = warnings.first { state.message = warnings.count > 1 ? "\(first) (+\(warnings.count - 1) more)" : first }
        return ReaderLaunch(state: state, warnings: warnings)
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
    ///
    /// - Returns: the launch and the files for `LibraryLoader`.
    public static func prepareLibrary(paths: [String], themes library: ThemeLibrary, themeChoice: String?,
                                      noColor: Bool, size: Size, memory: ReadingMemory,
                                      memoryWarning: String? = nil) throws(Failure) -> (launch: ReaderLaunch, files: [String]) {
        var warnings: [String] = []
        let collected = InputCollector.collect(paths)
        guard !collected.files.isEmpty else {
            let reasons = collected.errors.map(\.description)
            throw Failure(description: reasons.isEmpty ? "no articles to read" : reasons.joined(separator: "\n"))
        }
        var seed = Library()
        for error in collected.errors { seed.skip(error) }
        let (loaded, start, themeWarnings) = loadThemes(library, choice: themeChoice, noColor: noColor)
        warnings += themeWarnings
        if let memoryWarning { warnings.append(memoryWarning) }
        var library = LibraryScreen(library: seed, total: collected.files.count + collected.errors.count, loading: true, size: size)
        library.name = paths.count == 1 ? folderName(paths[0]) : "\(paths.count) paths"
        var state = ReaderState(library: library, size: size, themes: loaded, themeIndex: start)
        state.shared.memory = memory
        if let first = warnings.first { state.message = warnings.count > 1 ? "\(first) (+\(warnings.count - 1) more)" : first }
        return (ReaderLaunch(state: state, warnings: warnings), collected.files)
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
        for name in library.names {
            do { themes.append(try library.load(name)) } catch { warnings.append(error.description) }
        }
        if themes.isEmpty { themes = [.builtIn] }
        func index(of name: String) -> Int? { themes.firstIndex { $0.name == name } }
        let fallback = index(of: "default") ?? 0
        if let choice {
            if let i = index(of: choice) { return (themes, i, warnings) }
            do {
                let theme = try library.load(choice)
                themes.insert(theme, at: 0)
                return (themes, 0, warnings)
            } catch {
                warnings.append("\(error.description); using the default theme")
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
