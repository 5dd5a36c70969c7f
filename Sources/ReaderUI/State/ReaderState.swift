import ArticleKit

/// The whole reader: a stack of screens and what they share.
///
/// The top screen takes the keys; a screen opened from another (an article
/// from the library, help over anything) goes on top and `q` takes it off
/// again, so the screen below is exactly as it was left. Changed only by
/// `apply(_:)`; drawn only by `Renderer`.
public struct ReaderState: Sendable {
    /// Bottom first; never empty. The top one takes the keys.
    public private(set) var screens: [Screen]
    public var shared: SharedState
    /// The inputs the user named, when they are read one at a time rather
    /// than as a library (standard input among them); `>` and `<` walk them.
    public var documents: [Document]
    /// Index of the open document.
    public var current: Int

    /// The reader over `documents`, showing the first one that could be read.
    public init(documents: [Document], size: Size, themes: [Theme] = [.builtIn], themeIndex: Int = 0, dates: DateText = .local) {
        precondition(!documents.isEmpty, "the reader needs at least one document")
        self.documents = documents
        shared = SharedState(size: size, themes: themes, themeIndex: themeIndex)
        shared.dates = dates
        let first = documents.firstIndex { $0.article != nil } ?? 0
        current = first
        let article = documents[first].article ?? ReaderState.unreadable(documents[first])
        screens = [.article(ArticleScreen(article: article, size: size, dates: dates))]
        shared.message = documents[first].error ?? article.warnings.first
    }

    /// The library screen, before any article is read: loading fills it in.
    public init(library: LibraryScreen, size: Size, themes: [Theme] = [.builtIn], themeIndex: Int = 0) {
        documents = []
        current = 0
        shared = SharedState(size: size, themes: themes, themeIndex: themeIndex)
        var library = library
        library.resize(to: size)
        screens = [.library(library)]
    }

    /// The feeds view, over the feeds a shelf lists.
    public init(feeds: FeedsScreen, size: Size, themes: [Theme] = [.builtIn], themeIndex: Int = 0) {
        documents = []
        current = 0
        shared = SharedState(size: size, themes: themes, themeIndex: themeIndex)
        shared.feedShelf = feeds.shelf
        var feeds = feeds
        feeds.resize(to: size)
        screens = [.feeds(feeds)]
    }

    /// Convenience for one article.
    public init(article: Article, size: Size, themes: [Theme] = [.builtIn], dates: DateText = .local) {
        self.init(documents: [Document(path: article.source, article: article)], size: size, themes: themes, dates: dates)
    }

    public var size: Size { shared.size }
    public var theme: Theme { shared.theme }
    public var message: String? {
        get { shared.message }
        set { shared.message = newValue }
    }

    /// The screen taking keys.
    public var top: Screen { screens[screens.count - 1] }

    /// The article being read: the top screen, or the one under help.
    public var articleScreen: ArticleScreen? {
        for screen in screens.reversed() {
            if case .article(let article) = screen { return article }
            if !screen.isOverlay { return nil }
        }
        return nil
    }

    /// The library, wherever it is in the stack.
    public var libraryScreen: LibraryScreen? {
        for case .library(let library) in screens { return library }
        return nil
    }

    /// The feeds view, wherever it is in the stack.
    public var feedsScreen: FeedsScreen? {
        for case .feeds(let feeds) in screens { return feeds }
        return nil
    }

    /// The prompt taking keystrokes, if any.
    public var activePrompt: Prompt? { shared.pipe?.prompt ?? top.activePrompt }

    /// What a key does here: prompt editing first, then the keymap; a key
    /// bound to nothing is `.unbound`, so the user hears about it.
    public func action(for key: Key) -> Action {
        if activePrompt != nil {
            switch key {
            case .enter: return .command(.select)
            case .escape: return .command(.cancel)
            default: if let edit = Prompt.edit(for: key) { return .edit(edit) }
            }
        }
        return shared.keymap.command(for: key, in: top.keyContext).map(Action.command) ?? .unbound(key)
    }

    /// Applies one action; returns what the event loop must do beyond drawing.
    ///
    /// The only place the state changes: the top screen handles what it
    /// can, and what it leaves (quit, help, themes, opening and closing
    /// screens) is handled here, once for every screen.
    public mutating func apply(_ action: Action) -> Effect? {
        switch action {
        case .command(let command):
            shared.message = nil
            if shared.pipe != nil { return pipeCommand(command) }
            return perform(command)
        case .edit(let edit):
            if shared.pipe != nil { shared.pipe?.prompt.apply(edit) } else { editTop { $0.apply(edit) } }
        case .report(let outcome):
            shared.message = outcome
        case .unbound(let key):
            shared.message = "\(key.label) does nothing here; ? lists the keys"
        case .libraryLoaded(let library, let done):
            return apply(.libraryContents(library, done: done))
        case .libraryContents(let contents, let done):
            guard let index = screens.firstIndex(where: { if case .library = $0 { true } else { false } }),
                  case .library(var screen) = screens[index] else { return nil }
            screens[index] = .help(.placeholder)
            let sorting = screen.sortPending ? screen.sortMessage : nil
            screen.update(contents: contents, done: done)
            // The order arrived: the status line that said "sorting…" says it is done.
            if let sorting, shared.message == sorting, !screen.sortPending { shared.message = screen.sortMessage }
            screens[index] = .library(screen)
            if case .problems(var problems) = top {
                problems.update(problemSections)
                screens[screens.count - 1] = .problems(problems)
            }
            // Speakers merge again as articles arrive: an open article takes their new
            // colours, and its place in the library (the store's order may have changed).
            for i in screens.indices {
                guard case .article(var article) = screens[i], let old = article.libraryIndex else { continue }
                article.libraryIndex = screen.place(ofSource: article.article.source, near: old)
                guard let a = article.libraryIndex else { screens[i] = .article(article); continue }
                article.speakerSlots = screen.speakerSlots(ofArticle: a, speakers: article.article.speakers.count)
                screens[i] = .article(article)
            }
        case .feedsReloading(let reload):
            reloaded(reload)
        case .resize(let newSize):
            shared.size = newSize
            for i in screens.indices { screens[i].resize(to: newSize) }
        case .mouse(let event):
            if case .effect(let effect)? = screens[screens.count - 1].handle(event, &shared) { return effect }
        case .loaded(let index, let result):
            guard documents.indices.contains(index) else { return nil }
            switch result {
            case .success(let articles):
                guard let article = articles.first else {
                    documents[index].error = "\(documents[index].path): no article found"
                    shared.message = documents[index].error
                    return nil
                }
                documents[index].article = article
                show(document: index)
            case .failure(let error):
                documents[index].error = error.description
                shared.message = error.description
            }
        }
        return nil
    }

    private mutating func editTop(_ change: (inout Prompt) -> Void) {
        screens[screens.count - 1].edit(change)
    }

    /// A command for the top screen, then, if it leaves it, the shared handler.
    private mutating func perform(_ command: Command) -> Effect? {
        let outcome = screens[screens.count - 1].apply(command, &shared)
        switch outcome {
        case nil:
            return nil
        case .effect(let effect)?:
            return effect
        case .push(let screen)?:
            screens.append(screen)
            return nil
        case .close?:
            return close()
        case .neighbour(let step)?:
            return openNeighbour(step)
        case .unhandled?:
            return fallback(command)
        }
    }

    /// Enter runs the command typed after `|`, Esc forgets it.
    private mutating func pipeCommand(_ command: Command) -> Effect? {
        guard let request = shared.pipe else { return nil }
        switch command {
        case .select:
            shared.pipe = nil
            let line = request.prompt.text.trimmingCharacters(in: .whitespaces)
            return line.isEmpty ? nil : .pipe(text: request.text, command: line)
        case .cancel:
            shared.pipe = nil
        default:
            break
        }
        return nil
    }

    /// The shared handler: what every screen means by these commands.
    private mutating func fallback(_ command: Command) -> Effect? {
        switch command {
        case .quit:
            return .quit
        case .redraw:
            return .redraw
        case .nextTheme:
            shared.themeIndex = (shared.themeIndex + 1) % shared.themes.count
            shared.message = "theme: \(shared.theme.name)"
            return nil
        default:
            break
        }
        // Help and the problems list give way to the screen below, which takes the key.
        if top.isOverlay, screens.count > 1, command != .help, command != .problems {
            screens.removeLast()
            return perform(command)
        }
        switch command {
        case .help:
            screens.append(.help(HelpScreen(keymap: shared.keymap, size: shared.size)))
        case .problems:
            return showProblems()
        case .close:
            return close()
        case .copyQuote:
            guard let citation = top.citationForCopy else {
                shared.message = "no quote selected: ] selects one, f lists them"
                return nil
            }
            return .copy(citation)
        case .pipe:
            guard let text = top.textForPipe else {
                shared.message = "nothing to pipe here: open an article or pick a quote"
                return nil
            }
            shared.pipe = PipeRequest(text: text)
        case .reloadFeeds:
            return reloadFeeds()
        case .openFeeds:
            openFeeds()
        case .nextUnread where fromFeed != nil:
            guard case .article(let open) = top, let below = fromFeed, case .feeds(var feeds) = screens[below] else { return nil }
            let outcome = feeds.openNextUnread(after: open.article.source, &shared)
            screens[below] = .feeds(feeds)
            guard case .push(let next)? = outcome else { return nil }
            leave(open)
            screens[screens.count - 1] = next
        case .markAllRead where fromFeed != nil:
            shared.message = "A marks the feed's articles read: q goes back to them"
        case .nextUnread, .markAllRead:
            guard case .article(let open) = top, let a = open.libraryIndex, screens.count >= 2,
                  case .library(var library) = screens[screens.count - 2] else {
                shared.message = "no library open"
                return nil
            }
            guard command == .nextUnread else {
                shared.message = "A marks the library's list read: q goes back to it"
                return nil
            }
            let outcome = library.openNextUnread(after: a, &shared)
            screens[screens.count - 2] = .library(library)
            guard case .push(let next)? = outcome else { return nil }
            leave(open)
            screens[screens.count - 1] = next
        default:
            break
        }
        return nil
    }

    /// The index of the feeds view under the open article, when the article
    /// was opened from it.
    private var fromFeed: Int? {
        guard case .article = top, screens.count >= 2, case .feeds = screens[screens.count - 2] else { return nil }
        return screens.count - 2
    }

    /// `R`: every feed fetched in the background (the event loop starts it),
    /// unless a reload is running or there is nothing to reload.
    private mutating func reloadFeeds() -> Effect? {
        if let running = shared.feedReload {
            shared.message = "already \(running.progress)"
            return nil
        }
        guard shared.feedShelf != nil else {
            shared.message = "no feeds to reload: `quoth feeds add URL` subscribes one"
            return nil
        }
        shared.feedReload = FeedReload(total: feedsScreen?.feeds.count ?? 0)
        return .reloadFeeds
    }

    /// A report from the reload: counted in the status line while it runs;
    /// at the end the feeds view lists what is new and the status line sums up.
    private mutating func reloaded(_ reload: FeedReload) {
        guard reload.finished else {
            shared.feedReload = reload
            return
        }
        shared.feedReload = nil
        if let shelf = shared.feedShelf {
            let feeds = shelf.feeds()
            for i in screens.indices {
                guard case .feeds(var screen) = screens[i] else { continue }
                screens[i] = .help(.placeholder)
                screen.update(feeds)
                screens[i] = .feeds(screen)
            }
        }
        if case .problems(var problems) = top {
            problems.update(problemSections)
            screens[screens.count - 1] = .problems(problems)
        }
        if let saveError = reload.saveError { shared.notices.append(saveError) }
        shared.message = reload.summary
    }

    /// `F`: the feeds view — back down to it when it is open already, else over this screen.
    private mutating func openFeeds() {
        if let index = screens.lastIndex(where: { if case .feeds = $0 { true } else { false } }) {
            while screens.count > index + 1 { _ = close() }
            if case .feeds(var feeds) = screens[index], feeds.level == .articles {
                feeds.closeFeed()
                screens[index] = .feeds(feeds)
            }
            return
        }
        guard let shelf = shared.feedShelf else {
            shared.message = "no feeds yet: `quoth feeds add URL` subscribes one"
            return
        }
        screens.append(.feeds(FeedsScreen(shelf: shelf, size: shared.size, dates: shared.dates)))
    }

    /// `!`: what went wrong, over whatever is showing.
    private mutating func showProblems() -> Effect? {
        let problems = ProblemsScreen(sections: problemSections, size: shared.size)
        guard !problems.isEmpty else {
            shared.message = "every file was read, and nothing is wrong with the settings"
            return nil
        }
        screens.append(.problems(problems))
        return nil
    }

    private var problemSections: [ProblemsScreen.Section] {
        let library = libraryScreen
        return ProblemsScreen.sections(library: library, documents: documents, notices: shared.notices,
                                       paths: library?.paths ?? PathDisplay(), feedFailures: feedsScreen?.failures ?? [])
    }

    /// Takes the top screen off, remembering where an article was left; quits from the last.
    private mutating func close() -> Effect? {
        guard screens.count > 1 else { return .quit }
        if case .article(let article) = screens.removeLast() { leave(article) }
        return nil
    }

    /// Remembers where reading stopped in an article that is being left.
    private mutating func leave(_ article: ArticleScreen) {
        shared.remember(article.article.source, offset: article.topOffset, read: true)
    }

    /// Starts from what was remembered: the open article where it was left.
    public mutating func remember(_ memory: ReadingMemory) {
        shared.memory = memory
        guard case .article(var article) = screens[screens.count - 1] else { return }
        if let mark = memory[article.article.source] { article.scroll(toOffset: mark.offset) }
        screens[screens.count - 1] = .article(article)
        shared.remember(article.article.source, offset: article.topOffset, read: true)
        shared.memoryChanged = false
    }

    /// On the way out: remembers where the open article was left, and
    /// returns the memory to save.
    public mutating func leave() -> ReadingMemory {
        while screens.count > 1 { _ = close() }
        if case .article(let article) = top { leave(article) }
        return shared.memory
    }

    /// The memory to save, when it changed since the last call.
    public mutating func takeChangedMemory() -> ReadingMemory? {
        guard shared.memoryChanged else { return nil }
        shared.memoryChanged = false
        return shared.memory
    }

    // MARK: Neighbours

    /// `>`/`<` in an article: the next or previous one in the library's
    /// list, or among the documents named.
    private mutating func openNeighbour(_ step: Int) -> Effect? {
        guard case .article(let open) = top else { return nil }
        let below = screens.count - 2
        if let feedsIndex = fromFeed, case .feeds(var feeds) = screens[feedsIndex] {
            let outcome = feeds.openNeighbour(of: open.article.source, step: step, &shared)
            screens[feedsIndex] = .feeds(feeds)
            guard case .push(let next)? = outcome else { return nil }
            leave(open)
            screens[screens.count - 1] = next
            return nil
        }
        if let a = open.libraryIndex, below >= 0, case .library(var library) = screens[below] {
            let outcome = library.openNeighbour(of: a, step: step, &shared)
            screens[below] = .library(library)
            guard case .push(let next)? = outcome else { return nil }
            leave(open)
            screens[screens.count - 1] = next
            return nil
        }
        return openDocument(current + step)
    }

    private mutating func openDocument(_ index: Int) -> Effect? {
        guard documents.count > 1 else { shared.message = "only one article open"; return nil }
        guard documents.indices.contains(index) else {
            shared.message = index < current ? "this is the first article" : "this is the last article"
            return nil
        }
        if documents[index].article != nil {
            show(document: index)
            return nil
        }
        if let error = documents[index].error {
            current = index
            shared.message = error
            return nil
        }
        return .load(index)
    }

    /// Shows document `index` in place of the open one, where it was left
    /// last time; the one being left is remembered.
    private mutating func show(document index: Int) {
        guard let article = documents[index].article else { return }
        if case .article(let open) = screens[0] { leave(open) }
        current = index
        var screen = ArticleScreen(article: article, size: shared.size, dates: shared.dates)
        if let mark = shared.memory[article.source] { screen.scroll(toOffset: mark.offset) }
        shared.remember(article.source, offset: screen.topOffset, read: true)
        screens = [.article(screen)]
        shared.message = article.warnings.first
    }

    /// What the reader shows when no document could be read: the reason, as text.
    static func unreadable(_ document: Document) -> Article {
        ArticleReader.plainText(document.error ?? "\(document.path): not read", source: document.path)
    }
}
