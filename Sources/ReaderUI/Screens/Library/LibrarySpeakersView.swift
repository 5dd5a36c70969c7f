/// The library's speaker sidebar: one row per person across every article,
/// in their colour, with how many quotes and in how many articles.
enum LibrarySpeakersView {
    static func listRect(_ rect: Rect) -> Rect { Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1) }

    static func draw(_ state: LibraryScreen, into grid: inout Grid, rect: Rect) {
        let focused = state.pane == .speakers
        grid.fill(rect, role: .sidebar)
        grid.put(" Speakers", x: rect.x, y: rect.y, role: focused ? .sidebarFocus : .header, limit: rect.maxX)
        // What the counts are, as long as room allows.
        if let legend = ["quotes/articles ", "q/articles ", "q/a "].first(where: { rect.width > 10 + $0.count }) {
            grid.put(legend, x: rect.maxX - legend.count, y: rect.y, role: .muted)
        }
        let speakers = state.contents.speakers
        guard !speakers.isEmpty else {
            grid.put(state.loading ? " reading…" : " no attributed quotes", x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        // Unfocused, the marker shows whose quotes the quote view lists.
        var list = ListView(state: state.speakerList, count: speakers.count, focused: focused, highlight: .sidebar)
        list.marked = state.chosenSpeaker
        list.draw(into: &grid, rect: listRect(rect)) { grid, item in
            let entry = speakers[item.index]
            let y = item.rect.y
            let slot = StyleRole.paletteSlot(forSpeaker: item.index)
            grid.put("●", x: rect.x + 1, y: y, role: item.role(.speaker(slot)))
            let count = "\(entry.quoteCount)/\(entry.articleCount)"
            let countX = rect.maxX - 1 - count.count
            let name = NameFitting.fit(entry.name, to: max(0, countX - (rect.x + 3) - 1), kind: entry.kind)
            grid.put(name, x: rect.x + 3, y: y, role: item.role(.speaker(slot)), limit: countX)
            grid.put(count, x: countX, y: y, role: item.role(.muted))
        }
    }
}
