import ArticleKit

/// The library's article list: a mark for unread articles, the title, the
/// date when any article has one, the quote count and the top speakers.
enum LibraryListView {
    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        guard let b = state.browser else { return }
        let focused = state.focus == .reader
        let articles = b.library.articles
        let dated = articles.contains { $0.metadata.published != nil }
        let dateWidth = dated ? 10 : 0
        let speakersWidth = rect.width >= 70 ? min(28, rect.width / 4) : 0
        let quotesWidth = 6
        let titleX = rect.x + 3
        let titleWidth = max(4, rect.width - 3 - (dated ? dateWidth + 2 : 0) - quotesWidth - (speakersWidth > 0 ? speakersWidth + 2 : 0) - 1)
        let dateX = titleX + titleWidth + 2
        let quotesX = dateX + (dated ? dateWidth : -2)
        let speakersX = quotesX + quotesWidth + 2

        var header = " \(b.rows.count == articles.count ? "" : "\(b.rows.count) of ")\(articles.count) listed, \(b.sort.label)"
        if !b.search.text.isEmpty { header += ", matching “\(b.search.text)”" }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        let rows = rect.height - 1
        guard rows > 0 else { return }
        if b.rows.isEmpty {
            let note = b.loading ? " reading…" : articles.isEmpty ? " no articles could be read; ! says why" : " no titles match; Esc clears the search"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let top = QuoteListView.firstRow(cursor: b.cursor, rows: rows)
        for row in 0..<min(rows, b.rows.count - top) {
            let position = top + row
            let a = b.rows[position]
            let article = articles[a]
            let y = rect.y + 1 + row
            let selected = position == b.cursor
            let highlight = selected && focused
            if highlight { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .listSelected) }
            if selected && !focused { grid.put("▸", x: rect.x, y: y, role: .sidebarFocus) }
            let read = b.isRead(a)
            if !read { grid.put("•", x: rect.x + 1, y: y, role: highlight ? .listSelected : .bullet) }
            let title = article.title.isEmpty ? TitleBarView.fileName(article.source) : article.title
            grid.put(DisplayWidth.truncate(title, to: titleWidth), x: titleX, y: y,
                     role: highlight ? .listSelected : read ? .muted : .text, limit: titleX + titleWidth)
            if dated, let date = article.metadata.published {
                grid.put(String(date.day.prefix(dateWidth)), x: dateX, y: y, role: highlight ? .listSelected : .muted)
            }
            let count = article.quotes.count
            let quotes = count == 0 ? "" : "\(count)q"
            grid.put(DisplayWidth.pad(String(repeating: " ", count: max(0, quotesWidth - quotes.count)) + quotes, to: quotesWidth),
                     x: quotesX, y: y, role: highlight ? .listSelected : .muted)
            if speakersWidth > 0 {
                var x = speakersX
                let limit = min(rect.maxX - 1, speakersX + speakersWidth)
                for (n, s) in b.library.speakers(ofArticle: a).prefix(3).enumerated() {
                    let name = b.library.speakers[s].name
                    let text = (n > 0 ? ", " : "") + name
                    guard x + DisplayWidth.of(text) <= limit || n == 0 else { break }
                    x = grid.put(text, x: x, y: y, role: highlight ? .listSelected : .speaker(StyleRole.paletteSlot(forSpeaker: s)), limit: limit)
                }
            }
        }
    }
}
