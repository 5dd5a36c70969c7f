import ArticleKit

/// One feed's articles, newest first: a mark for unread ones, the title,
/// and the date when the feed gives one.
enum FeedArticlesView {
    static func draw(_ state: FeedsScreen, memory: ReadingMemory, into grid: inout Grid, rect: Rect) {
        let articles = state.articles
        let unread = articles.indices.reduce(0) { $0 + (state.isRead(row: $1, in: memory) ? 0 : 1) }
        let name = state.openFeed.map { FeedListView.line(state.feeds[$0].name) } ?? ""
        let header = " \(name): \(FeedsScreen.counted(articles.count, "article", "articles")), \(unread) unread, newest first"
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if articles.isEmpty {
            grid.put(" no articles kept from this feed; R fetches every feed", x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let dated = state.dateLabels.contains { $0 != nil }
        let dateWidth = dated ? 11 : 0
        let titleX = rect.x + 3
        let titleEnd = rect.maxX - 1 - (dated ? dateWidth + 2 : 0)
        ListView(state: state.articleList, count: articles.count).draw(into: &grid, rect: state.listRect) { grid, item in
            let row = item.index
            let y = item.rect.y
            let read = state.isRead(row: row, in: memory)
            if !read { grid.put("•", x: rect.x + 1, y: y, role: item.role(.bullet)) }
            let title = FeedListView.line(articles[row].title.isEmpty ? articles[row].source : articles[row].title)
            grid.put(DisplayWidth.truncate(title, to: max(1, titleEnd - titleX)), x: titleX, y: y,
                     role: item.role(read ? .muted : .text), limit: titleEnd)
            if dated, let date = state.dateLabels[row] {
                let shown = DisplayWidth.truncate(date, to: dateWidth)
                grid.put(shown, x: rect.maxX - 1 - DisplayWidth.of(shown), y: y, role: item.role(.muted))
            }
        }
    }
}
