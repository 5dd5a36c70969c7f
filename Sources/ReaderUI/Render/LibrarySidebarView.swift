/// The library's speaker sidebar: one row per person across every article,
/// in their colour, with how many quotes and in how many articles.
enum LibrarySidebarView {
    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        guard let b = state.browser else { return }
        let focused = state.focus == .sidebar
        grid.fill(rect, role: .sidebar)
        grid.put(" Speakers", x: rect.x, y: rect.y, role: focused ? .sidebarFocus : .header, limit: rect.maxX)
        // What the counts are, as long as room allows.
        if let legend = ["quotes/articles ", "q/articles ", "q/a "].first(where: { rect.width > 10 + $0.count }) {
            grid.put(legend, x: rect.maxX - legend.count, y: rect.y, role: .muted)
        }
        let speakers = b.library.speakers
        guard !speakers.isEmpty else {
            grid.put(b.loading ? " reading…" : " no attributed quotes", x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let height = rect.height - 1
        let top = QuoteListView.firstRow(cursor: b.speakerCursor, rows: height)
        for row in 0..<min(height, speakers.count - top) {
            let s = top + row
            let entry = speakers[s]
            let y = rect.y + 1 + row
            let highlight = s == b.speakerCursor && focused
            let chosen = s == b.chosenSpeaker
            if highlight { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .sidebarSelected) }
            let slot = StyleRole.paletteSlot(forSpeaker: s)
            if chosen && !focused { grid.put("▸", x: rect.x, y: y, role: .sidebarFocus) }
            grid.put("●", x: rect.x + 1, y: y, role: highlight ? .sidebarSelected : .speaker(slot))
            let count = "\(entry.quoteCount)/\(entry.articleCount)"
            let countX = rect.maxX - 1 - count.count
            let name = DisplayWidth.truncate(entry.name, to: max(0, countX - (rect.x + 3) - 1))
            grid.put(name, x: rect.x + 3, y: y, role: highlight ? .sidebarSelected : .speaker(slot), limit: countX)
            grid.put(count, x: countX, y: y, role: highlight ? .sidebarSelected : .muted)
        }
    }
}
