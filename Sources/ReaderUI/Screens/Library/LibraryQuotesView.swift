import ArticleKit

/// Quotes across the library: everyone's or one speaker's, narrowed by the
/// filter; a quote repeated in other articles shows once with "also in N
/// articles", and the foot of the view says where the selected one is from
/// and where else it appears.
enum LibraryQuotesView {
    /// Rows the foot takes: none in a short window.
    static func footHeight(body: Rect, lines: Int) -> Int { body.height >= 8 ? lines : 0 }

    static func draw(_ state: LibraryScreen, into grid: inout Grid, rect: Rect) {
        let library = state.library
        let list = state.quoteRows
        var header = " \(list.count) of \(library.quotes.count) \(library.quotes.count == 1 ? "quote" : "quotes")"
        if let s = state.chosenSpeaker, library.speakers.indices.contains(s) { header += " · \(library.speakers[s].name)" }
        if !state.filter.text.isEmpty { header += " matching “\(state.filter.text)”" }
        header += state.newestFirst ? " · newest first" : " · library order"
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if list.isEmpty {
            let note = state.loading && library.quotes.isEmpty ? " reading…" : " no quotes match; Esc clears the filter"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        // The foot: the selected quote's article, and its echoes.
        let selected = list[state.quoteCursor]
        let echoes = state.echoArticles(of: selected)
        var foot = [" from: " + state.title(of: library.quotes[selected].article)]
        if !echoes.isEmpty {
            foot.append(" also in: " + echoes.map { state.title(of: $0) }.joined(separator: " · "))
        }
        let footHeight = footHeight(body: rect, lines: foot.count)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1 - footHeight)
        let view = ListView(state: state.quoteList, count: list.count)
        // Only the rows on screen: a frame costs the same for ten quotes as for ten thousand.
        let top = view.offset(height: listRect.height)
        let shown = list[top..<min(list.count, top + listRect.height)]
        let nameWidth = min(shown.map { DisplayWidth.of(state.speakerName(ofQuote: $0)) }.max() ?? 0, 20, rect.width / 3)
        view.draw(into: &grid, rect: listRect) { grid, item in
            let q = list[item.index]
            let y = item.rect.y
            let speaker = library.speaker(of: library.quotes[q])
            let nameRole = item.role(speaker.map { .speaker(StyleRole.paletteSlot(forSpeaker: $0)) } ?? .muted)
            let name = state.speakerName(ofQuote: q)
            let kind = speaker.map { library.speakers[$0].kind } ?? .unnamed
            var x = grid.put(" " + DisplayWidth.pad(NameFitting.fit(name, to: nameWidth, kind: kind), to: nameWidth), x: rect.x, y: y, role: nameRole)
            x += 2
            let others = state.echoArticles(of: q).count
            let suffix = others == 0 ? "" : "  also in \(others) \(others == 1 ? "article" : "articles")"
            let room = max(0, rect.maxX - x - 1 - DisplayWidth.of(suffix))
            let text = "“" + Sanitizer.visible(library.quote(library.quotes[q]).text).split(whereSeparator: \.isWhitespace).joined(separator: " ") + "”"
            x = grid.put(DisplayWidth.truncate(text, to: room), x: x, y: y, role: item.role(.text), limit: rect.maxX - 1)
            if !suffix.isEmpty { grid.put(suffix, x: x, y: y, role: item.role(.muted), limit: rect.maxX - 1) }
        }
        for (n, line) in foot.prefix(footHeight).enumerated() {
            let y = rect.maxY - footHeight + n
            grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .sidebar)
            grid.put(DisplayWidth.truncate(line, to: rect.width - 1), x: rect.x, y: y, role: .muted, limit: rect.maxX)
        }
    }
}
