import ArticleKit

/// Every quote, one a line: speaker, then the words cut to fit; `/` narrows it.
enum QuoteListView {
    /// The first list row shown so the cursor is on screen.
    static func firstRow(cursor: Int, rows: Int) -> Int {
        max(0, cursor - max(1, rows) + 1)
    }

    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        let article = state.article
        let list = state.filteredQuotes
        var header = " \(list.count) of \(article.quotes.count) \(article.quotes.count == 1 ? "quote" : "quotes")"
        if !state.filter.text.isEmpty { header += " matching “\(state.filter.text)”" }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        let rows = rect.height - 1
        guard rows > 0 else { return }
        if list.isEmpty {
            let note = article.quotes.isEmpty ? " no quotes in this article" : " no quotes match; Esc clears the filter"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let names = list.map { q in state.content.speaker(ofQuote: q).map { article.speakers[$0].name } ?? "unattributed" }
        let nameWidth = min(names.map { DisplayWidth.of($0) }.max() ?? 0, 20, rect.width / 3)
        let top = firstRow(cursor: state.quoteCursor, rows: rows)
        for row in 0..<min(rows, list.count - top) {
            let position = top + row
            let q = list[position]
            let y = rect.y + 1 + row
            let selected = position == state.quoteCursor
            if selected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .listSelected) }
            let nameRole: StyleRole = selected ? .listSelected
                : state.content.slot(ofQuote: q).map { .speaker($0) } ?? .muted
            var x = grid.put(" " + DisplayWidth.pad(names[position], to: nameWidth), x: rect.x, y: y, role: nameRole)
            x += 2
            let text = "“" + state.content.quoteLines[q] + "”"
            grid.put(DisplayWidth.truncate(text, to: max(0, rect.maxX - x - 1)), x: x, y: y,
                     role: selected ? .listSelected : .text, limit: rect.maxX - 1)
        }
    }
}
