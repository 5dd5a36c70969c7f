import ArticleKit

/// Everything that can change the reader's state.
public enum Action: Sendable {
    case command(Command)
    /// A key that edits the open prompt (search, filter, find).
    case edit(Prompt.Edit)
    /// A key bound to nothing where it was pressed: the status line says how to find the keys.
    case unbound(Key)
    case resize(Size)
    case mouse(MouseEvent)
    /// Document `index` has been read.
    case loaded(index: Int, result: Result<[Article], ReadError>)
    /// A newer snapshot of the library being loaded; `done` when every file is in.
    case libraryLoaded(Library, done: Bool)
    /// Newer contents for the library (the store after a check indexed changed files).
    case libraryContents(any LibraryContents, done: Bool)
    /// How something the event loop did went (a link opened, a quote copied).
    case report(String)
    /// How far `R`'s reload of the feeds has got; the last one is `finished`.
    case feedsReloading(FeedReload)
}

/// What the reducer asks the world to do; the event loop does it.
public enum Effect: Hashable, Sendable {
    case quit
    /// Repaint the whole terminal, not just what changed (Ctrl-L).
    case redraw
    /// Read document `index` and send back `.loaded`.
    case load(Int)
    /// Open a web link in the browser, the terminal handed over meanwhile.
    case openLink(String)
    /// Put text on the clipboard.
    case copy(String)
    /// Run a shell command with `text` on its standard input, on the terminal.
    case pipe(text: String, command: String)
    /// Fetch every feed in the background and send back `.feedsReloading`.
    case reloadFeeds
}
