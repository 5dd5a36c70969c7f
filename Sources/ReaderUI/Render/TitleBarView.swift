/// The top line: the article title and file on the left, counts on the right.
enum TitleBarView {
    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .titleBar)
        if state.browsing, let browser = state.browser {
            drawLibrary(browser, into: &grid, rect: rect)
            return
        }
        let article = state.article
        let quotes = article.quotes.count, speakers = article.speakers.count
        var right = "\(quotes) \(quotes == 1 ? "quote" : "quotes") · \(speakers) \(speakers == 1 ? "speaker" : "speakers")"
        if let browser = state.browser, let a = browser.openArticle, let position = browser.rows.firstIndex(of: a) {
            right = "\(position + 1)/\(browser.rows.count) · " + right
        } else if state.documents.count > 1 { right = "\(state.current + 1)/\(state.documents.count) · " + right }
        right += " "
        let file = fileName(state.documents[state.current].path)
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 2
        let title = article.title.isEmpty ? file : article.title
        // The file always shows when there is room for it; the title gives way.
        let fileWidth = DisplayWidth.of(file)
        var left: String
        if title != file, room - fileWidth - 3 >= 12 {
            left = " " + DisplayWidth.truncate(title, to: room - fileWidth - 4) + " — " + file
        } else {
            left = " " + DisplayWidth.truncate(title, to: max(1, room - 1))
        }
        if room > 0 { grid.put(left, x: rect.x, y: rect.y, role: .titleBar, limit: rect.x + room + 1) }
        if rightWidth <= rect.width {
            grid.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .titleBar)
        }
    }

    /// The library's line: what it is, and exactly how many articles it holds.
    static func drawLibrary(_ browser: LibraryBrowser, into grid: inout Grid, rect: Rect) {
        let library = browser.library
        let articles = library.articles.count
        let count = "\(articles) \(articles == 1 ? "article" : "articles") "
        let full = "\(articles) \(articles == 1 ? "article" : "articles") · \(library.quotes.count) quotes · \(library.speakers.count) speakers "
        // The article count always shows; the other counts when there is room.
        let right = DisplayWidth.of(full) + 15 <= rect.width ? full : count
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 1
        let left = browser.name.isEmpty ? " quoth library" : " quoth library — " + browser.name
        if room > 8 { grid.put(DisplayWidth.truncate(left, to: room), x: rect.x, y: rect.y, role: .titleBar) }
        if rightWidth <= rect.width { grid.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .titleBar) }
    }

    static func fileName(_ path: String) -> String {
        if path == "-" { return "stdin" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
