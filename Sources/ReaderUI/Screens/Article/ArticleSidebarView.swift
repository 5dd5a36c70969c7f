/// The article's speakers: each in their colour, role below, quote count on
/// the right, most quoted first.
enum ArticleSidebarView {
    /// The list below the header.
    static func listRect(_ rect: Rect) -> Rect { Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1) }

    static func list(_ state: ArticleScreen) -> ListView {
        ListView(state: state.speakerList, count: state.speakerOrder.count, focused: state.pane == .speakers,
                 highlight: .sidebar, rows: state.sidebarRows)
    }

    static func draw(_ state: ArticleScreen, into grid: inout Grid, rect: Rect) {
        let focused = state.pane == .speakers
        grid.fill(rect, role: .sidebar)
        grid.put(" Speakers", x: rect.x, y: rect.y, role: focused ? .sidebarFocus : .header, limit: rect.maxX)
        let article = state.article
        guard !article.speakers.isEmpty else {
            grid.put(article.quotes.isEmpty ? " no quotes found" : " no attributed quotes",
                     x: rect.x, y: rect.y + 1, role: .muted, limit: rect.maxX)
            return
        }
        list(state).draw(into: &grid, rect: listRect(rect)) { grid, item in
            let s = state.speakerOrder[item.index]
            let speaker = article.speakers[s]
            let y = item.rect.y
            let slot = state.slot(ofSpeaker: s)
            grid.put("●", x: rect.x + 1, y: y, role: item.role(.speaker(slot)))
            let count = String(speaker.quoteCount)
            let countX = rect.maxX - 1 - count.count
            let name = NameFitting.fit(speaker.name, to: max(0, countX - (rect.x + 3) - 1), kind: speaker.kind)
            grid.put(name, x: rect.x + 3, y: y, role: item.role(.speaker(slot)), limit: countX)
            grid.put(count, x: countX, y: y, role: item.role(.muted))
            if item.rect.height > 1 {
                let role = DisplayWidth.truncate(speaker.role ?? "", to: max(0, rect.width - 4))
                grid.put(role, x: rect.x + 3, y: y + 1, role: item.role(.muted), limit: rect.maxX - 1)
            }
        }
    }
}
