import ArticleKit

extension ArticleScreen {
    /// What a command does to the article's panes. Commands that mean
    /// nothing here (quit, help, themes) are left to the shared handler.
    mutating func apply(_ command: Command, _ shared: inout SharedState) -> Outcome? {
        switch command {
        case .close:
            if pane != .text { setPane(.text); return nil }
            return .close
        case .cancel:
            switch pane {
            case .quotes:
                if filter.text.isEmpty && !filter.editing { setPane(.text) } else {
                    filter = Prompt()
                    refilter()
                }
            case .text: clearSearch()
            case .speakers: setPane(.text)
            }
        case .cycleFocus, .cycleFocusBackward:
            let all = Pane.allCases
            let step = command == .cycleFocus ? 1 : all.count - 1
            setPane(all[(all.firstIndex(of: pane)! + step) % all.count])
        case .focusSidebar: setPane(.speakers)
        case .focusReader: setPane(.text)
        case .focusQuotes: setPane(.quotes)
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: page(by: 1)
        case .pageUp: page(by: -1)
        case .top: move(by: -farAway)
        case .bottom: move(by: farAway)
        case .select: select(&shared)
        case .nextQuote: stepQuote(forward: true, &shared)
        case .previousQuote: stepQuote(forward: false, &shared)
        case .nextSpeakerQuote: stepSpeakerQuote(forward: true, &shared)
        case .previousSpeakerQuote: stepSpeakerQuote(forward: false, &shared)
        case .search:
            if pane == .quotes {
                filter.editing = true
            } else {
                setPane(.text)
                clearSearch()
                search.editing = true
            }
        case .searchNext: stepMatch(forward: true, &shared)
        case .searchPrevious: stepMatch(forward: false, &shared)
        case .nextArticle: return .neighbour(1)
        case .previousArticle: return .neighbour(-1)
        case .sort, .toggleRead: return nil
        case .quit, .redraw, .help, .nextTheme, .problems: return .unhandled
        }
        return nil
    }

    /// The prompt taking keystrokes, if any.
    public var activePrompt: Prompt? {
        if pane == .text, search.editing { return search }
        if pane == .quotes, filter.editing { return filter }
        return nil
    }

    /// Where keys go now, for the keymap.
    var keyContext: Keymap.Context {
        switch pane {
        case .speakers: .sidebar
        case .text: .reader
        case .quotes: .quotes
        }
    }

    /// A change to the open prompt: the search finds as you type, the filter narrows.
    mutating func edit(_ change: (inout Prompt) -> Void) {
        if pane == .quotes, filter.editing {
            change(&filter)
            refilter()
        } else if pane == .text, search.editing {
            change(&search)
            research()
            let from = topOffset
            searchCurrent = searchMatches.firstIndex { $0.lowerBound >= from } ?? (searchMatches.isEmpty ? nil : 0)
            if let current = searchCurrent { reveal(offset: searchMatches[current].lowerBound) }
        }
    }

    // MARK: Panes and scrolling

    mutating func setPane(_ newPane: Pane) {
        pane = newPane
        if pane == .speakers, selectedSpeaker == nil, !article.speakers.isEmpty {
            selectSpeaker(selectedQuote.flatMap(content.speaker(ofQuote:)) ?? speakerOrder.first)
        }
    }

    /// Further than any list or article goes: `g`/`G` move this far.
    var farAway: Int { 1 << 40 }

    mutating func move(by delta: Int) {
        switch pane {
        case .text:
            top = clamp(top + delta, 0, maxTop)
        case .speakers:
            guard !speakerOrder.isEmpty else { return }
            if speakerList.selected == nil { speakerList.selected = 0 }
            speakerList.move(by: delta, count: speakerOrder.count, height: sidebarHeight, rows: sidebarRows)
        case .quotes:
            quoteList.move(by: delta, count: filteredQuotes.count, height: quoteListHeight)
        }
    }

    /// A page down (`1`) or up (`-1`): the text keeps a line of the last
    /// page in view; a list scrolls under a cursor that keeps its row.
    mutating func page(by direction: Int) {
        switch pane {
        case .text:
            move(by: direction * max(1, textHeight - 1))
        case .speakers:
            guard !speakerOrder.isEmpty else { return }
            if speakerList.selected == nil { speakerList.selected = 0 }
            speakerList.scroll(by: direction * max(1, sidebarHeight / 2), count: speakerOrder.count,
                               height: sidebarHeight, rows: sidebarRows)
        case .quotes:
            quoteList.scroll(by: direction * max(1, quoteListHeight - 1), count: filteredQuotes.count, height: quoteListHeight)
        }
    }

    // MARK: Selecting quotes

    private mutating func select(_ shared: inout SharedState) {
        switch pane {
        case .text:
            if search.editing {
                search.editing = false
                if searchMatches.isEmpty && !search.text.isEmpty { shared.message = "not found: \(search.text)" }
                return
            }
            guard let q = selectedQuote else {
                shared.message = article.quotes.isEmpty ? "no quotes in this article" : "] selects the next quote"
                return
            }
            if let s = content.speaker(ofQuote: q) {
                selectSpeaker(s)
                shared.message = "\(article.speakers[s].name): } and { step through their quotes"
            } else {
                shared.message = "this quote is not attributed to anyone"
            }
        case .speakers:
            guard let s = selectedSpeaker, let first = article.quotes.indices.first(where: { article.quotes[$0].speaker == s })
            else { return }
            selectQuote(first)
            setPane(.text)
        case .quotes:
            filter.editing = false
            guard let cursor = quoteList.selected, filteredQuotes.indices.contains(cursor) else { return }
            let q = filteredQuotes[cursor]
            if let s = content.speaker(ofQuote: q) { selectSpeaker(s) }
            setPane(.text)
            selectQuote(q)
        }
    }

    mutating func selectQuote(_ index: Int) {
        selectedQuote = index
        reveal(offset: article.quotes[index].marked.lowerBound)
    }

    private mutating func stepQuote(forward: Bool, _ shared: inout SharedState) {
        let quotes = article.quotes
        guard !quotes.isEmpty else { shared.message = "no quotes in this article"; return }
        let next: Int?
        if let q = selectedQuote {
            next = forward ? (q + 1 < quotes.count ? q + 1 : nil) : (q > 0 ? q - 1 : nil)
        } else {
            // Nothing selected yet: start from what is on screen.
            let from = topOffset
            next = forward ? quotes.indices.first { quotes[$0].marked.upperBound > from }
                : quotes.indices.last { quotes[$0].marked.lowerBound < from } ?? quotes.indices.first
        }
        guard let next else { shared.message = forward ? "no more quotes" : "this is the first quote"; return }
        selectQuote(next)
    }

    private mutating func stepSpeakerQuote(forward: Bool, _ shared: inout SharedState) {
        guard let speaker = selectedSpeaker ?? selectedQuote.flatMap(content.speaker(ofQuote:)) else {
            shared.message = article.speakers.isEmpty ? "no speakers in this article" : "pick a speaker first (s, then j/k)"
            return
        }
        selectSpeaker(speaker)
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
        shared.message = "\(article.speakers[speaker].name): quote \(n) of \(theirs.count)"
    }

    // MARK: Search

    private mutating func stepMatch(forward: Bool, _ shared: inout SharedState) {
        guard !searchMatches.isEmpty else {
            shared.message = search.text.isEmpty ? "/ to search" : "not found: \(search.text)"
            return
        }
        let count = searchMatches.count
        let next = searchCurrent.map { ($0 + (forward ? 1 : count - 1)) % count } ?? 0
        searchCurrent = next
        reveal(offset: searchMatches[next].lowerBound)
        shared.message = "match \(next + 1) of \(count)"
    }

    // MARK: Mouse

    mutating func handle(_ event: MouseEvent) {
        let regions = self.regions
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            let overSidebar = regions.sidebar.contains(x: event.x, y: event.y)
            if pane == .quotes {
                quoteList.scroll(by: delta, count: filteredQuotes.count, height: quoteListHeight)
            } else if overSidebar, !speakerOrder.isEmpty {
                if speakerList.selected == nil { speakerList.selected = 0 }
                speakerList.scroll(by: delta, count: speakerOrder.count, height: sidebarHeight, rows: sidebarRows)
            } else {
                top = clamp(top + delta, 0, maxTop)
            }
        case .click:
            if pane == .quotes {
                let list = ArticleQuotesView.list(self)
                if let index = list.item(atRow: event.y, in: ArticleQuotesView.listRect(regions.body)) {
                    quoteList.select(index, count: filteredQuotes.count, height: quoteListHeight)
                }
            } else if regions.sidebar.contains(x: event.x, y: event.y) {
                let list = ArticleSidebarView.list(self)
                if let index = list.item(atRow: event.y, in: ArticleSidebarView.listRect(regions.sidebar)) {
                    pane = .speakers
                    speakerList.select(index, count: speakerOrder.count, height: sidebarHeight, rows: sidebarRows)
                }
            } else if regions.reader.contains(x: event.x, y: event.y) {
                pane = .text
                if let offset = ArticleTextView.offset(at: event.x, y: event.y, in: self),
                   let q = article.quotes.indices.first(where: { article.quotes[$0].marked.contains(offset) }) {
                    selectedQuote = q
                    if let s = content.speaker(ofQuote: q) { selectSpeaker(s) }
                }
            }
        }
    }
}
