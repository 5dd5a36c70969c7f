import ArticleKit

extension FeedsScreen {
    /// The title bar: which list this is, and the unread articles it holds.
    func drawTitle(memory: ReadingMemory, into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .titleBar)
        let right: String
        let left: String
        if level == .articles, let f = openFeed {
            let unread = articles.indices.reduce(0) { $0 + (isRead(row: $1, in: memory) ? 0 : 1) }
            right = "\(unread) unread · \(Self.counted(articles.count, "article", "articles")) "
            left = " quoth feeds — " + FeedListView.line(feeds[f].name)
        } else {
            right = "\(unreadCount(in: memory)) unread · \(Self.counted(feeds.count, "feed", "feeds")) "
            left = " quoth feeds"
        }
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 1
        if room > 8 { grid.put(DisplayWidth.truncate(left, to: room), x: rect.x, y: rect.y, role: .titleBar) }
        if rightWidth <= rect.width { grid.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .titleBar) }
    }

    /// The status line: the level, and the feeds whose last fetch failed.
    var statusLine: StatusLine {
        var line = StatusLine(label: level == .feeds ? "FEEDS" : "ARTICLES")
        let failed = feeds.filter { $0.lastError != nil }.count
        if failed > 0 {
            line.note = "\(Self.counted(failed, "feed", "feeds")) failed to fetch: ! lists them"
            line.noteRole = .warning
        }
        return line
    }

    func drawBody(memory: ReadingMemory, into grid: inout Grid) {
        if level == .articles {
            FeedArticlesView.draw(self, memory: memory, into: &grid, rect: regions.body)
        } else {
            FeedListView.draw(self, memory: memory, into: &grid, rect: regions.body)
        }
    }

    /// "1 feed", "12 articles".
    static func counted(_ n: Int, _ one: String, _ many: String) -> String { CountText.counted(n, one, many) }
}
