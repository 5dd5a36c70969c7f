/// The bottom line: focused pane, prompt or message, position and the help hint.
enum StatusBarView {
    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .status)
        let pane = state.browsing ? (state.browser?.showProblems == true ? "SKIPPED" : state.focus.libraryLabel) : state.focus.label
        let label = " \(state.showHelp ? "HELP" : pane) "
        var x = grid.put(label, x: rect.x, y: rect.y, role: .statusFocus)
        x += 1
        var right = "? help "
        if state.browsing, let browser = state.browser {
            if browser.loading { right = "reading \(browser.library.articles.count + browser.library.failures.count)/\(browser.total) · " + right }
        } else if !state.showHelp && state.focus != .quotes {
            right = "\(state.percent)% · " + right
        }
        let rightWidth = DisplayWidth.of(right)
        let end = rect.maxX - rightWidth - 1
        if let prompt = state.activePrompt {
            let text = "/" + prompt.text
            // Keep the end of a long prompt in view, where the typing is.
            let room = max(0, end - x - 1)
            var shown = Substring(text)
            while DisplayWidth.of(shown) > room, !shown.isEmpty { shown = shown.dropFirst() }
            let after = grid.put(shown, x: x, y: rect.y, role: .prompt, limit: end)
            grid.cursor = Point(x: min(after, rect.maxX - 1), y: rect.y)
        } else if let message = state.message {
            grid.put(DisplayWidth.truncate(message, to: max(0, end - x)), x: x, y: rect.y, role: .warning, limit: end)
        } else if state.browsing, let failures = state.browser?.library.failures, !failures.isEmpty {
            let note = "\(failures.count) \(failures.count == 1 ? "file" : "files") skipped: ! lists them"
            grid.put(DisplayWidth.truncate(note, to: max(0, end - x)), x: x, y: rect.y, role: .warning, limit: end)
        } else if !state.search.text.isEmpty, state.focus == .reader, !state.browsing {
            let count = state.searchMatches.count
            let note = "/\(state.search.text): \(count == 0 ? "not found" : "\(count) \(count == 1 ? "match" : "matches")") (n/N)"
            grid.put(DisplayWidth.truncate(note, to: max(0, end - x)), x: x, y: rect.y, role: .status, limit: end)
        }
        if rightWidth + DisplayWidth.of(label) < rect.width {
            grid.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .status)
        }
    }
}
