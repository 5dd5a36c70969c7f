import ArticleKit

/// Quotes across the library: everyone's or one speaker's, narrowed by the
/// filter; a quote repeated in other articles shows once with "also in N
/// articles", and the foot of the view says where the selected one is from
/// and where else it appears.
enum LibraryQuotesView {
    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        guard let b = state.browser else { return }
        let library = b.library
        let list = b.quoteRows
        var header = " \(list.count) of \(library.quotes.count) \(library.quotes.count == 1 ? "quote" : "quotes")"
        if let s = b.chosenSpeaker, library.speakers.indices.contains(s) { header += " · \(library.speakers[s].name)" }
        if !b.filter.text.isEmpty { header += " matching “\(b.filter.text)”" }
        header += b.newestFirst ? " · newest first" : " · library order"
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if list.isEmpty {
            let note = b.loading && library.quotes.isEmpty ? " reading…" : " no quotes match; Esc clears the filter"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        // The foot: the selected quote's article, and its echoes.
        let selected = list[b.quoteCursor]
        let echoes = b.echoArticles(of: selected)
        var foot = [" from: " + title(library.quotes[selected].article, b)]
        if !echoes.isEmpty {
            foot.append(" also in: " + echoes.map { title($0, b) }.joined(separator: " · "))
        }
        let footHeight = rect.height >= 8 ? foot.count : 0
        let rows = rect.height - 1 - footHeight
        let top = QuoteListView.firstRow(cursor: b.quoteCursor, rows: rows)
        // Only the rows on screen: a frame costs the same for ten quotes as for ten thousand.
        let shown = list[top..<min(list.count, top + max(0, rows))]
        let names = shown.map { b.speakerName(ofQuote: $0) }
        let nameWidth = min(names.map { DisplayWidth.of($0) }.max() ?? 0, 20, rect.width / 3)
        for row in 0..<max(0, min(rows, list.count - top)) {
            let position = top + row
            let q = list[position]
            let y = rect.y + 1 + row
            let isSelected = position == b.quoteCursor
            if isSelected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .listSelected) }
            let speaker = library.speaker(of: library.quotes[q])
            let nameRole: StyleRole = isSelected ? .listSelected : speaker.map { .speaker(StyleRole.paletteSlot(forSpeaker: $0)) } ?? .muted
            var x = grid.put(" " + DisplayWidth.pad(DisplayWidth.truncate(names[row], to: nameWidth), to: nameWidth), x: rect.x, y: y, role: nameRole)
            x += 2
            let others = b.echoArticles(of: q).count
            let suffix = others == 0 ? "" : "  also in \(others) \(others == 1 ? "article" : "articles")"
            let room = max(0, rect.maxX - x - 1 - DisplayWidth.of(suffix))
            let text = "“" + Sanitizer.visible(library.quote(library.quotes[q]).text).split(whereSeparator: \.isWhitespace).joined(separator: " ") + "”"
            x = grid.put(DisplayWidth.truncate(text, to: room), x: x, y: y, role: isSelected ? .listSelected : .text, limit: rect.maxX - 1)
            if !suffix.isEmpty { grid.put(suffix, x: x, y: y, role: isSelected ? .listSelected : .muted, limit: rect.maxX - 1) }
        }
        for (n, line) in foot.prefix(footHeight).enumerated() {
            let y = rect.maxY - footHeight + n
            grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .sidebar)
            grid.put(DisplayWidth.truncate(line, to: rect.width - 1), x: rect.x, y: y, role: .muted, limit: rect.maxX)
        }
    }

    static func title(_ a: Int, _ b: LibraryBrowser) -> String {
        let article = b.library.articles[a]
        return article.title.isEmpty ? TitleBarView.fileName(article.source) : article.title
    }
}
