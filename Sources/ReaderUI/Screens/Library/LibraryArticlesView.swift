import ArticleKit

/// The library's article list: a mark for unread articles, the title, the
/// date when any article has one, the quote count and the top speakers.
enum LibraryArticlesView {
    static func listRect(_ rect: Rect) -> Rect { Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1) }

    static func draw(_ state: LibraryScreen, memory: ReadingMemory, into grid: inout Grid, rect: Rect) {
        let focused = state.pane == .articles
        let contents = state.contents
        let count = contents.articleCount
        let dated = state.dated
        // Where each comes from, when the library holds more than the paths given.
        let originWidth = contents.origins.count > 1 && rect.width >= 60 ? min(16, rect.width / 6) : 0
        let dateWidth = dated ? 11 : 0
        let speakersWidth = rect.width >= 70 ? min(28, rect.width / 4) : 0
        let quotesWidth = 6
        let titleX = rect.x + 3
        let titleWidth = max(4, rect.width - 3 - (originWidth > 0 ? originWidth + 2 : 0) - (dated ? dateWidth + 2 : 0) - quotesWidth
                             - (speakersWidth > 0 ? speakersWidth + 2 : 0) - 1)
        let originX = titleX + titleWidth + 2
        let dateX = originX + (originWidth > 0 ? originWidth + 2 : 0)
        let quotesX = dateX + (dated ? dateWidth : -2)
        let speakersX = quotesX + quotesWidth + 2

        let rows = state.rows
        let unread = state.unreadCount(in: memory)
        var header = " \(rows.count == count ? "" : "\(rows.count) of ")\(count) listed, \(unread) unread, \(state.sort.label)\(state.sortPending ? " (sorting…)" : "")"
        if !state.search.text.isEmpty { header += ", matching “\(state.search.text)”" }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        grid.put(DisplayWidth.truncate(header, to: rect.width), x: rect.x, y: rect.y, role: .header)
        guard rect.height > 1 else { return }
        if rows.isEmpty {
            let note = state.loading ? " reading…" : count == 0 ? " no articles could be read; ! says why" : " no titles match; Esc clears the search"
            grid.put(note, x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let list = ListView(state: state.articleList, count: rows.count, focused: focused, highlight: .whenFocused)
        list.draw(into: &grid, rect: listRect(rect)) { grid, item in
            let a = rows[item.index]
            let summary = contents.summary(a)
            let y = item.rect.y
            let read = state.isRead(a, in: memory)
            if !read { grid.put("•", x: rect.x + 1, y: y, role: item.role(.bullet)) }
            let title = state.title(of: a)
            grid.put(DisplayWidth.truncate(title, to: titleWidth), x: titleX, y: y,
                     role: item.role(read ? .muted : .text), limit: titleX + titleWidth)
            if originWidth > 0, let origin = summary.origin, contents.origins.indices.contains(origin) {
                let label = Sanitizer.visible(state.originLabel(origin))
                grid.put(DisplayWidth.truncate(label, to: originWidth), x: originX, y: y, role: item.role(.muted))
            }
            if dated, let published = summary.published {
                grid.put(DisplayWidth.truncate(state.dateLabels.day(published), to: dateWidth), x: dateX, y: y, role: item.role(.muted))
            }
            let quoted = contents.quoteCount(ofArticle: a)
            let quotes = quoted == 0 ? "" : "\(quoted)q"
            grid.put(DisplayWidth.pad(String(repeating: " ", count: max(0, quotesWidth - quotes.count)) + quotes, to: quotesWidth),
                     x: quotesX, y: y, role: item.role(.muted))
            if speakersWidth > 0 {
                var x = speakersX
                let limit = min(rect.maxX - 1, speakersX + speakersWidth)
                for (n, s) in contents.listedSpeakers(ofArticle: a).enumerated() {
                    let text = (n > 0 ? ", " : "") + Sanitizer.visible(s.name)
                    guard x + DisplayWidth.of(text) <= limit || n == 0 else { break }
                    let role: StyleRole = s.merged.map { .speaker(StyleRole.paletteSlot(forSpeaker: $0)) } ?? .muted
                    x = grid.put(text, x: x, y: y, role: item.role(role), limit: limit)
                }
            }
        }
    }
}
