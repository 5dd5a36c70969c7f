extension ArticleScreen {
    /// The status line: the pane, the search's standing, how far down the article is.
    var statusLine: StatusLine {
        var line = StatusLine(label: pane.label, prompt: activePrompt)
        if pane != .quotes { line.position = "\(percent)%" }
        if pane == .text, !search.text.isEmpty {
            let count = searchMatches.count
            line.note = "/\(search.text): \(count == 0 ? "not found" : "\(count) \(count == 1 ? "match" : "matches")") (n/N)"
        }
        return line
    }

    /// The panes: the quote view over the whole body, or the sidebar beside the text.
    func drawBody(into grid: inout Grid) {
        let regions = self.regions
        if pane == .quotes {
            ArticleQuotesView.draw(self, into: &grid, rect: regions.body)
            return
        }
        if !regions.sidebar.isEmpty { ArticleSidebarView.draw(self, into: &grid, rect: regions.sidebar) }
        regions.drawSeparator(into: &grid)
        if regions.sidebar != regions.body { ArticleTextView.draw(self, into: &grid, rect: regions.reader) }
    }
}
