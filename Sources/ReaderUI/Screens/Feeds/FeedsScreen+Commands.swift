import ArticleKit

extension FeedsScreen {
    /// What a command does in the feeds view: Enter goes a level down (feed
    /// → its articles → the reader), `q` a level up; `m`, `u` and `A` mark
    /// and find unread articles as in the library; `R` (the reload) and
    /// everything else go to the shared handler.
    mutating func apply(_ command: Command, _ shared: inout SharedState) -> Outcome? {
        let count = level == .feeds ? feeds.count : articles.count
        if level == .feeds {
            if feedList.apply(command, count: count, height: listHeight) { return nil }
        } else if articleList.apply(command, count: count, height: listHeight) {
            return nil
        }
        switch command {
        case .select:
            if level == .feeds {
                guard let f = selectedFeed else { return nil }
                list(feed: f)
                if articles.isEmpty {
                    shared.message = feeds[f].lastFetched == nil ? "not fetched yet: R fetches every feed" : "no articles kept from this feed"
                }
                return nil
            }
            return open(row: articleCursor, &shared)
        case .close:
            guard level == .articles else { return .close }
            closeFeed()
        case .cancel:
            if level == .articles { closeFeed() }
        case .openFeeds:
            if level == .articles { closeFeed() } else { shared.message = "this is the feed list: Enter opens a feed" }
        case .toggleRead:
            guard level == .articles, articles.indices.contains(articleCursor) else {
                shared.message = "m marks an article: Enter opens the feed"
                return nil
            }
            let key = articleKeys[articleCursor]
            let read = memoryIsRead(key, shared.memory)
            shared.remember(key: key, offset: shared.memory.articles[key]?.offset ?? 0, read: !read)
            shared.message = read ? "marked unread" : "marked read"
            articleList.move(by: 1, count: articles.count, height: listHeight)
        case .nextUnread:
            if level == .feeds {
                guard let f = nextUnreadFeed(after: selectedFeed ?? 0, shared.memory) else {
                    shared.message = "no unread articles left"
                    return nil
                }
                feedList.select(f, count: feeds.count, height: listHeight)
            } else {
                guard let row = nextUnreadRow(after: articleCursor, &shared) else { return nil }
                articleList.select(row, count: articles.count, height: listHeight)
            }
        case .markAllRead:
            let keys: [String]
            if level == .feeds {
                guard let f = selectedFeed else { return nil }
                keys = feeds[f].articleKeys
            } else {
                keys = articleKeys
            }
            var marked = 0
            for key in keys where !memoryIsRead(key, shared.memory) {
                shared.remember(key: key, offset: shared.memory.articles[key]?.offset ?? 0, read: true)
                marked += 1
            }
            shared.message = marked == 0 ? "every article of the feed is read"
                : "marked \(marked) \(marked == 1 ? "article" : "articles") read"
        case .openLink:
            guard level == .articles, articles.indices.contains(articleCursor) else { return .unhandled }
            guard let link = articles[articleCursor].link, ExternalCommand.isWebLink(link) else {
                shared.message = "this article has no web link"
                return nil
            }
            return .effect(.openLink(link))
        case .nextArticle, .previousArticle:
            shared.message = level == .feeds ? "open a feed first (Enter)" : "open an article first (Enter)"
        default:
            return .unhandled
        }
        return nil
    }

    private func memoryIsRead(_ key: String, _ memory: ReadingMemory) -> Bool {
        memory.articles[key]?.read == true
    }

    /// The next feed after `f` with an unread article, going round to the top.
    func nextUnreadFeed(after f: Int, _ memory: ReadingMemory) -> Int? {
        guard !feeds.isEmpty else { return nil }
        for step in 1...feeds.count {
            let candidate = (f + step) % feeds.count
            if unreadCount(ofFeed: candidate, in: memory) > 0 { return candidate }
        }
        return nil
    }

    /// The first unread row after `row`, going round to the top; nil (and
    /// a message) when every article of the feed is read.
    func nextUnreadRow(after row: Int, _ shared: inout SharedState) -> Int? {
        guard !articles.isEmpty else { return nil }
        for step in 1...articles.count {
            let candidate = (row + step) % articles.count
            if !isRead(row: candidate, in: shared.memory) { return candidate }
        }
        shared.message = "no unread articles left in this feed"
        return nil
    }

    /// Article `row` of the open feed in the reader, where it was left last
    /// time, and marked read as the library marks what it opens.
    mutating func open(row: Int, _ shared: inout SharedState) -> Outcome? {
        guard let f = openFeed, articles.indices.contains(row) else { return nil }
        let item = articles[row]
        guard let article = shelf.article(item.source, of: feeds[f].url) else {
            shared.message = "that article is no longer kept"
            return nil
        }
        articleList.select(row, count: articles.count, height: listHeight)
        var screen = ArticleScreen(article: article, size: size, dates: dates)
        shared.message = article.warnings.first
        if let mark = shared.memory.articles[articleKeys[row]] { screen.scroll(toOffset: mark.offset) }
        shared.remember(key: articleKeys[row], offset: screen.topOffset, read: true)
        return .push(.article(screen))
    }

    /// `>`/`<` in an article opened from a feed: the next or previous one in its list.
    mutating func openNeighbour(of source: String, step: Int, _ shared: inout SharedState) -> Outcome? {
        guard level == .articles, let row = articles.firstIndex(where: { $0.source == source }) else {
            shared.message = "not in the feed's list"
            return nil
        }
        guard articles.indices.contains(row + step) else {
            shared.message = step < 0 ? "this is the first article" : "this is the last article"
            return nil
        }
        return open(row: row + step, &shared)
    }

    /// `u` in an article opened from a feed: the feed's next unread one.
    mutating func openNextUnread(after source: String, _ shared: inout SharedState) -> Outcome? {
        let row = articles.firstIndex { $0.source == source } ?? articleCursor
        guard let next = nextUnreadRow(after: row, &shared) else { return nil }
        return open(row: next, &shared)
    }

    /// The wheel scrolls the list; a click selects the row under it.
    mutating func handle(_ event: MouseEvent) {
        let count = level == .feeds ? feeds.count : articles.count
        guard event.kind == .click else {
            let delta = event.kind == .wheelDown ? 3 : -3
            if level == .feeds {
                feedList.scroll(by: delta, count: count, height: listHeight)
            } else {
                articleList.scroll(by: delta, count: count, height: listHeight)
            }
            return
        }
        let rect = listRect
        let state = level == .feeds ? feedList : articleList
        guard let row = ListView(state: state, count: count).item(atRow: event.y, in: rect) else { return }
        if level == .feeds {
            feedList.select(row, count: count, height: listHeight)
        } else {
            articleList.select(row, count: count, height: listHeight)
        }
    }

    var keyContext: Keymap.Context { level == .feeds ? .feeds : .feedArticles }
}
