import ArticleKit
import ReaderUI

/// A reader driven by keys and read back as text, like tig's screen tests.
struct Screen {
    var state: ReaderState

    init(_ article: Article, _ width: Int, _ height: Int, themes: [Theme] = [.builtIn]) {
        state = ReaderState(article: article, size: Size(width: width, height: height), themes: themes, dates: .utc)
    }

    /// Presses keys written the way help writes them, space-separated:
    /// `"s j Enter } }"`; `"/panic"` types into an open prompt.
    @discardableResult
    mutating func press(_ script: String) -> [Effect] {
        var effects: [Effect] = []
        for word in script.split(separator: " ") {
            for key in Screen.keys(String(word)) {
                if let effect = state.apply(state.action(for: key)) { effects.append(effect) }
            }
        }
        return effects
    }

    /// The library screen over `articles`, fully loaded unless `loading` says
    /// `total` files are still to come.
    init(library articles: [Article], _ width: Int, _ height: Int, loading: Bool = false, total: Int? = nil) {
        let library = LibraryScreen(library: Library(articles), total: total ?? articles.count, loading: loading, dates: .utc)
        state = ReaderState(library: library, size: Size(width: width, height: height))
    }

    /// The article being read (the top screen, or the one under help).
    var article: ArticleScreen { state.articleScreen! }
    /// The library, wherever it is in the stack of screens.
    var library: LibraryScreen { state.libraryScreen! }

    mutating func resize(_ width: Int, _ height: Int) {
        _ = state.apply(.resize(Size(width: width, height: height)))
    }

    var grid: Grid { Renderer.render(state) }
    var text: String { grid.text }

    static let named: [String: Key] = [
        "Enter": .enter, "Esc": .escape, "Tab": .tab, "Space": .char(" "), "Up": .up, "Down": .down,
        "Left": .left, "Right": .right, "Del": .delete, "PgDn": .pageDown, "PgUp": .pageUp, "Home": .home, "End": .end, "Backspace": .backspace,
        "Ctrl-L": .ctrl("l"), "F1": .function(1),
    ]

    static func keys(_ word: String) -> [Key] {
        if let key = named[word] { return [key] }
        if word.hasPrefix("Ctrl-"), word.count == 6, let letter = word.last { return [.ctrl(Character(letter.lowercased()))] }
        return word.map { Key.char($0) }
    }
}
