import ArticleKit

extension LibraryScreen {
    /// What a command does to the library's panes: the middle pane is the
    /// article list, the sidebar lists speakers across articles, the quote
    /// view lists quotes across articles.
    mutating func apply(_ command: Command, _ shared: inout SharedState) -> Outcome? {
        switch command {
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: page(by: 1)
        case .pageUp: page(by: -1)
        case .halfPageDown: page(by: 1, fraction: 2)
        case .halfPageUp: page(by: -1, fraction: 2)
        case .top: move(by: -(1 << 40))
        case .bottom: move(by: 1 << 40)
        case .select: return select(&shared)
        case .cancel:
            switch pane {
            case .articles:
                search = Prompt()
                refreshRows(keeping: selectedArticle)
            case .quotes:
                if filter.editing || !filter.text.isEmpty {
                    filter = Prompt()
                    refreshQuotes()
                } else if chosenSpeaker != nil {
                    choose(speaker: nil)
                } else {
                    pane = .articles
                }
            case .speakers:
                if speakerSearch.editing { speakerSearch = Prompt() } else { pane = .articles }
            }
        case .search:
            switch pane {
            case .quotes: filter.editing = true
            case .speakers: speakerSearch = Prompt(text: "", editing: true)
            case .articles:
                search = Prompt(text: "", editing: true)
                refreshRows()
            }
        case .sort:
            if pane == .quotes {
                newestFirst.toggle()
                refreshQuotes()
                shared.message = newestFirst ? "quotes: newest first" : "quotes: library order"
            } else {
                let all = Sort.allCases
                setSort(all[(all.firstIndex(of: sort)! + 1) % all.count])
                shared.message = sortMessage
            }
        case .toggleRead:
            // m, as in newsboat's article list: mark, then on to the next.
            guard pane == .articles, let a = selectedArticle else { return nil }
            let key = memoryKey(a)
            guard !key.isEmpty else { shared.message = Self.stillListing; return nil }
            let read = !(shared.memory.articles[key]?.read ?? false)
            shared.remember(key: key, offset: shared.memory.articles[key]?.offset ?? 0, read: read)
            shared.message = read ? "marked read" : "marked unread"
            move(by: 1)
        case .nextUnread:
            guard pane == .articles else { pane = .articles; return apply(.nextUnread, &shared) }
            guard let next = nextUnread(after: cursor, &shared) else { return nil }
            articleList.select(next, count: rows.count, height: articleListHeight)
        case .markAllRead:
            guard pane == .articles else { shared.message = "A marks the article list: Tab goes to it"; return nil }
            var marked = 0
            for a in rows where !isRead(a, in: shared.memory) {
                let key = memoryKey(a)
                guard !key.isEmpty else { continue }
                shared.remember(key: key, offset: shared.memory.articles[key]?.offset ?? 0, read: true)
                marked += 1
            }
            shared.message = marked == 0 ? "every article listed is read" : "marked \(marked) \(marked == 1 ? "article" : "articles") read"
        case .close:
            if pane != .articles { pane = .articles } else { return .close }
        case .cycleFocus, .cycleFocusBackward:
            let all = Pane.allCases
            let step = command == .cycleFocus ? 1 : all.count - 1
            pane = all[(all.firstIndex(of: pane)! + step) % all.count]
        case .focusSidebar: pane = .speakers
        case .focusReader: pane = .articles
        case .focusQuotes: pane = .quotes
        case .nextQuote, .previousQuote, .nextSpeakerQuote, .previousSpeakerQuote, .searchNext, .searchPrevious,
             .nextArticle, .previousArticle:
            shared.message = "open an article first (Enter)"
        case .help, .quit, .redraw, .nextTheme, .copyQuote, .pipe, .problems, .reloadFeeds, .openFeeds:
            return .unhandled
        case .why:
            guard pane == .quotes, let line = selectedQuote else {
                shared.message = "w explains a quote's speaker: pick one in the quote view (f)"
                return nil
            }
            return open(article: line.article, quote: line.quote, why: true, &shared)
        case .openLink:
            return nil
        }
        return nil
    }

    /// What the status line says of the order chosen: "(sorting…)" while it is worked out.
    var sortMessage: String { "articles: \(sort.label)" + (sortPending ? " (sorting…)" : "") }

    /// What a row past the first frame's says until the library is listed (a moment).
    static let stillListing = "the library is still being listed; a moment"

    /// The prompt taking keystrokes, if any.
    public var activePrompt: Prompt? {
        switch pane {
        case .articles: search.editing ? search : nil
        case .quotes: filter.editing ? filter : nil
        case .speakers: speakerSearch.editing ? speakerSearch : nil
        }
    }

    var keyContext: Keymap.Context {
        switch pane {
        case .speakers: .librarySpeakers
        case .articles: .library
        case .quotes: .libraryQuotes
        }
    }

    /// A change to the open prompt: each narrows its list as you type.
    mutating func edit(_ change: (inout Prompt) -> Void) {
        if pane == .quotes, filter.editing {
            change(&filter)
            refreshQuotes()
            quoteList.select(0, count: quoteRows.count, height: quoteListHeight)
        } else if pane == .speakers, speakerSearch.editing {
            change(&speakerSearch)
            findSpeaker()
        } else if pane == .articles, search.editing {
            change(&search)
            articleList = ListState(selected: 0)
            refreshRows()
        }
    }

    mutating func move(by delta: Int) {
        if pane == .quotes { countQuotes(near: quoteCursor + delta) }
        switch pane {
        case .articles: articleList.move(by: delta, count: rows.count, height: articleListHeight)
        case .speakers: speakerList.move(by: delta, count: contents.speakers.count, height: speakerListHeight)
        case .quotes: quoteList.move(by: delta, count: quoteRows.count, height: quoteListHeight)
        }
    }

    /// Scrolls the focused list by `direction` pages (or a `fraction` of
    /// one) under a cursor that keeps its row.
    mutating func page(by direction: Int, fraction: Int = 1) {
        func step(_ height: Int) -> Int { direction * max(1, fraction == 1 ? height - 1 : height / fraction) }
        if pane == .quotes { countQuotes(near: quoteList.offset + step(quoteListHeight) + quoteListHeight) }
        switch pane {
        case .articles:
            articleList.scroll(by: step(articleListHeight), count: rows.count, height: articleListHeight)
        case .speakers:
            speakerList.scroll(by: step(speakerListHeight), count: contents.speakers.count, height: speakerListHeight)
        case .quotes:
            quoteList.scroll(by: step(quoteListHeight), count: quoteRows.count, height: quoteListHeight)
        }
    }

    /// Counts every quote the filter matches before the cursor goes near
    /// the end of what was counted (G, or paging that far).
    mutating func countQuotes(near row: Int) {
        guard !quoteRows.counted, row >= quoteRows.count - 2 * quoteListHeight else { return }
        quoteRows.countAll()
    }

    /// The wheel scrolls the focused list; a click selects the row under it
    /// (and focuses its pane), as Enter's first half.
    mutating func handle(_ event: MouseEvent) {
        let delta = event.kind == .wheelDown ? 3 : -3
        let regions = self.regions
        guard event.kind == .click else {
            switch pane {
            case .articles: articleList.scroll(by: delta, count: rows.count, height: articleListHeight)
            case .speakers: speakerList.scroll(by: delta, count: contents.speakers.count, height: speakerListHeight)
            case .quotes: quoteList.scroll(by: delta, count: quoteRows.count, height: quoteListHeight)
            }
            return
        }
        func row(in rect: Rect, _ list: ListState, count: Int) -> Int? {
            let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
            guard listRect.contains(x: event.x, y: event.y) else { return nil }
            return ListView(state: list, count: count).item(atRow: event.y, in: listRect)
        }
        if pane == .quotes {
            let body = regions.body
            let listRect = Rect(x: body.x, y: body.y, width: body.width, height: body.height - QuotePreview.height(body: body.height))
            if let q = row(in: listRect, quoteList, count: quoteRows.count) {
                quoteList.select(q, count: quoteRows.count, height: quoteListHeight)
            }
        } else if let s = row(in: regions.sidebar, speakerList, count: contents.speakers.count) {
            pane = .speakers
            speakerList.select(s, count: contents.speakers.count, height: speakerListHeight)
        } else if regions.sidebar != regions.body, let a = row(in: regions.reader, articleList, count: rows.count) {
            pane = .articles
            articleList.select(a, count: rows.count, height: articleListHeight)
        }
    }

    private mutating func select(_ shared: inout SharedState) -> Outcome? {
        switch pane {
        case .articles:
            if search.editing { search.editing = false; return nil }
            guard let a = selectedArticle else { return nil }
            return open(article: a, quote: nil, &shared)
        case .speakers:
            if speakerSearch.editing {
                speakerSearch.editing = false
                let speakers = contents.speakers
                if !speakerSearch.text.isEmpty, !speakers.indices.contains(speakerCursor)
                    || !SearchText.contains(speakers[speakerCursor].aliases.joined(separator: "\n") + "\n" + speakers[speakerCursor].name,
                                            speakerSearch.text) {
                    shared.message = "no speaker named “\(speakerSearch.text)”"
                }
                return nil
            }
            guard contents.speakers.indices.contains(speakerCursor) else { return nil }
            // The filter named them: it was looking for them, not for their name in their words.
            if namedSpeaker == speakerCursor { filter = Prompt() }
            choose(speaker: speakerCursor)
            pane = .quotes
        case .quotes:
            if filter.editing { filter.editing = false; return nil }
            guard let line = selectedQuote else { return nil }
            return open(article: line.article, quote: line.quote, why: false, &shared)
        }
        return nil
    }

    /// An article of the library as a screen of its own, at `quote` or where
    /// it was left last time, and marked read.
    /// `why`: and shows why the quote's speaker is who it is (as `w` in the article).
    mutating func open(article a: Int, quote: Int?, why: Bool = false, _ shared: inout SharedState) -> Outcome? {
        guard a >= 0, a < contents.articleCount, let article = contents.article(a) else {
            let source = a >= 0 && a < contents.articleCount ? contents.source(a) : ""
            shared.message = source.isEmpty ? Self.stillListing : "\(source): cannot be opened"
            return nil
        }
        var screen = ArticleScreen(article: article, size: size, dates: dates)
        screen.libraryIndex = a
        screen.speakerSlots = speakerSlots(ofArticle: a, speakers: article.speakers.count)
        shared.message = article.warnings.first
        if let quote, article.quotes.indices.contains(quote) {
            screen.selectQuote(quote)
            screen.selectSpeaker(screen.content.speaker(ofQuote: quote))
        } else if let mark = shared.memory.articles[memoryKey(a)] {
            screen.scroll(toOffset: mark.offset)
        }
        if why { screen.explainSelectedQuote(&shared) }
        shared.remember(key: memoryKey(a), offset: screen.topOffset, read: true)
        return .push(.article(screen))
    }

    /// The palette slot of each of an article's speakers: their merged
    /// speaker's, so they are the same colour in every article.
    func speakerSlots(ofArticle a: Int, speakers: Int) -> [Int] {
        (0..<speakers).map { s in StyleRole.paletteSlot(forSpeaker: contents.mergedSpeaker(article: a, speaker: s) ?? s) }
    }

    /// The first unread row after `row`, going round to the top; nil (and
    /// a message) when every article listed is read.
    func nextUnread(after row: Int, _ shared: inout SharedState) -> Int? {
        guard !rows.isEmpty else { return nil }
        for step in 1...rows.count {
            let candidate = (row + step) % rows.count
            if !isRead(rows[candidate], in: shared.memory) { return candidate }
        }
        shared.message = "no unread articles left"
        return nil
    }

    /// `u` in an article opened from the library: the next unread one in the list.
    mutating func openNextUnread(after a: Int, _ shared: inout SharedState) -> Outcome? {
        let row = rows.firstIndex(of: a) ?? cursor
        guard let next = nextUnread(after: row, &shared) else { return nil }
        articleList.select(next, count: rows.count, height: articleListHeight)
        return open(article: rows[next], quote: nil, &shared)
    }

    /// `>`/`<` in an article opened from the library: the next or previous one in the list.
    mutating func openNeighbour(of a: Int, step: Int, _ shared: inout SharedState) -> Outcome? {
        guard let position = rows.firstIndex(of: a) else {
            shared.message = "not in the library's list"
            return nil
        }
        let next = position + step
        guard rows.indices.contains(next) else {
            shared.message = step < 0 ? "this is the first article" : "this is the last article"
            return nil
        }
        articleList.select(next, count: rows.count, height: articleListHeight)
        return open(article: rows[next], quote: nil, &shared)
    }
}

extension LibraryScreen {
    /// The quote `y` copies: the one under the quote view's cursor.
    var citationForCopy: String? {
        guard pane == .quotes, let line = selectedQuote, let article = contents.article(line.article),
              article.quotes.indices.contains(line.quote) else { return nil }
        return QuoteCitation.text(article.quotes[line.quote], in: article)
    }

    /// What `|` sends to a command: the quote under the cursor, or the article under it.
    var textForPipe: String? {
        if let citation = citationForCopy { return citation + "\n" }
        guard pane == .articles, let a = selectedArticle else { return nil }
        return contents.article(a).map(PlainTextView.render)
    }
}
