import Foundation
import ArticleKit

/// Finds themes by name in the shipped folder and the user's folder.
///
/// A theme is a `NAME.theme` file. The user's folder
/// (`~/.config/quoth/themes`) comes last, so a user theme with a shipped
/// name replaces the shipped one.
public struct ThemeLibrary: Sendable {
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// `$XDG_CONFIG_HOME/quoth/themes`, or `~/.config/quoth/themes`.
    public static var userDirectory: String {
        XDGBaseDirectory.config.quothPath("themes")
    }

    /// Theme names, the shipped order first (default, light, …), then the rest alphabetically.
    public var names: [String] {
        var found: [String: Bool] = [:]
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".theme") { found[String(file.dropLast(6))] = true }
        }
        let preferred = ["default", "light", "high-contrast", "monochrome"]
        return preferred.filter { found[$0] != nil } + found.keys.filter { !preferred.contains($0) }.sorted()
    }

    /// The path of theme `name`, the last directory that has it winning.
    public func path(of name: String) -> String? {
        for directory in directories.reversed() {
            let path = directory + "/" + name + ".theme"
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Why a theme could not be loaded: one line, or one per bad line of the file.
    public struct LoadError: Error, Hashable, Sendable, CustomStringConvertible {
        public var lines: [String]
        public var description: String { lines.joined(separator: "\n") }

        public init(description: String) { lines = [description] }
        public init(lines: [String]) { self.lines = lines }
    }

    /// Loads a theme by name, or by path when `nameOrPath` has a `/` or ends in `.theme`.
    public func load(_ nameOrPath: String) throws(LoadError) -> Theme {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme")
        guard let path = isPath ? nameOrPath : self.path(of: nameOrPath) else {
            let known = names
            throw LoadError(description: "no theme named '\(nameOrPath)'"
                            + (known.isEmpty ? "" : " (available: \(known.joined(separator: ", ")))"))
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read theme file")
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            return try ThemeParser.parse(text, name: name, file: path)
        } catch {
            throw LoadError(lines: error.lines)
        }
    }
}
