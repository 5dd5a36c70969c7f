/// What a cell on screen *is*, never what colour it has.
///
/// The renderer speaks only in roles; a theme turns each role into colours
/// and attributes. Each role has a theme element name (`quote.selected`,
/// `speaker.3`) and a fallback, so a theme that leaves a role out still
/// shows something sensible.
public enum StyleRole: Hashable, Sendable {
    case text
    case title
    case summary
    case heading
    case emphasis
    case strong
    case blockQuote
    case bullet
    /// Byline, date and site under the title.
    case byline
    /// The article's link under the title.
    case link
    /// A quotation nobody is said to have said (scare quotes, titles).
    case quote
    case quoteSelected
    /// A quotation by the speaker in palette slot `n` (1…16).
    case speaker(Int)
    case speakerSelected(Int)
    case search
    /// The match `n` and `N` are on, apart from the others.
    case searchCurrent
    case titleBar
    case status
    case statusFocus
    case prompt
    case sidebar
    case sidebarFocus
    case sidebarSelected
    case muted
    case header
    case listSelected
    case help
    case helpKey
    case helpSection
    case warning
    case border

    /// How many colours the speaker palette has: sixteen where the terminal
    /// has 256 colours (see `Theme.fitted(toColors:)` for smaller ones).
    public static let paletteSize = 16

    /// The palette slot (1…16) for the speaker at `index` in `Article.speakers`
    /// (or in the library's merged speakers), most quoted first: the same
    /// slot in the reader and in `quoth quotes` on a terminal.
    public static func paletteSlot(forSpeaker index: Int) -> Int { index % paletteSize + 1 }

    /// The name this role has in theme files.
    public var element: String {
        switch self {
        case .text: "text"
        case .title: "title"
        case .summary: "summary"
        case .heading: "heading"
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .blockQuote: "blockquote"
        case .bullet: "bullet"
        case .byline: "byline"
        case .link: "link"
        case .quote: "quote"
        case .quoteSelected: "quote.selected"
        case .speaker(let n): "speaker.\(n)"
        case .speakerSelected(let n): "speaker.\(n).selected"
        case .search: "search"
        case .searchCurrent: "search.current"
        case .titleBar: "titlebar"
        case .status: "status"
        case .statusFocus: "status.focus"
        case .prompt: "prompt"
        case .sidebar: "sidebar"
        case .sidebarFocus: "sidebar.focus"
        case .sidebarSelected: "sidebar.selected"
        case .muted: "muted"
        case .header: "header"
        case .listSelected: "list.selected"
        case .help: "help"
        case .helpKey: "help.key"
        case .helpSection: "help.section"
        case .warning: "warning"
        case .border: "border"
        }
    }

    /// Every role a theme can style, in the order help and docs list them.
    public static let all: [StyleRole] = [
        .text, .title, .summary, .heading, .emphasis, .strong, .blockQuote, .bullet, .byline, .link,
        .quote, .quoteSelected,
    ] + (1...paletteSize).map { .speaker($0) } + (1...paletteSize).map { .speakerSelected($0) } + [
        .search, .searchCurrent, .titleBar, .status, .statusFocus, .prompt, .sidebar, .sidebarFocus, .sidebarSelected,
        .muted, .header, .listSelected, .help, .helpKey, .helpSection, .warning, .border,
    ]

    /// The role by its theme element name.
    public init?(element: String) {
        guard let role = StyleRole.byElement[element] else { return nil }
        self = role
    }

    private static let byElement: [String: StyleRole] =
        Dictionary(uniqueKeysWithValues: all.map { ($0.element, $0) })

    /// What to use when a theme does not mention this role, and what to add
    /// to it (a selected quote is its speaker's colour, reversed).
    public var fallback: (role: StyleRole, adding: Set<TextAttribute>)? {
        switch self {
        case .text: nil
        case .title: (.text, [.bold])
        case .summary: (.text, [])
        case .heading: (.title, [])
        case .emphasis: (.text, [.italic])
        case .strong: (.text, [.bold])
        case .blockQuote: (.text, [])
        case .bullet: (.summary, [])
        case .byline: (.muted, [])
        case .link: (.muted, [.underline])
        case .quote: (.text, [.underline])
        case .quoteSelected: (.quote, [.reverse])
        case .speaker: (.quote, [])
        case .speakerSelected(let n): (.speaker(n), [.reverse, .bold])
        case .search: (.text, [.reverse])
        case .searchCurrent: (.search, [.bold, .underline])
        case .titleBar: (.status, [])
        case .status: (.text, [.reverse])
        case .statusFocus: (.status, [.bold])
        case .prompt: (.status, [])
        case .sidebar: (.text, [])
        case .sidebarFocus: (.sidebar, [.bold])
        case .sidebarSelected: (.sidebar, [.reverse])
        case .muted: (.text, [.dim])
        case .header: (.text, [.bold])
        case .listSelected: (.text, [.reverse])
        case .help: (.text, [])
        case .helpKey: (.help, [.bold])
        case .helpSection: (.header, [])
        case .warning: (.status, [.bold])
        case .border: (.muted, [])
        }
    }
}
