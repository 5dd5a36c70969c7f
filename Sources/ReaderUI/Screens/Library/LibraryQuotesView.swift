import ArticleKit

/// Quotes across the library: everyone's or one speaker's, narrowed by the
/// filter. A quote repeated in other articles shows once with "also in N
/// articles"; the header says how many quotes are listed and how many
/// echoes are folded into them, so its count agrees with the sidebar's.
/// The preview below shows the quote under the cursor whole, and where it
/// and its echoes are from.
enum LibraryQuotesView {
    static func draw(_ state: LibraryScreen, into grid: inout Grid, rect: Rect) {
        let library = state.library
        let list = state.quoteRows
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header(state), to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if list.isEmpty {
            let note = state.loading && library.quotes.isEmpty ? " reading…" : " no quotes match; Esc clears the filter"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let previewHeight = QuotePreview.height(body: rect.height)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1 - previewHeight)
        let view = ListView(state: state.quoteList, count: list.count)
        // One speaker's quotes say which article each is from; everyone's say who.
        let bySpeaker = state.chosenSpeaker != nil
        // Only the rows on screen: a frame costs the same for ten quotes as for ten thousand.
        let top = view.offset(height: listRect.height)
        let shown = list[top..<min(list.count, top + listRect.height)]
        let firstColumn = bySpeaker
            ? min(30, rect.width / 3)
            : min(shown.map { DisplayWidth.of(state.speakerName(ofQuote: $0)) }.max() ?? 0, 20, rect.width / 3)
        view.draw(into: &grid, rect: listRect) { grid, item in
            let q = list[item.index]
            let y = item.rect.y
            let ref = library.quotes[q]
            var x: Int
            if bySpeaker {
                let title = DisplayWidth.pad(DisplayWidth.truncate(state.title(of: ref.article), to: firstColumn), to: firstColumn)
                x = grid.put(" " + title, x: rect.x, y: y, role: item.role(.muted))
            } else {
                let speaker = library.speaker(of: ref)
                let nameRole = item.role(speaker.map { .speaker(StyleRole.paletteSlot(forSpeaker: $0)) } ?? .muted)
                let kind = speaker.map { library.speakers[$0].kind } ?? .unnamed
                let name = NameFitting.fit(state.speakerName(ofQuote: q), to: firstColumn, kind: kind)
                x = grid.put(" " + DisplayWidth.pad(name, to: firstColumn), x: rect.x, y: y, role: nameRole)
            }
            x += 2
            let others = state.echoArticles(of: q).count
            let suffix = others == 0 ? "" : "  also in \(others) \(others == 1 ? "article" : "articles")"
            let room = max(0, rect.maxX - x - 1 - DisplayWidth.of(suffix))
            let text = "“" + Sanitizer.visible(library.quote(ref).text).split(whereSeparator: \.isWhitespace).joined(separator: " ") + "”"
            x = grid.put(DisplayWidth.truncate(text, to: room), x: x, y: y, role: item.role(.text), limit: rect.maxX - 1)
            if !suffix.isEmpty { grid.put(suffix, x: x, y: y, role: item.role(.muted), limit: rect.maxX - 1) }
        }
        guard previewHeight > 0, state.quoteRows.indices.contains(state.quoteCursor) else { return }
        let q = list[state.quoteCursor]
        let ref = library.quotes[q]
        let article = library.articles[ref.article]
        let slot = library.speaker(of: ref).map(StyleRole.paletteSlot(forSpeaker:))
        let preview = QuotePreview.make(library.quote(ref), in: article, slot: slot, source: source(of: q, state), width: rect.width - 2)
        preview.draw(into: &grid, rect: Rect(x: rect.x, y: rect.maxY - previewHeight, width: rect.width, height: previewHeight))
    }

    /// What is listed, counted so it agrees with the sidebar: "191 quotes by
    /// Tony Blair (26 echoes folded) · library order", never "191 of 11360".
    static func header(_ state: LibraryScreen) -> String {
        let library = state.library
        let listed = state.quoteRows.count
        var header = " " + counted(listed, "quote", "quotes")
        if let s = state.chosenSpeaker, library.speakers.indices.contains(s) { header += " by \(library.speakers[s].name)" }
        if !state.filter.text.isEmpty { header += " matching “\(state.filter.text)”" }
        if state.foldedEchoes > 0 { header += " (\(counted(state.foldedEchoes, "echo", "echoes")) folded)" }
        return header + (state.newestFirst ? " · newest first" : " · library order")
    }

    /// "from: Title" and "also in: Title · Title": where the quote and its
    /// echoes are; two articles with the same title are told apart by path.
    static func source(of q: Int, _ state: LibraryScreen) -> [QuotePreview.Line] {
        let library = state.library
        let own = library.quotes[q].article
        let echoes = state.echoArticles(of: q)
        let all = [own] + echoes
        let titles = all.map { state.title(of: $0) }
        func name(_ i: Int) -> String {
            let a = all[i]
            guard titles.filter({ $0 == titles[i] }).count > 1 else { return titles[i] }
            return state.paths.short(library.articles[a].source)
        }
        var lines: [QuotePreview.Line] = [[.init(text: "from: ", role: .muted), .init(text: name(0), role: .text)]]
        if !echoes.isEmpty {
            lines.append([.init(text: "also in: ", role: .muted),
                          .init(text: echoes.indices.map { name($0 + 1) }.joined(separator: " · "), role: .text)])
        }
        return lines
    }

    /// "10,544 quotes", "1 echo".
    static func counted(_ n: Int, _ one: String, _ many: String) -> String { CountText.counted(n, one, many) }
}
