import ArticleKit

/// What every screen shares: the window's size, the status line's message,
/// the keys, the themes and what quoth remembers between runs.
///
/// Handed to a screen's `apply` as `inout`, so a screen changes it in place
/// and nothing is copied out and back.
public struct SharedState: Sendable {
    public var size: Size
    /// One line for the status bar: a warning, an error, the result of a key.
    public var message: String?
    public var keymap: Keymap = .standard
    public var themes: [Theme]
    public var themeIndex: Int
    public var mouseEnabled = false
    /// How dates show: in the reader's zone (fixed in tests).
    public var dates = DateText.local
    /// The config file's settings (browser, copy command, …).
    public var config = Config()
    /// The `|` prompt, while a command to pipe to is being typed.
    public var pipe: PipeRequest?
    /// What went wrong at launch without stopping it (bad config or theme
    /// lines, inputs skipped, an unreadable state file): `!` lists them.
    public var notices: [String] = []
    /// Reading positions and read marks; saved by the event loop when `memoryChanged`.
    public var memory = ReadingMemory()
    /// Set when `memory` changed since the event loop last saved it.
    public var memoryChanged = false
    /// Where the feeds view lists feeds from, when there are subscriptions (`F` opens it).
    public var feedShelf: (any FeedShelf)?
    /// `R`'s reload while it runs: the status line counts it.
    public var feedReload: FeedReload?

    public init(size: Size, themes: [Theme] = [.builtIn], themeIndex: Int = 0) {
        self.size = size
        self.themes = themes.isEmpty ? [.builtIn] : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
    }

    public var theme: Theme { themes[themeIndex] }

    /// Records where an article was left and whether it is read.
    mutating func remember(_ source: String, offset: Int, read: Bool) {
        guard source != "-" else { return }
        let mark = ReadingMemory.Mark(read: read, offset: offset)
        guard memory[source] != mark else { return }
        memory[source] = mark
        memoryChanged = true
    }

    /// The same, for an article whose memory key is known already (marking a
    /// whole library read must not make every path absolute again).
    mutating func remember(key: String, offset: Int, read: Bool) {
        let mark = ReadingMemory.Mark(read: read, offset: offset)
        guard memory.articles[key] != mark else { return }
        memory.articles[key] = mark
        memoryChanged = true
    }

    func isRead(_ source: String) -> Bool { memory[source]?.read ?? false }
}

/// Text waiting for the command `|` asks for.
public struct PipeRequest: Sendable {
    public var prompt = Prompt(editing: true, symbol: "|")
    public var text: String
}
