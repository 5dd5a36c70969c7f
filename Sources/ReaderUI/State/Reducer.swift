import ArticleKit

extension ReaderState {
    /// Applies one action; returns what the event loop must do beyond drawing.
    ///
    /// The only place the state changes. Commands mean different things in
    /// different panes (`lineDown` scrolls the reader, moves a list cursor).
    public mutating func apply(_ action: Action) -> Effect? {
        switch action {
        case .command(let command):
            return browsing ? performInLibrary(command) : perform(command)
        case .type(let c):
            if browsing { editInLibrary { $0.text.append(c) } } else { edit { $0.text.append(c) } }
        case .erase:
            let erase: (inout Prompt) -> Void = { if !$0.text.isEmpty { $0.text.removeLast() } }
            if browsing { editInLibrary(erase) } else { edit(erase) }
        case .libraryLoaded(let library, let done):
            browser?.update(library, done: done)
        case .resize(let newSize):
            resize(to: newSize)
        case .mouse(let event):
            if browsing {
                // The library's lists scroll with the wheel; clicks are the reader's.
                guard event.kind != .click else { return nil }
                for _ in 0..<3 { _ = performInLibrary(event.kind == .wheelDown ? .lineDown : .lineUp) }
            } else {
                handle(event)
            }
        case .loaded(let index, let result):
            guard documents.indices.contains(index) else { return nil }
            switch result {
            case .success(let articles):
                guard let article = articles.first else {
                    documents[index].error = "\(documents[index].path): no article found"
                    message = documents[index].error
                    return nil
                }
                documents[index].article = article
                show(article, document: index)
            case .failure(let error):
                documents[index].error = error.description
                message = error.description
            }
        }
        return nil
    }

    mutating func perform(_ command: Command) -> Effect? {
        message = nil
        switch command {
        case .quit:
            return .quit
        case .redraw:
            return .redraw
        case .help:
            showHelp.toggle()
            helpTop = 0
        case .close:
            if showHelp { showHelp = false } else if focus != .reader { setFocus(.reader) } else if browser != nil { return backToLibrary() } else { return .quit }
        case .cancel:
            if showHelp {
                showHelp = false
            } else if focus == .quotes {
                if filter.text.isEmpty && !filter.editing { setFocus(.reader) } else {
                    filter = Prompt()
                    refilter()
                }
            } else if focus == .reader {
                search = Prompt()
                searchMatches = []
                searchCurrent = nil
            } else {
                setFocus(.reader)
            }
        case .cycleFocus, .cycleFocusBackward:
            showHelp = false
            let all = Focus.allCases
            let step = command == .cycleFocus ? 1 : all.count - 1
            setFocus(all[(all.firstIndex(of: focus)! + step) % all.count])
        case .focusSidebar: showHelp = false; setFocus(.sidebar)
        case .focusReader: showHelp = false; setFocus(.reader)
        case .focusQuotes: showHelp = false; setFocus(.quotes)
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: move(by: max(1, pageSize - 1))
        case .pageUp: move(by: -max(1, pageSize - 1))
        case .top: move(by: -ReaderState.farAway)
        case .bottom: move(by: ReaderState.farAway)
        case .select:
            select()
        case .nextQuote: stepQuote(forward: true)
        case .previousQuote: stepQuote(forward: false)
        case .nextSpeakerQuote: stepSpeakerQuote(forward: true)
        case .previousSpeakerQuote: stepSpeakerQuote(forward: false)
        case .search:
            if focus == .quotes {
                filter.editing = true
            } else {
                setFocus(.reader)
                search = Prompt(text: "", editing: true)
                searchMatches = []
                searchCurrent = nil
            }
        case .searchNext: stepMatch(forward: true)
        case .searchPrevious: stepMatch(forward: false)
        case .nextArticle: return browser != nil ? openNeighbour(1) : openDocument(current + 1)
        case .previousArticle: return browser != nil ? openNeighbour(-1) : openDocument(current - 1)
        case .sort, .toggleRead: break
        case .problems:
            guard browser != nil else { message = "no library open"; return nil }
            _ = backToLibrary()
            browser?.showProblems = true
        case .nextTheme:
            themeIndex = (themeIndex + 1) % themes.count
            message = "theme: \(theme.name)"
        }
        return nil
    }

    // MARK: Focus and scrolling

    mutating func setFocus(_ newFocus: Focus) {
        focus = newFocus
        if browsing { return }
        if focus == .sidebar, selectedSpeaker == nil, !article.speakers.isEmpty {
            selectedSpeaker = selectedQuote.flatMap(content.speaker(ofQuote:)) ?? speakerOrder.first
        }
    }

    var pageSize: Int {
        if showHelp { return max(1, screen.body.height) }
        switch focus {
        case .reader: return readerHeight
        case .sidebar: return max(1, screen.sidebar.height / 2)
        case .quotes: return max(1, screen.body.height - 1)
        }
    }

    /// Further than any list or article goes: `g`/`G` move this far.
    static let farAway = 1 << 40

    mutating func move(by delta: Int) {
        if showHelp {
            helpTop = clamp(helpTop + delta, 0, HelpView.lineCount(keymap) - screen.body.height)
            return
        }
        switch focus {
        case .reader:
            readerTop = clamp(readerTop + delta, 0, maxReaderTop)
        case .sidebar:
            let order = speakerOrder
            guard !order.isEmpty else { return }
            let position = selectedSpeaker.flatMap { order.firstIndex(of: $0) } ?? 0
            selectedSpeaker = order[clamp(position + clamp(delta, -order.count, order.count), 0, order.count - 1)]
        case .quotes:
            guard !filteredQuotes.isEmpty else { return }
            quoteCursor = clamp(quoteCursor + clamp(delta, -filteredQuotes.count, filteredQuotes.count), 0, filteredQuotes.count - 1)
        }
    }

    /// Scrolls the reader so `offset` is on screen, a third of the way down when it was not.
    mutating func reveal(offset: Int) {
        guard !isOnScreen(offset: offset) else { return }
        readerTop = clamp(layout.line(containing: offset, in: content) - readerHeight / 3, 0, maxReaderTop)
    }

    // MARK: Selecting quotes

    private mutating func select() {
        if showHelp { showHelp = false; return }
        switch focus {
        case .reader:
            if search.editing {
                search.editing = false
                if searchMatches.isEmpty && !search.text.isEmpty { message = "not found: \(search.text)" }
                return
            }
            guard let q = selectedQuote else {
                message = article.quotes.isEmpty ? "no quotes in this article" : "] selects the next quote"
                return
            }
            if let s = content.speaker(ofQuote: q) {
                selectedSpeaker = s
                message = "\(article.speakers[s].name): } and { step through their quotes"
            } else {
                message = "this quote is not attributed to anyone"
            }
        case .sidebar:
            guard let s = selectedSpeaker, let first = article.quotes.indices.first(where: { article.quotes[$0].speaker == s })
            else { return }
            selectQuote(first)
            setFocus(.reader)
        case .quotes:
            filter.editing = false
            guard filteredQuotes.indices.contains(quoteCursor) else { return }
            let q = filteredQuotes[quoteCursor]
            if let s = content.speaker(ofQuote: q) { selectedSpeaker = s }
            setFocus(.reader)
            selectQuote(q)
        }
    }

    mutating func selectQuote(_ index: Int) {
        selectedQuote = index
        reveal(offset: article.quotes[index].marked.lowerBound)
    }

    private mutating func stepQuote(forward: Bool) {
        let quotes = article.quotes
        guard !quotes.isEmpty else { message = "no quotes in this article"; return }
        let next: Int?
        if let q = selectedQuote {
            next = forward ? (q + 1 < quotes.count ? q + 1 : nil) : (q > 0 ? q - 1 : nil)
        } else {
            // Nothing selected yet: start from what is on screen.
            let topOffset = layout.anchor(ofLine: readerTop, in: content)
            next = forward ? quotes.indices.first { quotes[$0].marked.upperBound > topOffset }
                : quotes.indices.last { quotes[$0].marked.lowerBound < topOffset } ?? quotes.indices.first
        }
        guard let next else { message = forward ? "no more quotes" : "this is the first quote"; return }
        selectQuote(next)
    }

    private mutating func stepSpeakerQuote(forward: Bool) {
        guard let speaker = selectedSpeaker ?? selectedQuote.flatMap(content.speaker(ofQuote:)) else {
            message = article.speakers.isEmpty ? "no speakers in this article" : "pick a speaker first (s, then j/k)"
            return
        }
        selectedSpeaker = speaker
        let theirs = article.quotes.indices.filter { article.quotes[$0].speaker == speaker }
        guard !theirs.isEmpty else { return }
        let position = selectedQuote.flatMap { theirs.firstIndex(of: $0) }
        let next: Int
        if let position {
            next = theirs[(position + (forward ? 1 : theirs.count - 1)) % theirs.count]
        } else if let q = selectedQuote {
            next = (forward ? theirs.first { $0 > q } ?? theirs.first : theirs.last { $0 < q } ?? theirs.last)!
        } else {
            next = forward ? theirs[0] : theirs[theirs.count - 1]
        }
        selectQuote(next)
        let n = theirs.firstIndex(of: next)! + 1
        message = "\(article.speakers[speaker].name): quote \(n) of \(theirs.count)"
    }

    // MARK: Search and filter

    private mutating func edit(_ change: (inout Prompt) -> Void) {
        if focus == .quotes, filter.editing {
            change(&filter)
            refilter()
        } else if focus == .reader, search.editing {
            change(&search)
            searchMatches = content.search(search.text)
            let top = layout.anchor(ofLine: readerTop, in: content)
            searchCurrent = searchMatches.firstIndex { $0.lowerBound >= top } ?? (searchMatches.isEmpty ? nil : 0)
            if let current = searchCurrent { reveal(offset: searchMatches[current].lowerBound) }
        }
    }

    private mutating func stepMatch(forward: Bool) {
        guard !searchMatches.isEmpty else {
            message = search.text.isEmpty ? "/ to search" : "not found: \(search.text)"
            return
        }
        let count = searchMatches.count
        let next = searchCurrent.map { ($0 + (forward ? 1 : count - 1)) % count } ?? 0
        searchCurrent = next
        reveal(offset: searchMatches[next].lowerBound)
        message = "match \(next + 1) of \(count)"
    }

    // MARK: Documents

    private mutating func openDocument(_ index: Int) -> Effect? {
        guard documents.count > 1 else { message = "only one article open"; return nil }
        guard documents.indices.contains(index) else {
            message = index < 0 ? "this is the first article" : "this is the last article"
            return nil
        }
        if let article = documents[index].article {
            show(article, document: index)
            return nil
        }
        if let error = documents[index].error {
            current = index
            message = error
            return nil
        }
        return .load(index)
    }

    // MARK: Mouse

    private mutating func handle(_ event: MouseEvent) {
        let screen = self.screen
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            if !showHelp, focus != .quotes, screen.reader.contains(x: event.x, y: event.y) {
                readerTop = clamp(readerTop + delta, 0, maxReaderTop)
            } else {
                move(by: delta)
            }
        case .click:
            guard !showHelp else { return }
            if focus == .quotes {
                let row = event.y - screen.body.y - 1
                if filteredQuotes.indices.contains(QuoteListView.firstRow(cursor: quoteCursor, rows: screen.body.height - 1) + row) {
                    quoteCursor = QuoteListView.firstRow(cursor: quoteCursor, rows: screen.body.height - 1) + row
                }
            } else if screen.sidebar.contains(x: event.x, y: event.y) {
                let rows = SidebarView.rows(for: self)
                let top = SidebarView.firstRow(rows: rows, cursor: selectedSpeaker, height: screen.sidebar.height - 1)
                let index = event.y - screen.sidebar.y - 1 + top
                if rows.indices.contains(index), let speaker = rows[index].speaker {
                    focus = .sidebar
                    selectedSpeaker = speaker
                }
            } else if screen.reader.contains(x: event.x, y: event.y) {
                focus = .reader
                if let offset = ReaderPaneView.offset(at: event.x, y: event.y, in: self),
                   let q = article.quotes.indices.first(where: { article.quotes[$0].marked.contains(offset) }) {
                    selectedQuote = q
                    if let s = content.speaker(ofQuote: q) { selectedSpeaker = s }
                }
            }
        }
    }
}

@inline(__always)
func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
}
