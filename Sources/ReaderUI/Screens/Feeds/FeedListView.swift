import ArticleKit

/// The feed list: a mark when a feed has unread articles, `unread/kept`,
/// the title (or the address before a first fetch) and tags, and on the
/// right when it was last fetched or why that failed.
enum FeedListView {
    static func draw(_ state: FeedsScreen, memory: ReadingMemory, into grid: inout Grid, rect: Rect) {
        let feeds = state.feeds
        let unread = feeds.indices.map { state.unreadCount(ofFeed: $0, in: memory) }
        let total = unread.reduce(0, +)
        let header = " \(FeedsScreen.counted(feeds.count, "feed", "feeds")), \(total) unread \(total == 1 ? "article" : "articles")"
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if feeds.isEmpty {
            grid.put(" no feeds: `quoth feeds add URL` subscribes one", x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let counts = feeds.indices.map { "\(unread[$0])/\(feeds[$0].articleKeys.count)" }
        let countWidth = counts.map(\.count).max() ?? 3
        let statusWidth = rect.width >= 60 ? min(40, rect.width * 2 / 5) : 0
        let titleX = rect.x + 3 + countWidth + 2
        let titleEnd = rect.maxX - 1 - (statusWidth > 0 ? statusWidth + 2 : 0)
        let list = ListView(state: state.feedList, count: feeds.count)
        list.draw(into: &grid, rect: state.listRect) { grid, item in
            let f = item.index
            let feed = feeds[f]
            let y = item.rect.y
            if unread[f] > 0 { grid.put("•", x: rect.x + 1, y: y, role: item.role(.bullet)) }
            let count = counts[f]
            grid.put(String(repeating: " ", count: countWidth - count.count) + count, x: rect.x + 3, y: y, role: item.role(.muted))
            let title = line(feed.name)
            var x = grid.put(DisplayWidth.truncate(title, to: max(1, titleEnd - titleX)), x: titleX, y: y,
                             role: item.role(unread[f] > 0 ? .text : .muted), limit: titleEnd)
            if !feed.tags.isEmpty, x + 3 < titleEnd {
                let tags = "  [" + feed.tags.map(line).joined(separator: ", ") + "]"
                x = grid.put(DisplayWidth.truncate(tags, to: titleEnd - x), x: x, y: y, role: item.role(.muted), limit: titleEnd)
            }
            guard statusWidth > 0 else { return }
            let status: String
            let role: StyleRole
            if let error = feed.lastError {
                status = "failed: " + line(error)
                role = .warning
            } else if let fetched = state.fetchedLabels[f] {
                status = "fetched " + fetched
                role = .muted
            } else {
                status = "not fetched yet"
                role = .muted
            }
            let shown = DisplayWidth.truncate(status, to: statusWidth)
            grid.put(shown, x: rect.maxX - 1 - DisplayWidth.of(shown), y: y, role: item.role(role))
        }
    }

    /// A title, tag or reason as one line of visible text: whitespace runs
    /// (line breaks among them) become one space, control characters and
    /// bidi overrides their visible symbols, so widths are measured on what
    /// is drawn.
    static func line(_ text: String) -> String {
        Sanitizer.visible(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }
}
