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
            case .text:
                if evidence != nil { evidence = nil } else { clearSearch() }
            case .speakers: if speakerSearch.editing { speakerSearch = Prompt() } else { setPane(.text) }
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
        case .halfPageDown: page(by: 1, fraction: 2)
        case .halfPageUp: page(by: -1, fraction: 2)
        case .top: move(by: -farAway)
        case .bottom: move(by: farAway)
        case .select: return select(&shared)
        case .nextQuote: stepQuote(forward: true, &shared)
        case .previousQuote: stepQuote(forward: false, &shared)
        case .nextSpeakerQuote: stepSpeakerQuote(forward: true, &shared)
        case .previousSpeakerQuote: stepSpeakerQuote(forward: false, &shared)
        case .search:
            if pane == .quotes {
                filter.editing = true
            } else if pane == .speakers {
                speakerSearch = Prompt(editing: true)
            } else {
                setPane(.text)
                clearSearch()
                search.editing = true
            }
        case .searchNext: stepMatch(forward: true, &shared)
        case .searchPrevious: stepMatch(forward: false, &shared)
        case .nextArticle: return .neighbour(1)
        case .previousArticle: return .neighbour(-1)
        case .openLink: return openLink(&shared)
        case .sort, .toggleRead: return nil
        case .why:
            if pane == .quotes, let cursor = quoteList.selected, filteredQuotes.indices.contains(cursor) {
                setPane(.text)
                selectQuote(filteredQuotes[cursor])
            }
            explainSelectedQuote(&shared)
        case .quit, .redraw, .help, .nextTheme, .problems, .copyQuote, .pipe, .nextUnread, .markAllRead, .reloadFeeds, .openFeeds: return .unhandled
        }
        return nil
    }

    /// The prompt taking keystrokes, if any.
    public var activePrompt: Prompt? {
        if pane == .text, search.editing { return search }
        if pane == .speakers, speakerSearch.editing { return speakerSearch }
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
            quoteList.select(0, count: filteredQuotes.count, height: quoteListHeight)
        } else if pane == .speakers, speakerSearch.editing {
            change(&speakerSearch)
            if let s = findSpeaker() { selectSpeaker(s) }
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

    /// A page down (`1`) or up (`-1`), or a `fraction` of one (Ctrl-D and
    /// Ctrl-U: half, as in less and vim). A whole page of text keeps a line
    /// of the last one in view; a list scrolls under a cursor that keeps its row.
    mutating func page(by direction: Int, fraction: Int = 1) {
        func step(_ height: Int) -> Int { direction * max(1, fraction == 1 ? height - 1 : height / fraction) }
        switch pane {
        case .text:
            move(by: step(textHeight))
        case .speakers:
            guard !speakerOrder.isEmpty else { return }
            if speakerList.selected == nil { speakerList.selected = 0 }
            speakerList.scroll(by: step(sidebarHeight / 2), count: speakerOrder.count, height: sidebarHeight, rows: sidebarRows)
        case .quotes:
            quoteList.scroll(by: step(quoteListHeight), count: filteredQuotes.count, height: quoteListHeight)
        }
    }

    // MARK: Selecting quotes

    private mutating func select(_ shared: inout SharedState) -> Outcome? {
        switch pane {
        case .text:
            if search.editing {
                // Enter commits; the first match (from the top of the screen) is already selected.
                search.editing = false
                if let current = searchCurrent {
                    shared.message = "match \(current + 1) of \(searchMatches.count)"
                } else if !search.text.isEmpty {
                    shared.message = "not found: \(search.text)"
                }
                return nil
            }
            // Enter on the link line (in view, no quote chosen) opens it.
            if selectedQuote == nil, linkLineIsOnScreen { return openLink(&shared) }
            guard let q = selectedQuote else {
                shared.message = article.quotes.isEmpty ? "no quotes in this article" : "] selects the next quote"
                return nil
            }
            if let s = content.speaker(ofQuote: q) {
                selectSpeaker(s)
                shared.message = "\(article.speakers[s].name): } and { step through their quotes"
            } else {
                shared.message = "this quote is not attributed to anyone"
            }
        case .speakers:
            if speakerSearch.editing {
                speakerSearch.editing = false
                if !speakerSearch.text.isEmpty, findSpeaker() == nil { shared.message = "no speaker named “\(speakerSearch.text)”" }
                return nil
            }
            guard let s = selectedSpeaker, let first = article.quotes.indices.first(where: { article.quotes[$0].speaker == s })
            else { return nil }
            selectQuote(first)
            setPane(.text)
        case .quotes:
            if filter.editing { filter.editing = false; return nil }
            guard let cursor = quoteList.selected, filteredQuotes.indices.contains(cursor) else { return nil }
            let q = filteredQuotes[cursor]
            if let s = content.speaker(ofQuote: q) { selectSpeaker(s) }
            setPane(.text)
            selectQuote(q)
        }
        return nil
    }

    /// `w`: why the selected quote's speaker is who quoth says. The status
    /// line gives the cue, the rule and the resolution; the reader jumps to
    /// the words that settled the name ("Russian Foreign Minister Sergey
    /// Lavrov" for a "he") and marks them until Esc.
    mutating func explainSelectedQuote(_ shared: inout SharedState) {
        guard let q = selectedQuote, article.quotes.indices.contains(q) else {
            shared.message = article.quotes.isEmpty ? "no quotes in this article" : "w explains a quote: ] selects one, f lists them"
            return
        }
        let quote = article.quotes[q]
        shared.message = "why: " + QuoteExplanation(quote, in: article).text
        guard let place = quote.resolution?.evidence ?? quote.mention else { evidence = nil; return }
        evidence = place.range
        setPane(.text)
        reveal(offset: place.start)
    }

    /// Whether the line with the article's link is in view.
    var linkLineIsOnScreen: Bool {
        let lines = layout.lines
        return (top..<min(lines.count, top + textHeight)).contains { lines[$0].meta.map { content.metaLines[$0].kind == .link } == true }
    }

    /// Selects a quote and scrolls it into view; the sidebar's marker moves
    /// to whoever said it, so `}` then steps through their quotes.
    mutating func selectQuote(_ index: Int) {
        selectedQuote = index
        if let s = content.speaker(ofQuote: index) { selectSpeaker(s) }
        reveal(offset: article.quotes[index].marked.lowerBound)
    }

    /// `]` and `[`: the next or previous quote, counted from what is on
    /// screen, as less and vim count from the screen: from the selected
    /// quote while it is in view, else `]` takes the first quote in view (or
    /// below) and `[` the last one in view (or above).
    private mutating func stepQuote(forward: Bool, _ shared: inout SharedState) {
        let quotes = article.quotes
        guard !quotes.isEmpty else { shared.message = "no quotes in this article"; return }
        let visible = visibleOffsets
        let next: Int?
        if let q = selectedQuote, quotes[q].marked.overlaps(visible) {
            next = forward ? (q + 1 < quotes.count ? q + 1 : nil) : (q > 0 ? q - 1 : nil)
        } else if forward {
            next = quotes.indices.first { quotes[$0].marked.upperBound > visible.lowerBound }
        } else {
            next = quotes.indices.last { quotes[$0].marked.lowerBound < visible.upperBound }
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

    /// `n` and `N`: the next or previous match, from the current one while
    /// it is in view, else from the top (`n`) or bottom (`N`) of the screen;
    /// past the last match the search wraps, and says so.
    private mutating func stepMatch(forward: Bool, _ shared: inout SharedState) {
        guard !searchMatches.isEmpty else {
            shared.message = search.text.isEmpty ? "/ to search" : "not found: \(search.text)"
            return
        }
        let count = searchMatches.count
        let visible = visibleOffsets
        var next: Int?
        if let current = searchCurrent, searchMatches[current].overlaps(visible) {
            next = forward ? (current + 1 < count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
        } else if forward {
            next = searchMatches.firstIndex { $0.lowerBound >= visible.lowerBound }
        } else {
            next = searchMatches.lastIndex { $0.lowerBound < visible.upperBound }
        }
        let wrapped = next == nil
        let match = next ?? (forward ? 0 : count - 1)
        searchCurrent = match
        reveal(offset: searchMatches[match].lowerBound)
        shared.message = "match \(match + 1) of \(count)" + (wrapped ? (forward ? ", from the top" : ", from the bottom") : "")
    }

    // MARK: The link

    /// `o`: the article's link in the browser, when it has a web link.
    func openLink(_ shared: inout SharedState) -> Outcome? {
        guard let link = article.metadata.link, !link.isEmpty else {
            shared.message = "this article has no link"
            return nil
        }
        guard ExternalCommand.isWebLink(link) else {
            shared.message = "not a web link: \(link)"
            return nil
        }
        return .effect(.openLink(link))
    }

    // MARK: Mouse

    /// A click or the wheel; a click on the link line opens it.
    mutating func handle(_ event: MouseEvent, _ shared: inout SharedState) -> Outcome? {
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
                let index = top + event.y - regions.reader.y
                if layout.lines.indices.contains(index), let m = layout.lines[index].meta, content.metaLines[m].kind == .link {
                    return openLink(&shared)
                }
                if let offset = ArticleTextView.offset(at: event.x, y: event.y, in: self),
                   let q = article.quotes.indices.first(where: { article.quotes[$0].marked.contains(offset) }) {
                    selectedQuote = q
                    if let s = content.speaker(ofQuote: q) { selectSpeaker(s) }
                }
            }
        }
        return nil
    }
}

extension ArticleScreen {
    /// The quote `y` copies: the one under the quote view's cursor, else the selected one.
    var quoteForCopy: Int? {
        if pane == .quotes, let cursor = quoteList.selected, filteredQuotes.indices.contains(cursor) { return filteredQuotes[cursor] }
        return selectedQuote
    }

    /// What `|` sends to a command: the quote in the quote view, else the whole article.
    var textForPipe: String {
        if pane == .quotes, let q = quoteForCopy { return QuoteCitation.text(article.quotes[q], in: article) + "\n" }
        return PlainTextView.render(article)
    }
}
