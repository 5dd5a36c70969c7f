import ArticleKit

/// Quotes across the library: everyone's or one speaker's, narrowed by the
/// filter. A quote repeated in other articles shows once with "also in N
/// articles"; the header says how many quotes are listed and how many
/// echoes are folded into them, so its count agrees with the sidebar's.
/// The preview below shows the quote under the cursor whole, and where it
/// and its echoes are from.
enum LibraryQuotesView {
    static func draw(_ state: LibraryScreen, into grid: inout Grid, rect: Rect) {
        let contents = state.contents
        let list = state.quoteRows
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header(state), to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if list.count == 0 {
            let note = state.loading && contents.quoteCount == 0 ? " reading…" : " no quotes match; Esc clears the filter"
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
        let shown = list.lines(top..<min(list.count, top + listRect.height))
        let firstColumn = bySpeaker
            ? min(30, rect.width / 3)
            : min(shown.map { DisplayWidth.of($0.speakerName) }.max() ?? 0, 20, rect.width / 3)
        view.draw(into: &grid, rect: listRect) { grid, item in
            guard shown.indices.contains(item.index - top) else { return }
            let line = shown[item.index - top]
            let y = item.rect.y
            var x: Int
            if bySpeaker {
                let title = DisplayWidth.pad(DisplayWidth.truncate(state.title(of: line.article), to: firstColumn), to: firstColumn)
                x = grid.put(" " + title, x: rect.x, y: y, role: item.role(.muted))
            } else {
                let nameRole = item.role(line.speaker.map { .speaker(StyleRole.paletteSlot(forSpeaker: $0)) } ?? .muted)
                let kind = line.speaker.flatMap { contents.speakers.indices.contains($0) ? contents.speakers[$0].kind : nil } ?? .unnamed
                let name = NameFitting.fit(Sanitizer.visible(line.speakerName), to: firstColumn, kind: kind)
                x = grid.put(" " + DisplayWidth.pad(name, to: firstColumn), x: rect.x, y: y, role: nameRole)
            }
            x += 2
            let others = line.echoes.count
            let suffix = others == 0 ? "" : "  also in \(others) \(others == 1 ? "article" : "articles")"
            let room = max(0, rect.maxX - x - 1 - DisplayWidth.of(suffix))
            let text = "“" + Sanitizer.visible(line.text).split(whereSeparator: \.isWhitespace).joined(separator: " ") + "”"
            x = grid.put(DisplayWidth.truncate(text, to: room), x: x, y: y, role: item.role(.text), limit: rect.maxX - 1)
            if !suffix.isEmpty { grid.put(suffix, x: x, y: y, role: item.role(.muted), limit: rect.maxX - 1) }
        }
        guard previewHeight > 0, let line = state.selectedQuote, let article = contents.article(line.article),
              article.quotes.indices.contains(line.quote) else { return }
        let slot = line.speaker.map(StyleRole.paletteSlot(forSpeaker:))
        let preview = QuotePreview.make(article.quotes[line.quote], in: article, slot: slot, source: source(of: line, state),
                                        width: rect.width - 2)
        preview.draw(into: &grid, rect: Rect(x: rect.x, y: rect.maxY - previewHeight, width: rect.width, height: previewHeight))
    }

    /// What is listed, counted so it agrees with the sidebar: "191 quotes by
    /// Tony Blair (26 echoes folded) · library order", never "191 of 11360".
    static func header(_ state: LibraryScreen) -> String {
        let speakers = state.contents.speakers
        let listed = state.quoteRows.count
        // "10,000+ quotes" while a short prefix is counted only that far.
        var header = " " + (state.quoteRows.counted ? counted(listed, "quote", "quotes") : CountText.number(listed) + "+ quotes")
        if let s = state.chosenSpeaker, speakers.indices.contains(s) { header += " by \(speakers[s].name)" }
        if !state.filter.text.isEmpty { header += " matching “\(state.filter.text)”" }
        if let s = state.namedSpeaker, speakers.indices.contains(s) {
            // The filter finds words said; the sidebar finds who said them.
            header += " · \(speakers[s].name)'s own: s, Enter"
        }
        if state.foldedEchoes > 0 { header += " (\(counted(state.foldedEchoes, "echo", "echoes")) folded)" }
        return header + (state.newestFirst ? " · newest first" : " · library order")
    }

    /// "from: Title" and "also in: Title · Title": where the quote and its
    /// echoes are; two articles with the same title are told apart by path.
    static func source(of line: QuoteLine, _ state: LibraryScreen) -> [QuotePreview.Line] {
        let echoes = line.echoes
        let all = [line.article] + echoes
        let titles = all.map { state.title(of: $0) }
        func name(_ i: Int) -> String {
            let a = all[i]
            guard titles.filter({ $0 == titles[i] }).count > 1 else { return titles[i] }
            return state.paths.short(state.contents.summary(a).source)
        }
        var lines: [QuotePreview.Line] = [[.init(text: "from: ", role: .muted), .init(text: name(0), role: .text)]]
        if let origin = state.contents.summary(line.article).origin {
            lines[0].append(.init(text: "  (" + state.originLabel(origin) + ")", role: .muted))
        }
        if !echoes.isEmpty {
            lines.append([.init(text: "also in: ", role: .muted),
                          .init(text: echoes.indices.map { name($0 + 1) }.joined(separator: " · "), role: .text)])
        }
        return lines
    }

    /// "10,544 quotes", "1 echo".
    static func counted(_ n: Int, _ one: String, _ many: String) -> String { CountText.counted(n, one, many) }
}
