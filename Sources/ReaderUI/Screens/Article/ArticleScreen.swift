import ArticleKit

/// One article: its text with every quote in its speaker's colour, the
/// speakers beside it and the quote view over it.
///
/// Owns everything the article's panes show. The wrapped text is kept here
/// (re-wrapped on resize only), so a key costs an update and a frame of
/// what is on screen, never a re-layout.
public struct ArticleScreen: Sendable {
    /// The part of the screen that takes keys; Tab goes through them in this order.
    public enum Pane: String, Hashable, Sendable, CaseIterable {
        case speakers, text, quotes

        /// How the status line names the pane.
        public var label: String {
            switch self {
            case .speakers: "SPEAKERS"
            case .text: "READER"
            case .quotes: "QUOTES"
            }
        }
    }

    public private(set) var content: ArticleContent
    public private(set) var layout: ArticleLayout
    public private(set) var size: Size
    public var pane: Pane = .text

    /// First text line on screen.
    public var top = 0
    /// Index into `article.quotes`.
    public var selectedQuote: Int?
    /// Speakers in sidebar order: most quoted first, ties in article order.
    public let speakerOrder: [Int]
    /// The sidebar; its selection is a position in `speakerOrder`.
    public var speakerList = ListState()
    /// Typed after `/` in the sidebar: the cursor goes to the first speaker it names.
    public var speakerSearch = Prompt()

    public var search = Prompt()
    /// Matches of the search, article offsets in text order.
    public private(set) var searchMatches: [Range<Int>] = []
    public var searchCurrent: Int?
    /// The words that settled the selected quote's speaker, marked after `w`.
    public var evidence: Range<Int>?

    public var filter = Prompt()
    /// Quotes the quote view lists (indices into `article.quotes`).
    public private(set) var filteredQuotes: [Int]
    public var quoteList = ListState(selected: 0)

    /// Which article of the library this is, when it was opened from one.
    public var libraryIndex: Int?
    /// Each speaker's palette slot: by their place in the article, or in the
    /// library when the article is one of its, so a speaker keeps their
    /// colour from article to article.
    public var speakerSlots: [Int]

    public init(article: Article, size: Size, dates: DateText = .local) {
        content = ArticleContent(article, dates: dates)
        self.size = size
        layout = ArticleLayout(content, width: ArticleScreen.textWidth(size: size, pane: .text))
        speakerOrder = article.speakers.indices.sorted {
            let a = article.speakers[$0].quoteCount, b = article.speakers[$1].quoteCount
            return a != b ? a > b : $0 < $1
        }
        filteredQuotes = Array(article.quotes.indices)
        speakerSlots = article.speakers.indices.map(StyleRole.paletteSlot(forSpeaker:))
    }

    public var article: Article { content.article }
    public var regions: ScreenLayout { ScreenLayout(size: size, sidebarFocused: pane == .speakers) }

    static func textWidth(size: Size, pane: Pane) -> Int {
        ScreenLayout(size: size, sidebarFocused: pane == .speakers).textWidth
    }

    /// The sidebar's speaker (an index into `article.speakers`): its cursor,
    /// and whose quotes `}` steps through.
    public var selectedSpeaker: Int? {
        speakerList.selected.flatMap { speakerOrder.indices.contains($0) ? speakerOrder[$0] : nil }
    }

    mutating func selectSpeaker(_ speaker: Int?) {
        let position = speaker.flatMap { speakerOrder.firstIndex(of: $0) }
        speakerList.select(position, count: speakerOrder.count, height: sidebarHeight, rows: sidebarRows)
    }

    // MARK: Geometry

    /// Rows the text pane shows.
    public var textHeight: Int { max(1, regions.reader.height) }
    public var maxTop: Int { max(0, layout.lines.count - textHeight) }
    /// Rows the sidebar's list has (below its header).
    var sidebarHeight: Int { max(1, regions.body.height - 1) }
    /// Rows of the quote view's list: the body less its header and the preview.
    var quoteListHeight: Int { max(1, regions.body.height - 1 - QuotePreview.height(body: regions.body.height)) }
    /// Each speaker's rows in the sidebar: the name, and the role below when there is one.
    var sidebarRows: [Int] {
        speakerOrder.map { (article.speakers[$0].role ?? "").isEmpty ? 1 : 2 }
    }

    /// How far down the article the reader is: how much of it has been on screen.
    public var percent: Int {
        guard !layout.lines.isEmpty else { return 100 }
        return min(100, (top + textHeight) * 100 / layout.lines.count)
    }

    /// The article offset of the text at the top of the pane, for keeping
    /// the same text in view across a re-wrap and for the reading memory.
    public var topOffset: Int { layout.anchor(ofLine: top, in: content) }

    /// The article offsets the text pane shows: from its top line to the
    /// first line below it (to the end when the article's end is on screen).
    var visibleOffsets: Range<Int> {
        let from = topOffset
        let below = top + textHeight
        let end = below < layout.lines.count ? layout.anchor(ofLine: below, in: content) : Int.max
        return from..<max(from, end)
    }

    /// The palette slot of a quote's speaker, or nil when nobody is said to say it.
    func slot(ofQuote q: Int) -> Int? {
        content.speaker(ofQuote: q).map { speakerSlots.indices.contains($0) ? speakerSlots[$0] : StyleRole.paletteSlot(forSpeaker: $0) }
    }

    func slot(ofSpeaker s: Int) -> Int {
        speakerSlots.indices.contains(s) ? speakerSlots[s] : StyleRole.paletteSlot(forSpeaker: s)
    }

    /// The first speaker, in sidebar order, one of whose names contains the sidebar's search.
    func findSpeaker() -> Int? {
        let needle = SearchText.fold(speakerSearch.text)
        guard !needle.isEmpty else { return nil }
        return speakerOrder.first { s in
            let speaker = article.speakers[s]
            return ([speaker.name] + speaker.aliases).contains { SearchText.fold($0).contains(needle) }
        }
    }

    func isOnScreen(offset: Int) -> Bool {
        let line = layout.line(containing: offset, in: content)
        return line >= top && line < top + textHeight
    }

    /// Scrolls so `offset` is on screen, a third of the way down when it was not.
    mutating func reveal(offset: Int) {
        guard !isOnScreen(offset: offset) else { return }
        top = clamp(layout.line(containing: offset, in: content) - textHeight / 3, 0, maxTop)
    }

    /// Puts `offset` at the top of the pane (a remembered reading position).
    mutating func scroll(toOffset offset: Int) {
        top = clamp(layout.line(containing: offset, in: content), 0, maxTop)
    }

    /// Sets the size, re-wrapping and keeping the same text at the top,
    /// and the selected quote on screen if it was.
    mutating func resize(to newSize: Size) {
        let anchor = topOffset
        let selectedOffset = selectedQuote.map { article.quotes[$0].marked.lowerBound }
        let selectedWasVisible = selectedOffset.map { isOnScreen(offset: $0) } ?? false
        size = newSize
        relayout(anchor: anchor)
        top = min(top, maxTop)
        if selectedWasVisible, let selectedOffset { reveal(offset: selectedOffset) }
    }

    /// Re-wraps when the text width has changed (a resize, or the sidebar
    /// folding over the text in a narrow window).
    mutating func relayout(anchor: Int) {
        let width = regions.textWidth
        guard width != layout.width else { return }
        layout = ArticleLayout(content, width: width)
        top = min(layout.line(containing: anchor, in: content), maxTop)
    }

    mutating func refilter() {
        filteredQuotes = content.quotes(matching: SearchText.fold(filter.text))
        quoteList.fit(count: filteredQuotes.count, height: quoteListHeight)
    }

    mutating func research() {
        searchMatches = content.search(search.text)
    }

    mutating func clearSearch() {
        search = Prompt()
        searchMatches = []
        searchCurrent = nil
    }
}
