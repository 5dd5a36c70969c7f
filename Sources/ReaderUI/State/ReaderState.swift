import ArticleKit

/// Everything the screen shows, as plain values.
///
/// Changed only by `apply(_:)`; drawn only by `Renderer`. The wrapped article
/// is kept here (re-wrapped on resize and when another article opens) so a
/// key press costs a reduce and a render of what is on screen, never a
/// re-layout.
public struct ReaderState: Sendable {
    public var documents: [Document]
    /// Index of the open document.
    public var current: Int
    public private(set) var content: ArticleContent
    public private(set) var layout: ArticleLayout
    public private(set) var size: Size

    public var focus: Focus = .reader
    public var showHelp = false
    public var helpTop = 0

    /// First reader line on screen.
    public var readerTop = 0
    /// Index into `article.quotes`.
    public var selectedQuote: Int?
    /// Index into `article.speakers`: the sidebar's cursor, and whose quotes `}` steps through.
    public var selectedSpeaker: Int?

    public var search = Prompt()
    /// Matches of the last search, article offsets in text order.
    public var searchMatches: [Range<Int>] = []
    public var searchCurrent: Int?

    public var filter = Prompt()
    /// Quotes the quote view lists (indices into `article.quotes`).
    public private(set) var filteredQuotes: [Int] = []
    public var quoteCursor = 0

    public var themes: [Theme]
    public var themeIndex = 0
    /// One line for the status bar: a warning, an error, the result of a key.
    public var message: String?
    public var mouseEnabled = false
    public var keymap: Keymap = .standard

    /// The library, when quoth was given a folder or several files.
    public var browser: LibraryBrowser?
    /// True while the library screen shows (false while reading one of its articles).
    public var browsing = false

    public init(documents: [Document], size: Size, themes: [Theme] = [.builtIn], themeIndex: Int = 0) {
        precondition(!documents.isEmpty, "the reader needs at least one document")
        self.documents = documents
        self.size = size
        self.themes = themes.isEmpty ? [.builtIn] : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        let first = documents.firstIndex { $0.article != nil } ?? 0
        current = first
        let article = documents[first].article ?? ReaderState.unreadable(documents[first])
        content = ArticleContent(article)
        layout = ArticleLayout(content, width: ScreenLayout(size: size, sidebarFocused: false).textWidth)
        filteredQuotes = Array(article.quotes.indices)
        message = documents[first].error ?? article.warnings.first
    }

    /// The library screen, before any article is read: loading fills it in.
    public init(browser: LibraryBrowser, size: Size, themes: [Theme] = [.builtIn], themeIndex: Int = 0) {
        let placeholder = ArticleReader.plainText("", source: "library")
        self.init(documents: [Document(path: "library", article: placeholder)], size: size, themes: themes, themeIndex: themeIndex)
        self.browser = browser
        browsing = true
        message = nil
    }

    /// Convenience for one article.
    public init(article: Article, size: Size, themes: [Theme] = [.builtIn]) {
        self.init(documents: [Document(path: article.source, article: article)], size: size, themes: themes)
    }

    public var article: Article { content.article }
    public var theme: Theme { themes[themeIndex] }
    public var screen: ScreenLayout { ScreenLayout(size: size, sidebarFocused: focus == .sidebar && !showHelp) }

    /// Rows the reader pane shows.
    public var readerHeight: Int { max(1, screen.reader.height) }
    public var maxReaderTop: Int { max(0, layout.lines.count - readerHeight) }

    /// Where the reader is, as a percentage: how much of the article has been on screen.
    public var percent: Int {
        guard !layout.lines.isEmpty else { return 100 }
        return min(100, (readerTop + readerHeight) * 100 / layout.lines.count)
    }

    /// Speakers in sidebar order: most quoted first, ties in article order.
    public var speakerOrder: [Int] {
        article.speakers.indices.sorted {
            let a = article.speakers[$0].quoteCount, b = article.speakers[$1].quoteCount
            return a != b ? a > b : $0 < $1
        }
    }

    /// Where keys go now, for the keymap.
    public var keyContext: Keymap.Context {
        if showHelp { return .help }
        if browsing {
            switch focus {
            case .sidebar: return .librarySpeakers
            case .reader: return .library
            case .quotes: return .libraryQuotes
            }
        }
        switch focus {
        case .sidebar: return .sidebar
        case .reader: return .reader
        case .quotes: return .quotes
        }
    }

    /// The prompt taking keystrokes, if any.
    public var activePrompt: Prompt? {
        if showHelp { return nil }
        if browsing, let browser {
            if focus == .reader, browser.search.editing { return browser.search }
            if focus == .quotes, browser.filter.editing { return browser.filter }
            if focus == .sidebar, browser.speakerSearch.editing { return browser.speakerSearch }
            return nil
        }
        if focus == .reader, search.editing { return search }
        if focus == .quotes, filter.editing { return filter }
        return nil
    }

    /// What a key does here: prompt editing first, then the keymap.
    public func action(for key: Key) -> Action? {
        if activePrompt != nil {
            switch key {
            case .char(let c): return .type(c)
            case .backspace, .delete: return .erase
            case .enter: return .command(.select)
            case .escape: return .command(.cancel)
            default: break
            }
        }
        return keymap.command(for: key, in: keyContext).map(Action.command)
    }

    /// Replaces the open article (another document, or the same re-read).
    mutating func show(_ article: Article, document index: Int) {
        current = index
        content = ArticleContent(article)
        layout = ArticleLayout(content, width: screen.textWidth)
        readerTop = 0
        selectedQuote = nil
        selectedSpeaker = nil
        search = Prompt()
        searchMatches = []
        searchCurrent = nil
        filter = Prompt()
        filteredQuotes = Array(article.quotes.indices)
        quoteCursor = 0
        message = article.warnings.first
    }

    /// Sets the size, re-wrapping and keeping the same text at the top of
    /// the reader, and the selected quote on screen if it was.
    mutating func resize(to newSize: Size) {
        let anchor = layout.anchor(ofLine: readerTop, in: content)
        let selectedOffset = selectedQuote.map { article.quotes[$0].marked.lowerBound }
        let selectedWasVisible = selectedOffset.map { isOnScreen(offset: $0) } ?? false
        size = newSize
        relayout(anchor: anchor)
        readerTop = min(readerTop, maxReaderTop)
        if selectedWasVisible, let selectedOffset { reveal(offset: selectedOffset) }
    }

    func isOnScreen(offset: Int) -> Bool {
        let line = layout.line(containing: offset, in: content)
        return line >= readerTop && line < readerTop + readerHeight
    }

    /// Re-wraps when the text width has changed.
    mutating func relayout(anchor: Int) {
        let width = screen.textWidth
        guard width != layout.width else { return }
        layout = ArticleLayout(content, width: width)
        readerTop = min(layout.line(containing: anchor, in: content), maxReaderTop)
    }

    mutating func refilter() {
        filteredQuotes = content.quotes(matching: SearchText.fold(filter.text))
        quoteCursor = min(quoteCursor, max(0, filteredQuotes.count - 1))
    }

    /// What the reader shows when no document could be read: the reason, as text.
    static func unreadable(_ document: Document) -> Article {
        ArticleReader.plainText(document.error ?? "\(document.path): not read", source: document.path)
    }
}
