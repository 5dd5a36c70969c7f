import ArticleKit
import ReaderUI

/// A reader driven by keys and read back as text, like tig's screen tests.
struct Screen {
    var state: ReaderState

    init(_ article: Article, _ width: Int, _ height: Int, themes: [Theme] = [.builtIn]) {
        state = ReaderState(article: article, size: Size(width: width, height: height), themes: themes)
    }

    /// Presses keys written the way help writes them, space-separated:
    /// `"s j Enter } }"`; `"/panic"` types into an open prompt.
    @discardableResult
    mutating func press(_ script: String) -> [Effect] {
        var effects: [Effect] = []
        for word in script.split(separator: " ") {
            for key in Screen.keys(String(word)) {
                if let action = state.action(for: key), let effect = state.apply(action) { effects.append(effect) }
            }
        }
        return effects
    }

    /// The library screen over `articles`, fully loaded.
    init(library articles: [Article], _ width: Int, _ height: Int) {
        let browser = LibraryBrowser(library: Library(articles), total: articles.count, loading: false)
        state = ReaderState(browser: browser, size: Size(width: width, height: height))
    }

    mutating func resize(_ width: Int, _ height: Int) {
        _ = state.apply(.resize(Size(width: width, height: height)))
    }

    var grid: Grid { Renderer.render(state) }
    var text: String { grid.text }

    static let named: [String: Key] = [
        "Enter": .enter, "Esc": .escape, "Tab": .tab, "Space": .char(" "), "Up": .up, "Down": .down,
        "PgDn": .pageDown, "PgUp": .pageUp, "Home": .home, "End": .end, "Backspace": .backspace,
        "Ctrl-L": .ctrl("l"), "F1": .function(1),
    ]

    static func keys(_ word: String) -> [Key] {
        if let key = named[word] { return [key] }
        return word.map { Key.char($0) }
    }
}
