import ArticleKit

/// Every quote of the article, one a line: speaker, then the words cut to
/// fit; `/` narrows it.
enum ArticleQuotesView {
    /// The list below the header, above the preview.
    static func listRect(_ rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1 - QuotePreview.height(body: rect.height))
    }

    static func list(_ state: ArticleScreen) -> ListView {
        ListView(state: state.quoteList, count: state.filteredQuotes.count)
    }

    static func draw(_ state: ArticleScreen, into grid: inout Grid, rect: Rect) {
        let article = state.article
        let list = state.filteredQuotes
        var header = " \(list.count) of \(article.quotes.count) \(article.quotes.count == 1 ? "quote" : "quotes")"
        if !state.filter.text.isEmpty { header += " matching “\(state.filter.text)”" }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if list.isEmpty {
            let note = article.quotes.isEmpty ? " no quotes in this article" : " no quotes match; Esc clears the filter"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let names = list.map { q in state.content.speaker(ofQuote: q).map { article.speakers[$0].name } ?? "unattributed" }
        let nameWidth = min(names.map { DisplayWidth.of($0) }.max() ?? 0, 20, rect.width / 3)
        self.list(state).draw(into: &grid, rect: listRect(rect)) { grid, item in
            let q = list[item.index]
            let y = item.rect.y
            let nameRole = item.role(state.slot(ofQuote: q).map { .speaker($0) } ?? .muted)
            let kind = state.content.speaker(ofQuote: q).map { article.speakers[$0].kind } ?? .unnamed
            let name = NameFitting.fit(names[item.index], to: nameWidth, kind: kind)
            var x = grid.put(" " + DisplayWidth.pad(name, to: nameWidth), x: rect.x, y: y, role: nameRole)
            x += 2
            let text = "“" + state.content.quoteLines[q] + "”"
            grid.put(DisplayWidth.truncate(text, to: max(0, rect.maxX - x - 1)), x: x, y: y,
                     role: item.role(.text), limit: rect.maxX - 1)
        }
        // The quote under the cursor, whole, in the sentence it stands in.
        let previewHeight = QuotePreview.height(body: rect.height)
        if previewHeight > 0, let cursor = state.quoteList.selected, list.indices.contains(cursor) {
            let q = list[cursor]
            let preview = QuotePreview.make(article.quotes[q], in: article, slot: state.slot(ofQuote: q), source: [], width: rect.width - 2)
            preview.draw(into: &grid, rect: Rect(x: rect.x, y: rect.maxY - previewHeight, width: rect.width, height: previewHeight))
        }
    }
}
