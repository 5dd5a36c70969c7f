import ArticleKit

/// Draws a whole frame from the state: title bar, the top screen, status line.
///
/// Immediate mode, like ratatui: every frame is drawn from scratch into a
/// fresh grid (the backend and curses work out what changed on the
/// terminal). Only the lines on screen are looked at, so a frame costs the
/// same for a long article as for a short one.
public enum Renderer {
    public static func render(_ state: ReaderState) -> Grid {
        var grid = Grid(size: state.size)
        let regions = ScreenLayout(size: state.size, sidebarFocused: false)
        if regions.tooSmall {
            drawTooSmall(into: &grid)
            return grid
        }
        // Help and the problems list keep the title bar of the screen under them.
        if let base = state.screens.last(where: { !$0.isOverlay }) {
            drawTitle(base, state: state, into: &grid, rect: regions.titleBar)
        }
        switch state.top {
        case .library(let library): library.drawBody(memory: state.shared.memory, into: &grid)
        case .article(let article): article.drawBody(into: &grid)
        case .help(let help): HelpView.draw(help, keymap: state.shared.keymap, into: &grid, rect: regions.body)
        case .problems(let problems): problems.draw(into: &grid, rect: regions.body)
        case .feeds(let feeds): feeds.drawBody(memory: state.shared.memory, into: &grid)
        }
        var status = state.top.statusLine
        // R's reload counts on whatever screen is showing.
        if let reload = state.shared.feedReload { status.position = reload.progress + (status.position.map { " · " + $0 } ?? "") }
        if let pipe = state.shared.pipe { status.prompt = pipe.prompt }
        StatusBarView.draw(status, message: state.shared.message, into: &grid, rect: regions.status)
        return grid
    }

    static func drawTitle(_ screen: Screen, state: ReaderState, into grid: inout Grid, rect: Rect) {
        switch screen {
        case .library(let library):
            library.drawTitle(into: &grid, rect: rect)
        case .article(let article):
            let path = article.libraryIndex == nil && state.documents.indices.contains(state.current)
                ? state.documents[state.current].path : article.article.source
            ArticleTitleView.draw(article, path: path, counter: counter(for: article, in: state), into: &grid, rect: rect)
        case .feeds(let feeds):
            feeds.drawTitle(memory: state.shared.memory, into: &grid, rect: rect)
        case .help, .problems:
            break
        }
    }

    /// "2/3": where the open article is in the library's list or among the documents.
    static func counter(for article: ArticleScreen, in state: ReaderState) -> String? {
        if let a = article.libraryIndex, let library = state.libraryScreen {
            return library.rows.firstIndex(of: a).map { "\($0 + 1)/\(library.rows.count)" }
        }
        if let feeds = state.feedsScreen, let position = feeds.position(of: article.article.source) { return position }
        return state.documents.count > 1 ? "\(state.current + 1)/\(state.documents.count)" : nil
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
