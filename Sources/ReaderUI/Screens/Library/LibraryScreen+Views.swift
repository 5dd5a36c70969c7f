import ArticleKit

extension LibraryScreen {
    /// The title bar: what the library is, and exactly how many articles it holds.
    func drawTitle(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .titleBar)
        let articles = contents.articleCount
        let count = CountText.counted(articles, "article", "articles") + " "
        let full = CountText.counted(articles, "article", "articles") + " · " + CountText.counted(contents.quoteCount, "quote", "quotes")
            + " · " + CountText.counted(contents.speakerCount, "speaker", "speakers") + " "
        // The article count always shows; the other counts when there is room.
        let right = DisplayWidth.of(full) + 15 <= rect.width ? full : count
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 1
        let left = name.isEmpty ? " quoth library" : " quoth library — " + name
        if room > 8 { grid.put(DisplayWidth.truncate(left, to: room), x: rect.x, y: rect.y, role: .titleBar) }
        if rightWidth <= rect.width { grid.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .titleBar) }
    }

    /// The status line: the pane, files that could not be read, loading progress.
    var statusLine: StatusLine {
        var line = StatusLine(label: pane.label, prompt: activePrompt)
        if let note = problemsNote {
            line.note = note
            line.noteRole = .warning
        }
        if let note = contents.loadingNote {
            line.position = note
        } else if loading {
            line.position = "reading \(contents.articleCount + contents.failures.count)/\(total)"
        }
        return line
    }

    /// "1 file skipped, 1 warning: ! lists them", when there is something to list.
    var problemsNote: String? {
        let failures = contents.failures.count, warned = warnedArticles.count
        var parts: [String] = []
        if failures > 0 { parts.append("\(failures) \(failures == 1 ? "file" : "files") skipped") }
        if warned > 0 { parts.append("\(warned) \(warned == 1 ? "file" : "files") read with a warning") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ") + ": ! lists them"
    }

    /// What names where an article comes from: a folder's name, a feed's title.
    func originLabel(_ origin: Int) -> String {
        let label = contents.origins[origin]
        return label.hasPrefix("/") ? ReaderLaunch.folderName(label) : label
    }

    /// The panes: speakers beside the article list, or the quote view.
    func drawBody(memory: ReadingMemory, into grid: inout Grid) {
        let regions = self.regions
        if pane == .quotes {
            LibraryQuotesView.draw(self, into: &grid, rect: regions.body)
            return
        }
        if !regions.sidebar.isEmpty { LibrarySpeakersView.draw(self, into: &grid, rect: regions.sidebar) }
        regions.drawSeparator(into: &grid)
        if regions.sidebar != regions.body { LibraryArticlesView.draw(self, memory: memory, into: &grid, rect: regions.reader) }
    }
}
