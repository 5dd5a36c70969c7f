import Foundation

/// What quoth remembers between runs about each article it has opened: where
/// the reader was and whether it has been read. Keyed by absolute path, so
/// the same file is recognised from any working directory.
public struct ReadingMemory: Codable, Hashable, Sendable {
    public struct Mark: Codable, Hashable, Sendable {
        public var read: Bool
        /// Code-point offset of the text at the top of the reader when it was left.
        public var offset: Int

        public init(read: Bool, offset: Int) {
            self.read = read
            self.offset = offset
        }
    }

    public var version = 1
    public var articles: [String: Mark] = [:]

    public init() {}

    public subscript(path: String) -> Mark? {
        get { articles[Self.key(path)] }
        set { articles[Self.key(path)] = newValue }
    }

    /// The key a path is remembered under: absolute and standardised, so the
    /// same file is the same from any folder; a URL as it is.
    public static func key(_ path: String) -> String {
        if path == "-" || path.contains("://") { return path }
        // Made absolute before standardising: a relative URL loses its leading "..".
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardized.path
    }
}

/// Reads and writes `ReadingMemory` as JSON under $XDG_STATE_HOME/quoth.
///
/// Never in the way: a missing file is an empty memory, a corrupt or
/// unreadable one is reported once (the caller shows the warning) and
/// ignored, and a write goes to a temporary file renamed over the old one,
/// so a crash mid-write never leaves half a file.
public struct ReadingMemoryStore: Sendable {
    public var url: URL

    public init(url: URL) { self.url = url }

    /// `$XDG_STATE_HOME/quoth/state.json`, else `~/.local/state/quoth/state.json`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ReadingMemoryStore {
        ReadingMemoryStore(url: XDGBaseDirectory.state.quothURL("state.json", environment: environment))
    }

    /// The memory, and a warning when the file was there but could not be used.
    public func load() -> (memory: ReadingMemory, warning: String?) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (ReadingMemory(), nil) }
        do {
            let data = try Data(contentsOf: url)
            return (try JSONDecoder().decode(ReadingMemory.self, from: data), nil)
        } catch {
            return (ReadingMemory(), "\(url.path): unreadable state file ignored (\(Self.reason(error)))")
        }
    }

    /// Writes the changes this run made since `baseline` (what it loaded):
    /// under a lock, the file is read again, the changes are laid over it,
    /// and the result goes to a temporary file renamed over the old one.
    /// Two quoth instances at once so lose no update, and a failed write
    /// (a full disk, a read-only home) leaves the old file as it was.
    public func save(_ memory: ReadingMemory, since baseline: ReadingMemory = ReadingMemory()) throws {
        try AtomicFile.withLock(in: url.deletingLastPathComponent(), named: ".state.lock") {
            var merged = load().memory
            for (key, mark) in memory.articles where baseline.articles[key] != mark {
                merged.articles[key] = mark
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try AtomicFile.write(try encoder.encode(merged), to: url)
        }
    }

    static func reason(_ error: Error) -> String {
        if error is DecodingError { return "not quoth's JSON" }
        return (error as NSError).localizedDescription
    }
}
