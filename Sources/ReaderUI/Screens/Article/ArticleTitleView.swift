/// The article's title bar: its title (and its file, when both fit) on the left, its place
/// among the articles open and its counts on the right.
enum ArticleTitleView {
    /// - Parameter counter: "2/3" when the article is one of several.
    static func draw(_ state: ArticleScreen, path: String, counter: String?, into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .titleBar)
        let article = state.article
        let quotes = article.quotes.count, speakers = article.speakers.count
        var right = "\(quotes) \(quotes == 1 ? "quote" : "quotes") · \(speakers) \(speakers == 1 ? "speaker" : "speakers")"
        if let counter { right = "\(counter) · " + right }
        right += " "
        let file = fileName(path)
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 2
        let title = article.title.isEmpty ? file : article.title
        // The title comes first; the file shows beside it only when both fit whole.
        let left: String
        if title != file, DisplayWidth.of(title) + 3 + DisplayWidth.of(file) <= room - 1 {
            left = " " + title + " — " + file
        } else {
            left = " " + DisplayWidth.truncate(title, to: max(1, room - 1))
        }
        if room > 0 { grid.put(left, x: rect.x, y: rect.y, role: .titleBar, limit: rect.x + room + 1) }
        if rightWidth <= rect.width {
            grid.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .titleBar)
        }
    }

    static func fileName(_ path: String) -> String {
        if path == "-" { return "stdin" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
