/// Draws a whole frame from the state: title bar, panes, status line.
///
/// Immediate mode, like ratatui: every frame is drawn from scratch into a
/// fresh grid (the backend and curses work out what changed on the
/// terminal). Only the lines on screen are looked at, so a frame costs the
/// same for a long article as for a short one.
public enum Renderer {
    public static func render(_ state: ReaderState) -> Grid {
        var grid = Grid(size: state.size)
        let screen = state.screen
        if screen.tooSmall {
            drawTooSmall(into: &grid)
            return grid
        }
        TitleBarView.draw(state, into: &grid, rect: screen.titleBar)
        if state.showHelp {
            HelpView.draw(state, into: &grid, rect: screen.body)
        } else if state.browsing {
            drawLibrary(state, into: &grid, screen: screen)
        } else if state.focus == .quotes {
            QuoteListView.draw(state, into: &grid, rect: screen.body)
        } else {
            if !screen.sidebar.isEmpty {
                SidebarView.draw(state, into: &grid, rect: screen.sidebar)
            }
            if !screen.separator.isEmpty {
                for y in screen.separator.y..<screen.separator.maxY {
                    grid.put("│", x: screen.separator.x, y: y, role: .border)
                }
            }
            if screen.sidebar != screen.body {
                ReaderPaneView.draw(state, into: &grid, rect: screen.reader)
            }
        }
        StatusBarView.draw(state, into: &grid, rect: screen.status)
        return grid
    }

    /// The library: speakers beside the article list, or the quote view, or
    /// the list of files that could not be read.
    static func drawLibrary(_ state: ReaderState, into grid: inout Grid, screen: ScreenLayout) {
        if state.browser?.showProblems == true {
            ProblemsView.draw(state, into: &grid, rect: screen.body)
            return
        }
        if state.focus == .quotes {
            LibraryQuotesView.draw(state, into: &grid, rect: screen.body)
            return
        }
        if !screen.sidebar.isEmpty { LibrarySidebarView.draw(state, into: &grid, rect: screen.sidebar) }
        if !screen.separator.isEmpty {
            for y in screen.separator.y..<screen.separator.maxY { grid.put("│", x: screen.separator.x, y: y, role: .border) }
        }
        if screen.sidebar != screen.body { LibraryListView.draw(state, into: &grid, rect: screen.reader) }
    }

    /// One line, centred: the only thing that fits below 30×8.
    static func drawTooSmall(into grid: inout Grid) {
        let size = grid.size
        guard size.width > 0, size.height > 0 else { return }
        let long = "window too small (\(size))"
        let note = DisplayWidth.of(long) <= size.width ? long : DisplayWidth.truncate("window too small", to: size.width)
        let x = max(0, (size.width - DisplayWidth.of(note)) / 2)
        grid.put(note, x: x, y: (size.height - 1) / 2, role: .muted)
    }
}
