/// Every key binding quoth has, in one table; help is generated from it.
///
/// A binding belongs to a context: `global` bindings apply everywhere unless
/// the focused view binds the same key itself (tig's generic keymap with
/// per-view keymaps over it).
public struct Keymap: Sendable {
    /// Where a binding applies.
    public enum Context: String, Hashable, Sendable, CaseIterable {
        case global, reader, sidebar, quotes, library, librarySpeakers, libraryQuotes, feeds, feedArticles, help, problems

        /// The heading help shows for this context.
        public var title: String {
            switch self {
            case .global: "Everywhere"
            case .reader: "Reader"
            case .sidebar: "Speaker sidebar"
            case .quotes: "Quote view"
            case .library: "Library: article list"
            case .librarySpeakers: "Library: speakers across articles"
            case .libraryQuotes: "Library: quotes across articles"
            case .feeds: "Feeds: the feed list"
            case .feedArticles: "Feeds: a feed's articles"
            case .help: "Help"
            case .problems: "Problems"
            }
        }
    }

    public struct Binding: Hashable, Sendable {
        public var keys: [Key]
        public var command: Command
        public var context: Context
        /// What the binding does, as help says it.
        public var summary: String

        public init(_ keys: [Key], _ command: Command, _ context: Context = .global, _ summary: String) {
            self.keys = keys
            self.command = command
            self.context = context
            self.summary = summary
        }
    }

    public var bindings: [Binding]
    private var index: [Context: [Key: Command]]

    public init(bindings: [Binding]) {
        self.bindings = bindings
        var index: [Context: [Key: Command]] = [:]
        for binding in bindings {
            for key in binding.keys where index[binding.context, default: [:]][key] == nil {
                index[binding.context, default: [:]][key] = binding.command
            }
        }
        self.index = index
    }

    /// The command `key` makes in `context`, falling back to the global bindings.
    public func command(for key: Key, in context: Context) -> Command? {
        index[context]?[key] ?? index[.global]?[key]
    }

    /// Help text: each context's bindings, keys first.
    public var helpSections: [(title: String, rows: [(keys: String, summary: String)])] {
        Context.allCases.compactMap { context in
            let rows = bindings.filter { $0.context == context }
                .map { (keys: $0.keys.map(\.label).joined(separator: " "), summary: $0.summary) }
            return rows.isEmpty ? nil : (context.title, rows)
        }
    }

    /// quoth's keys: less, vim and tig conventions.
    public static let standard = Keymap(bindings: [
        Binding([.char("j"), .down], .lineDown, .global, "scroll down / next item"),
        Binding([.char("k"), .up], .lineUp, .global, "scroll up / previous item"),
        Binding([.char(" "), .pageDown, .ctrl("f")], .pageDown, .global, "page down"),
        Binding([.char("b"), .pageUp, .ctrl("b")], .pageUp, .global, "page up"),
        Binding([.ctrl("d")], .halfPageDown, .global, "half a page down"),
        Binding([.ctrl("u")], .halfPageUp, .global, "half a page up"),
        Binding([.char("g"), .home], .top, .global, "go to the top"),
        Binding([.char("G"), .end], .bottom, .global, "go to the end"),
        Binding([.tab], .cycleFocus, .global, "next pane (sidebar, reader, quote view)"),
        Binding([.backTab], .cycleFocusBackward, .global, "previous pane"),
        Binding([.char("s")], .focusSidebar, .global, "speaker sidebar (shows it in narrow windows)"),
        Binding([.char("r")], .focusReader, .global, "reader"),
        Binding([.char("f")], .focusQuotes, .global, "quote view"),
        Binding([.enter], .select, .global, "select"),
        Binding([.char("]")], .nextQuote, .global, "next quote"),
        Binding([.char("[")], .previousQuote, .global, "previous quote"),
        Binding([.char("}")], .nextSpeakerQuote, .global, "next quote by the selected speaker"),
        Binding([.char("{")], .previousSpeakerQuote, .global, "previous quote by the selected speaker"),
        Binding([.char(">")], .nextArticle, .global, "next article (several paths given)"),
        Binding([.char("<")], .previousArticle, .global, "previous article"),
        Binding([.char("t")], .nextTheme, .global, "next theme"),
        Binding([.char("?"), .char("h"), .function(1)], .help, .global, "help"),
        Binding([.ctrl("l")], .redraw, .global, "redraw the screen"),
        Binding([.char("y")], .copyQuote, .global, "copy the selected quote with its speaker and source"),
        Binding([.char("|")], .pipe, .global, "pipe the article, or the selected quote, to a command"),
        Binding([.char("w")], .why, .global, "why this speaker: the cue, the rule, and where the name was settled (jumps there)"),
        Binding([.char("u")], .nextUnread, .global, "next unread article (library)"),
        Binding([.char("!")], .problems, .global, "what could not be read, and other warnings"),
        Binding([.char("R")], .reloadFeeds, .global, "reload every feed in the background"),
        Binding([.char("F")], .openFeeds, .global, "the feeds view: every feed, its unread articles"),
        Binding([.char("q")], .close, .global, "close the view; back to the library; quit"),
        Binding([.char("Q")], .quit, .global, "quit at once"),
        Binding([.escape], .cancel, .global, "cancel"),

        Binding([.char("/")], .search, .reader, "search the article"),
        Binding([.char("n")], .searchNext, .reader, "next match"),
        Binding([.char("N")], .searchPrevious, .reader, "previous match"),
        Binding([.enter], .select, .reader, "pick the selected quote's speaker"),
        Binding([.escape], .cancel, .reader, "clear the search"),
        Binding([.char("o")], .openLink, .reader, "open the article's link in the browser"),

        Binding([.char("/")], .search, .sidebar, "find a speaker by name"),
        Binding([.enter], .select, .sidebar, "jump to the speaker's first quote"),

        Binding([.char("/")], .search, .quotes, "filter quotes (text and speaker)"),
        Binding([.enter], .select, .quotes, "show the quote in the article"),
        Binding([.escape], .cancel, .quotes, "clear the filter"),

        Binding([.char("/")], .search, .library, "search titles and speakers"),
        Binding([.enter], .select, .library, "open the article"),
        Binding([.char("o")], .sort, .library, "sort: folder order, title, date, quotes"),
        Binding([.char("m")], .toggleRead, .library, "mark read / unread, and go to the next"),
        Binding([.char("A")], .markAllRead, .library, "mark every article listed read"),
        Binding([.escape], .cancel, .library, "clear the search"),

        Binding([.char("/")], .search, .librarySpeakers, "find a speaker by name"),
        Binding([.enter], .select, .librarySpeakers, "list their quotes across the library"),

        Binding([.char("/")], .search, .libraryQuotes, "filter quotes (text and speaker)"),
        Binding([.enter], .select, .libraryQuotes, "open the article at the quote"),
        Binding([.char("o")], .sort, .libraryQuotes, "newest first / library order"),
        Binding([.escape], .cancel, .libraryQuotes, "clear the filter, then the speaker"),

        Binding([.enter], .select, .feeds, "list the feed's articles"),
        Binding([.char("u")], .nextUnread, .feeds, "next feed with unread articles"),
        Binding([.char("A")], .markAllRead, .feeds, "mark every article of the feed read"),

        Binding([.enter], .select, .feedArticles, "read the article"),
        Binding([.char("m")], .toggleRead, .feedArticles, "mark read / unread, and go to the next"),
        Binding([.char("u")], .nextUnread, .feedArticles, "next unread article"),
        Binding([.char("A")], .markAllRead, .feedArticles, "mark every article of the feed read"),
        Binding([.char("o")], .openLink, .feedArticles, "open the article's link in the browser"),
        Binding([.char("q"), .escape], .close, .feedArticles, "back to the feed list"),

        Binding([.escape, .char("?"), .char("h")], .close, .help, "close help"),
    ])
}
