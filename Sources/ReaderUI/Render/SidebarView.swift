/// The speaker list: each speaker in their colour, role below, quote count
/// on the right, most quoted first.
enum SidebarView {
    struct Row: Hashable {
        var speaker: Int?
        var isRole: Bool
    }

    /// The sidebar's rows below its header: a name row per speaker, and a
    /// role row when the article gives one.
    static func rows(for state: ReaderState) -> [Row] {
        var rows: [Row] = []
        for s in state.speakerOrder {
            rows.append(Row(speaker: s, isRole: false))
            if let role = state.article.speakers[s].role, !role.isEmpty { rows.append(Row(speaker: s, isRole: true)) }
        }
        return rows
    }

    /// The first row shown, so the selected speaker's rows are on screen.
    static func firstRow(rows: [Row], cursor: Int?, height: Int) -> Int {
        guard let cursor, let last = rows.lastIndex(where: { $0.speaker == cursor }), height > 0 else { return 0 }
        return max(0, last - height + 1)
    }

    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        let focused = state.focus == .sidebar
        grid.fill(rect, role: .sidebar)
        grid.put(" Speakers", x: rect.x, y: rect.y, role: focused ? .sidebarFocus : .header, limit: rect.maxX)
        let article = state.article
        guard !article.speakers.isEmpty else {
            grid.put(article.quotes.isEmpty ? " no quotes found" : " no attributed quotes",
                     x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        let rows = rows(for: state)
        let height = rect.height - 1
        let top = firstRow(rows: rows, cursor: state.selectedSpeaker, height: height)
        for (i, row) in rows.dropFirst(top).prefix(height).enumerated() {
            let y = rect.y + 1 + i
            guard let s = row.speaker else { continue }
            let speaker = article.speakers[s]
            let selected = s == state.selectedSpeaker
            let highlight = selected && focused
            if highlight { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .sidebarSelected) }
            let textWidth = rect.width - 3
            if row.isRole {
                let role = DisplayWidth.truncate(speaker.role ?? "", to: max(0, textWidth - 1))
                grid.put(role, x: rect.x + 3, y: y, role: highlight ? .sidebarSelected : .muted, limit: rect.maxX - 1)
                continue
            }
            let slot = StyleRole.paletteSlot(forSpeaker: s)
            if selected && !focused { grid.put("▸", x: rect.x, y: y, role: .sidebarFocus) }
            grid.put("●", x: rect.x + 1, y: y, role: highlight ? .sidebarSelected : .speaker(slot))
            let count = String(speaker.quoteCount)
            let countX = rect.maxX - 1 - count.count
            let name = DisplayWidth.truncate(speaker.name, to: max(0, countX - (rect.x + 3) - 1))
            grid.put(name, x: rect.x + 3, y: y, role: highlight ? .sidebarSelected : .speaker(slot), limit: countX)
            grid.put(count, x: countX, y: y, role: highlight ? .sidebarSelected : .muted)
        }
    }
}
