import ArticleKit

/// The library: the article list (sorted, searched), the speakers merged
/// across articles, and the quote view across every article.
///
/// Stays on the stack under an article opened from it, untouched, so `q`
/// comes back to the same place. Derived lists (`rows`, `quoteRows`) are
/// worked out again only when what they depend on changes, never per frame.
public struct LibraryScreen: Sendable {
    /// The part of the screen that takes keys; Tab goes through them in this order.
    public enum Pane: String, Hashable, Sendable, CaseIterable {
        case speakers, articles, quotes

        public var label: String {
            switch self {
            case .speakers: "SPEAKERS"
            case .articles: "LIBRARY"
            case .quotes: "QUOTES"
            }
        }
    }

    public enum Sort: String, Hashable, Sendable, CaseIterable {
        case library, title, date, quotes

        /// How the list header names the order.
        public var label: String {
            switch self {
            case .library: "folder order"
            case .title: "by title"
            case .date: "newest first"
            case .quotes: "most quotes first"
            }
        }
    }

    public private(set) var library: Library
    /// What the title bar calls the library: the folder's name, or empty.
    public var name = ""
    /// How paths are shown: relative to the folders opened.
    public var paths = PathDisplay()
    /// Files found when the library opened: what loading counts up to.
    public var total: Int
    public var loading: Bool
    public private(set) var size: Size
    public var pane: Pane = .articles
    /// Folded titles and speaker names, one per article, for the list search.
    private var searchKeys: [String] = []
    /// Each article's key in the reading memory, worked out once (making a
    /// path absolute is too slow to do for every row of every frame).
    private(set) var memoryKeys: [String] = []
    /// Articles read with a warning ("not UTF-8; read as Windows-1252"), for `!`.
    private(set) var warnedArticles: [Int] = []
    /// How dates show: in the reader's zone (fixed in tests).
    public let dates: DateText
    /// Each article's date as the list shows it ("2 Dec 2009"), or nil; made once.
    private(set) var dateLabels: [String?] = []

    public var sort: Sort = .library
    public var search = Prompt()
    /// Articles the list shows, in order (indices into `library.articles`).
    public private(set) var rows: [Int] = []
    public var articleList = ListState(selected: 0)

    /// The sidebar; its selection is an index into `library.speakers`.
    public var speakerList = ListState(selected: 0)
    /// Typed after `/` in the sidebar: the cursor jumps to the first speaker it names.
    public var speakerSearch = Prompt()
    /// Whose quotes the quote view lists; nil lists everyone's.
    public private(set) var chosenSpeaker: Int?
    public var filter = Prompt()
    public var newestFirst = false
    /// Library quote indices the quote view lists: echoes shown once.
    public private(set) var quoteRows: [Int] = []
    /// Quotes that matched but are not listed because they echo one that is.
    public private(set) var foldedEchoes = 0
    public var quoteList = ListState(selected: 0)

    public init(library: Library = Library(), total: Int, loading: Bool, size: Size = Size(width: 80, height: 24),
                dates: DateText = .local) {
        self.library = library
        self.total = total
        self.loading = loading
        self.size = size
        self.dates = dates
        absorbNewArticles()
        refreshRows()
        refreshQuotes()
    }

    public var regions: ScreenLayout { ScreenLayout(size: size, sidebarFocused: pane == .speakers) }

    /// The list row the cursor is on.
    public var cursor: Int { articleList.selected ?? 0 }
    /// The sidebar's speaker (an index into `library.speakers`).
    public var speakerCursor: Int { speakerList.selected ?? 0 }
    public var quoteCursor: Int { quoteList.selected ?? 0 }
    /// The article under the list's cursor.
    public var selectedArticle: Int? { rows.indices.contains(cursor) ? rows[cursor] : nil }

    // MARK: Geometry

    var articleListHeight: Int { max(1, regions.reader.height - 1) }
    var speakerListHeight: Int { max(1, regions.sidebar.height - 1) }
    /// The quote view's list: the body less its header and the preview.
    var quoteListHeight: Int { max(1, regions.body.height - 1 - QuotePreview.height(body: regions.body.height)) }

    mutating func resize(to newSize: Size) {
        size = newSize
        articleList.fit(count: rows.count, height: articleListHeight)
        speakerList.fit(count: library.speakers.count, height: speakerListHeight)
        quoteList.fit(count: quoteRows.count, height: quoteListHeight)
    }

    // MARK: Loading

    /// Takes a newer snapshot of the library from the loader, keeping the
    /// cursors on the same article, speaker and quote.
    public mutating func update(_ newer: Library, done: Bool) {
        let article = selectedArticle
        let speakerName = library.speakers.indices.contains(speakerCursor) ? library.speakers[speakerCursor].name : nil
        let chosenName = chosenSpeaker.map { library.speakers[$0].name }
        let quote = quoteRows.indices.contains(quoteCursor) ? quoteRows[quoteCursor] : nil
        library = newer
        loading = !done
        absorbNewArticles()
        refreshRows(keeping: article)
        // A cursor still on the first row stays there: the most quoted come first as they load.
        if let speakerName, speakerCursor > 0 {
            let s = library.speakers.firstIndex { $0.name == speakerName } ?? speakerCursor
            speakerList.select(s, count: library.speakers.count, height: speakerListHeight)
        } else {
            speakerList.fit(count: library.speakers.count, height: speakerListHeight)
        }
        if let chosenName { chosenSpeaker = library.speakers.firstIndex { $0.name == chosenName } }
        refreshQuotes(keeping: quote)
    }

    private mutating func absorbNewArticles() {
        // Made only when an article has a date: a date formatter loads a lot of locale data.
        var labeler: DateText.Labeler?
        for a in searchKeys.count..<library.articles.count {
            let article = library.articles[a]
            let names = article.speakers.prefix(8).map(\.name).joined(separator: "\n")
            searchKeys.append(SearchText.fold(article.title + "\n" + names))
            memoryKeys.append(ReadingMemory.key(article.source))
            if !article.warnings.isEmpty { warnedArticles.append(a) }
            dateLabels.append(article.metadata.published.map { date in
                if labeler == nil { labeler = dates.labeler() }
                return labeler!.day(date)
            })
        }
    }

    // MARK: The article list

    public mutating func setSort(_ newSort: Sort) {
        sort = newSort
        refreshRows(keeping: selectedArticle)
    }

    /// Re-searches and re-sorts the list, keeping the cursor on `article`
    /// when it is still listed.
    public mutating func refreshRows(keeping article: Int? = nil) {
        let needle = SearchText.fold(search.text)
        var list = needle.isEmpty ? Array(library.articles.indices) : searchKeys.indices.filter { searchKeys[$0].contains(needle) }
        let articles = library.articles
        switch sort {
        case .library: break
        case .title:
            let keys = list.map { SearchText.fold(articles[$0].title) }
            list = zip(list, keys).sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
        case .date:
            // Undated articles last, in folder order.
            list.sort { a, b in
                let da = articles[a].metadata.published, db = articles[b].metadata.published
                return da != db ? PublishedDate.isNewer(da, than: db) : a < b
            }
        case .quotes:
            list.sort { a, b in
                let qa = articles[a].quotes.count, qb = articles[b].quotes.count
                return qa != qb ? qa > qb : a < b
            }
        }
        rows = list
        if let article, let position = rows.firstIndex(of: article) {
            articleList.select(position, count: rows.count, height: articleListHeight)
        } else {
            articleList.fit(count: rows.count, height: articleListHeight)
        }
    }

    // MARK: Speakers and quotes

    /// Moves the sidebar cursor to the most quoted speaker whose name or
    /// alias contains the search, if any does.
    public mutating func findSpeaker() {
        let needle = SearchText.fold(speakerSearch.text)
        guard !needle.isEmpty else { return }
        if let s = library.speakers.firstIndex(where: { entry in
            entry.aliases.contains { SearchText.fold($0).contains(needle) } || SearchText.fold(entry.name).contains(needle)
        }) { speakerList.select(s, count: library.speakers.count, height: speakerListHeight) }
    }

    public mutating func choose(speaker: Int?) {
        chosenSpeaker = speaker
        quoteList = ListState(selected: 0)
        refreshQuotes()
    }

    /// Re-filters the quote view: the chosen speaker's quotes (or all), those
    /// matching the filter, each echo group once, in library order or newest first.
    public mutating func refreshQuotes(keeping quote: Int? = nil) {
        let needle = SearchText.fold(filter.text)
        let base: [Int]? = chosenSpeaker.map { library.quotesBySpeaker.indices.contains($0) ? library.quotesBySpeaker[$0] : [] }
        var list: [Int]
        if needle.isEmpty {
            list = base ?? Array(library.quotes.indices)
        } else {
            let matches = library.search.matches(needle)
            list = base.map { Self.intersect($0, matches) } ?? matches
        }
        let echoes = library.echoes
        let matched = list.count
        if !echoes.groupOf.isEmpty {
            var seen = Set<Int>()
            list = list.filter { q in echoes.groupOf[q].map { seen.insert($0).inserted } ?? true }
        }
        foldedEchoes = matched - list.count
        if newestFirst {
            let articles = library.articles, quotes = library.quotes
            let dates = list.map { articles[quotes[$0].article].metadata.published }
            list = zip(list, dates).sorted { $0.1 != $1.1 ? PublishedDate.isNewer($0.1, than: $1.1) : $0.0 < $1.0 }.map(\.0)
        }
        quoteRows = list
        if let quote, let position = quoteRows.firstIndex(of: quote) {
            quoteList.select(position, count: quoteRows.count, height: quoteListHeight)
        } else {
            quoteList.fit(count: quoteRows.count, height: quoteListHeight)
        }
    }

    /// Both sorted lists' common elements, in order.
    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var i = 0, j = 0, out: [Int] = []
        while i < a.count, j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Articles other than the quote's own that repeat it, in library order.
    public func echoArticles(of q: Int) -> [Int] {
        let own = library.quotes[q].article
        var seen: Set<Int> = [own]
        return library.echoes.echoes(of: q).map { library.quotes[$0].article }.filter { seen.insert($0).inserted }
    }

    /// The merged speaker's name for a quote, or "unattributed".
    public func speakerName(ofQuote q: Int) -> String {
        library.speaker(of: library.quotes[q]).map { library.speakers[$0].name } ?? "unattributed"
    }

    func isRead(_ a: Int, in memory: ReadingMemory) -> Bool {
        memory.articles[memoryKeys[a]]?.read ?? false
    }

    /// How many of the articles listed are unread.
    func unreadCount(in memory: ReadingMemory) -> Int {
        rows.reduce(0) { $0 + (isRead($1, in: memory) ? 0 : 1) }
    }

    /// An article's title, or its file name when it has none.
    func title(of a: Int) -> String {
        let article = library.articles[a]
        return article.title.isEmpty ? ArticleTitleView.fileName(article.source) : article.title
    }
}
