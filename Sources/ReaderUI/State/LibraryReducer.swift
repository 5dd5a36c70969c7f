import ArticleKit

extension ReaderState {
    /// Commands on the library screen: the middle pane is the article list,
    /// the sidebar lists speakers across articles, the quote view lists
    /// quotes across articles.
    mutating func performInLibrary(_ command: Command) -> Effect? {
        guard var b = browser else { browsing = false; return perform(command) }
        message = nil
        defer { if browser != nil { browser = b } }
        if b.showProblems {
            switch command {
            case .close, .cancel, .problems, .select: b.showProblems = false
            case .lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom:
                let step = command == .lineDown ? 1 : command == .lineUp ? -1 : command == .pageDown ? pageSize
                    : command == .pageUp ? -pageSize : command == .top ? -ReaderState.farAway : ReaderState.farAway
                b.problemsTop = clamp(b.problemsTop + step, 0, b.library.failures.count - 1)
            case .quit: return .quit
            case .redraw: return .redraw
            default: break
            }
            return nil
        }
        switch command {
        case .lineDown: moveInLibrary(&b, by: 1)
        case .lineUp: moveInLibrary(&b, by: -1)
        case .pageDown: moveInLibrary(&b, by: max(1, libraryPage - 1))
        case .pageUp: moveInLibrary(&b, by: -max(1, libraryPage - 1))
        case .top: moveInLibrary(&b, by: -ReaderState.farAway)
        case .bottom: moveInLibrary(&b, by: ReaderState.farAway)
        case .select:
            switch focus {
            case .reader:
                if b.search.editing { b.search.editing = false; return nil }
                guard b.rows.indices.contains(b.cursor) else { return nil }
                browser = b
                let effect = open(article: b.rows[b.cursor], quote: nil)
                b = browser!
                return effect
            case .sidebar:
                if b.speakerSearch.editing {
                    b.speakerSearch.editing = false
                    if !b.speakerSearch.text.isEmpty, !b.library.speakers.indices.contains(b.speakerCursor)
                        || !SearchText.contains(b.library.speakers[b.speakerCursor].aliases.joined(separator: "\n") + "\n" + b.library.speakers[b.speakerCursor].name, b.speakerSearch.text) {
                        message = "no speaker named “\(b.speakerSearch.text)”"
                    }
                    return nil
                }
                guard b.library.speakers.indices.contains(b.speakerCursor) else { return nil }
                b.choose(speaker: b.speakerCursor)
                focus = .quotes
            case .quotes:
                if b.filter.editing { b.filter.editing = false; return nil }
                guard b.quoteRows.indices.contains(b.quoteCursor) else { return nil }
                let ref = b.library.quotes[b.quoteRows[b.quoteCursor]]
                browser = b
                let effect = open(article: ref.article, quote: ref.quote)
                b = browser!
                return effect
            }
        case .cancel:
            switch focus {
            case .reader:
                b.search = Prompt()
                b.refreshRows(keeping: b.rows.indices.contains(b.cursor) ? b.rows[b.cursor] : nil)
            case .quotes:
                if b.filter.editing || !b.filter.text.isEmpty {
                    b.filter = Prompt()
                    b.refreshQuotes()
                } else if b.chosenSpeaker != nil {
                    b.choose(speaker: nil)
                } else {
                    focus = .reader
                }
            case .sidebar:
                if b.speakerSearch.editing { b.speakerSearch = Prompt() } else { focus = .reader }
            }
        case .search:
            if focus == .quotes {
                b.filter.editing = true
            } else if focus == .sidebar {
                b.speakerSearch = Prompt(text: "", editing: true)
            } else {
                focus = .reader
                b.search = Prompt(text: "", editing: true)
                b.refreshRows()
            }
        case .sort:
            if focus == .quotes {
                b.newestFirst.toggle()
                b.refreshQuotes()
                message = b.newestFirst ? "quotes: newest first" : "quotes: library order"
            } else {
                let all = LibraryBrowser.Sort.allCases
                b.setSort(all[(all.firstIndex(of: b.sort)! + 1) % all.count])
                message = "articles: \(b.sort.label)"
            }
        case .toggleRead:
            guard focus == .reader, b.rows.indices.contains(b.cursor) else { return nil }
            let a = b.rows[b.cursor]
            let offset = b.memory[b.library.articles[a].source]?.offset ?? 0
            b.remember(article: a, offset: offset, read: !b.isRead(a))
            return .remember(b.memory)
        case .problems:
            if b.library.failures.isEmpty { message = "every file was read" } else { b.showProblems = true; b.problemsTop = 0 }
        case .close:
            if showHelp { showHelp = false } else if focus != .reader { focus = .reader } else { return .quit }
        case .cycleFocus, .cycleFocusBackward, .focusSidebar, .focusReader, .focusQuotes, .help, .quit, .redraw, .nextTheme:
            return perform(command)
        case .nextQuote, .previousQuote, .nextSpeakerQuote, .previousSpeakerQuote, .searchNext, .searchPrevious,
             .nextArticle, .previousArticle:
            message = "open an article first (Enter)"
        }
        return nil
    }

    private var libraryPage: Int { max(1, screen.body.height - 1) }

    private mutating func moveInLibrary(_ b: inout LibraryBrowser, by delta: Int) {
        if showHelp {
            move(by: delta)
            return
        }
        switch focus {
        case .reader: b.cursor = clamp(b.cursor + clamp(delta, -b.rows.count, b.rows.count), 0, b.rows.count - 1)
        case .sidebar:
            let count = b.library.speakers.count
            b.speakerCursor = clamp(b.speakerCursor + clamp(delta, -count, count), 0, count - 1)
        case .quotes:
            let count = b.quoteRows.count
            b.quoteCursor = clamp(b.quoteCursor + clamp(delta, -count, count), 0, count - 1)
        }
    }

    mutating func editInLibrary(_ change: (inout Prompt) -> Void) {
        guard var b = browser else { return }
        if focus == .quotes, b.filter.editing {
            change(&b.filter)
            b.refreshQuotes()
        } else if focus == .sidebar, b.speakerSearch.editing {
            change(&b.speakerSearch)
            b.findSpeaker()
        } else if focus == .reader, b.search.editing {
            change(&b.search)
            b.cursor = 0
            b.refreshRows()
        }
        browser = b
    }

    /// Opens a library article in the reader, at `quote` or where it was
    /// left last time, and marks it read.
    mutating func open(article a: Int, quote: Int?) -> Effect? {
        guard var b = browser, b.library.articles.indices.contains(a) else { return nil }
        let article = b.library.articles[a]
        if browsing { b.returnFocus = focus }
        b.openArticle = a
        documents = [Document(path: article.source, article: article)]
        browsing = false
        showHelp = false
        show(article, document: 0)
        focus = .reader
        if let quote, article.quotes.indices.contains(quote) {
            selectQuote(quote)
            selectedSpeaker = content.speaker(ofQuote: quote)
        } else if let mark = b.memory[article.source] {
            readerTop = clamp(layout.line(containing: mark.offset, in: content), 0, maxReaderTop)
        }
        b.remember(article: a, offset: layout.anchor(ofLine: readerTop, in: content), read: true)
        browser = b
        return .remember(b.memory)
    }

    /// Leaves the reader for the library, remembering where reading stopped.
    mutating func backToLibrary() -> Effect? {
        guard var b = browser else { return nil }
        if !browsing, let a = b.openArticle {
            b.remember(article: a, offset: layout.anchor(ofLine: readerTop, in: content), read: true)
        }
        b.openArticle = nil
        browsing = true
        showHelp = false
        focus = b.returnFocus
        browser = b
        return .remember(b.memory)
    }

    /// On the way out: remembers where the open article was left, and
    /// returns the memory to save (nil outside the library).
    public mutating func leaveLibrary() -> ReadingMemory? {
        guard browser != nil else { return nil }
        _ = backToLibrary()
        return browser?.memory
    }

    /// `>`/`<` in an article opened from the library: the next or previous one in the list.
    mutating func openNeighbour(_ step: Int) -> Effect? {
        guard let b = browser, let a = b.openArticle, let position = b.rows.firstIndex(of: a) else {
            message = "not in the library's list"
            return nil
        }
        let next = position + step
        guard b.rows.indices.contains(next) else {
            message = step < 0 ? "this is the first article" : "this is the last article"
            return nil
        }
        _ = backToLibrary()
        browser?.cursor = next
        return open(article: b.rows[next], quote: nil)
    }
}
