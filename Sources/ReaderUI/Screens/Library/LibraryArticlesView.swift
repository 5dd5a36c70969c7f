import ArticleKit

/// The library's article list: a mark for unread articles, the title, the
/// date when any article has one, the quote count and the top speakers.
enum LibraryArticlesView {
    static func listRect(_ rect: Rect) -> Rect { Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1) }

    static func draw(_ state: LibraryScreen, memory: ReadingMemory, into grid: inout Grid, rect: Rect) {
        let focused = state.pane == .articles
        let articles = state.library.articles
        let dated = state.dateLabels.contains { $0 != nil }
        let dateWidth = dated ? 11 : 0
        let speakersWidth = rect.width >= 70 ? min(28, rect.width / 4) : 0
        let quotesWidth = 6
        let titleX = rect.x + 3
        let titleWidth = max(4, rect.width - 3 - (dated ? dateWidth + 2 : 0) - quotesWidth - (speakersWidth > 0 ? speakersWidth + 2 : 0) - 1)
        let dateX = titleX + titleWidth + 2
        let quotesX = dateX + (dated ? dateWidth : -2)
        let speakersX = quotesX + quotesWidth + 2

        let rows = state.rows
        let unread = state.unreadCount(in: memory)
        var header = " \(rows.count == articles.count ? "" : "\(rows.count) of ")\(articles.count) listed, \(unread) unread, \(state.sort.label)"
        if !state.search.text.isEmpty { header += ", matching “\(state.search.text)”" }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if rows.isEmpty {
            let note = state.loading ? " reading…" : articles.isEmpty ? " no articles could be read; ! says why" : " no titles match; Esc clears the search"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let list = ListView(state: state.articleList, count: rows.count, focused: focused, highlight: .whenFocused)
        list.draw(into: &grid, rect: listRect(rect)) { grid, item in
            let a = rows[item.index]
            let article = articles[a]
            let y = item.rect.y
            let read = state.isRead(a, in: memory)
            if !read { grid.put("•", x: rect.x + 1, y: y, role: item.role(.bullet)) }
            let title = state.title(of: a)
            grid.put(DisplayWidth.truncate(title, to: titleWidth), x: titleX, y: y,
                     role: item.role(read ? .muted : .text), limit: titleX + titleWidth)
            if dated, let date = state.dateLabels[a] {
                grid.put(DisplayWidth.truncate(date, to: dateWidth), x: dateX, y: y, role: item.role(.muted))
            }
            let count = article.quotes.count
            let quotes = count == 0 ? "" : "\(count)q"
            grid.put(DisplayWidth.pad(String(repeating: " ", count: max(0, quotesWidth - quotes.count)) + quotes, to: quotesWidth),
                     x: quotesX, y: y, role: item.role(.muted))
            if speakersWidth > 0 {
                var x = speakersX
                let limit = min(rect.maxX - 1, speakersX + speakersWidth)
                for (n, s) in state.library.speakers(ofArticle: a).prefix(3).enumerated() {
                    let name = state.library.speakers[s].name
                    let text = (n > 0 ? ", " : "") + name
                    guard x + DisplayWidth.of(text) <= limit || n == 0 else { break }
                    x = grid.put(text, x: x, y: y, role: item.role(.speaker(StyleRole.paletteSlot(forSpeaker: s))), limit: limit)
                }
            }
        }
    }
}
