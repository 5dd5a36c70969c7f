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

    /// What the library holds: read into memory, or answered from the store.
    public private(set) var contents: any LibraryContents
    /// What the title bar calls the library: the folder's name, or empty.
    public var name = ""
    /// How paths are shown: relative to the folders opened.
    public var paths = PathDisplay()
    /// Files found when the library opened: what loading counts up to.
    public var total: Int
    public var loading: Bool
    public private(set) var size: Size
    public var pane: Pane = .articles
    /// Folded titles and speaker names, one per article, for the list search
    /// (the contents' own when it has them; else folded here, as needed).
    private var searchIndex = QuoteSearchIndex()
    /// Each article's key in the reading memory, worked out once (making a
    /// path absolute is too slow to do for every row of every frame); empty
    /// when the sources are keys already.
    private(set) var memoryKeys: [String] = []
    /// Each article's place by its key in `memoryKeys`, made with them.
    private var ownPlaces = ArticlePlaces()
    /// How many articles `memoryKeys` and `warnedArticles` cover.
    private var absorbed = 0
    /// Articles read with a warning ("not UTF-8; read as Windows-1252"), for `!`.
    private(set) var warnedArticles: [Int] = []
    /// How dates show: in the reader's zone (fixed in tests).
    public let dates: DateText
    /// Formats the dates of the rows drawn (only those: 100,000 dates take a while).
    let dateLabels: DateLabels
    /// Whether any article has a date (the list then has a date column).
    private(set) var dated = false

    public var sort: Sort = .library
    public var search = Prompt()
    /// Articles the list shows, in order (indices into the library's articles).
    public private(set) var rows: [Int] = []
    /// Which articles `rows` holds when a search leaves some out; nil: every one.
    private var listed: [Bool]?
    /// The order chosen is still being worked out off the event loop's
    /// thread (`LibraryContents.sortsInBackground`): the list stays as it
    /// was and is sorted when the order arrives.
    public private(set) var sortPending = false
    public var articleList = ListState(selected: 0)

    /// The sidebar; its selection is an index into `contents.speakers`.
    public var speakerList = ListState(selected: 0)
    /// Typed after `/` in the sidebar: the cursor jumps to the first speaker it names.
    public var speakerSearch = Prompt()
    /// Whose quotes the quote view lists; nil lists everyone's.
    public private(set) var chosenSpeaker: Int?
    public var filter = Prompt()
    public var newestFirst = false
    /// What the quote view lists: echoes shown once, read a page at a time.
    public private(set) var quoteRows: any QuoteRows
    public var quoteList = ListState(selected: 0)
    /// A speaker the filter's words name, when the filter matches only quotes' words.
    public private(set) var namedSpeaker: Int?

    public init(library: Library = Library(), total: Int, loading: Bool, size: Size = Size(width: 80, height: 24),
                dates: DateText = .local) {
        self.init(contents: library, total: total, loading: loading, size: size, dates: dates)
    }

    public init(contents: any LibraryContents, total: Int, loading: Bool, size: Size = Size(width: 80, height: 24),
                dates: DateText = .local) {
        self.contents = contents
        self.total = total
        self.loading = loading
        self.size = size
        self.dates = dates
        dateLabels = DateLabels(dates)
        quoteRows = MemoryQuoteRows(library: Library(), rows: [], foldedEchoes: 0)
        absorbNewArticles()
        refreshRows()
        refreshQuotes()
    }

    /// The library read into memory, when that is what it is.
    public var library: Library? { contents as? Library }

    public var regions: ScreenLayout { ScreenLayout(size: size, sidebarFocused: pane == .speakers) }

    /// The list row the cursor is on.
    public var cursor: Int { articleList.selected ?? 0 }
    /// The sidebar's speaker (an index into `contents.speakers`).
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
        speakerList.fit(count: contents.speakers.count, height: speakerListHeight)
        quoteList.fit(count: quoteRows.count, height: quoteListHeight)
    }

    // MARK: Loading

    /// Takes a newer snapshot of the library from the loader, keeping the
    /// cursors on the same article, speaker and quote.
    public mutating func update(_ newer: Library, done: Bool) {
        update(contents: newer, done: done)
    }

    /// Takes newer contents (more files read, or the store after a check
    /// indexed changed files), keeping the cursors on the same article,
    /// speaker and quote.
    public mutating func update(contents newer: any LibraryContents, done: Bool) {
        let article = selectedArticle.map { contents.source($0) }
        let selected = selectedArticle
        let speakers = contents.speakers
        let speakerName = speakers.indices.contains(speakerCursor) ? speakers[speakerCursor].name : nil
        let chosenName = chosenSpeaker.flatMap { speakers.indices.contains($0) ? speakers[$0].name : nil }
        let quote = quoteRows.line(quoteCursor)?.key
        let appended = newer.extends(contents)
        contents = newer
        loading = !done
        if !appended {
            searchIndex = QuoteSearchIndex()
            memoryKeys = []
            ownPlaces = ArticlePlaces()
            warnedArticles = []
            absorbed = 0
            dated = false
        }
        absorbNewArticles()
        // The same article, found by its source when the order changed.
        let keep = article.flatMap { article in selected.flatMap { place(ofSource: article, near: $0) } }
        refreshRows(keeping: keep)
        // A cursor still on the first row stays there: the most quoted come first as they load.
        let newSpeakers = newer.speakers
        if let speakerName, speakerCursor > 0 {
            let s = newSpeakers.firstIndex { $0.name == speakerName } ?? speakerCursor
            speakerList.select(s, count: newSpeakers.count, height: speakerListHeight)
        } else {
            speakerList.fit(count: newSpeakers.count, height: speakerListHeight)
        }
        if let chosenName { chosenSpeaker = newSpeakers.firstIndex { $0.name == chosenName } }
        refreshQuotes(keeping: quote)
    }

    private mutating func absorbNewArticles() {
        let count = contents.articleCount
        guard absorbed < count else { return }
        let keyed = contents.sourcesAreKeys
        for a in absorbed..<count {
            if !keyed {
                let key = ReadingMemory.key(contents.source(a))
                memoryKeys.append(key)
                ownPlaces.append(key)
            }
            if contents.isWarned(a) { warnedArticles.append(a) }
            if !dated, contents.isDated(a) { dated = true }
        }
        absorbed = count
    }

    /// The folded search keys, made for the articles that have none yet.
    private mutating func foldSearchKeys() {
        if let kept = contents.searchIndex, kept.count == contents.articleCount {
            searchIndex = kept
            return
        }
        for a in searchIndex.count..<contents.articleCount {
            let summary = contents.summary(a)
            searchIndex.append(folded: SearchText.fold(summary.title + "\n" + summary.speakerNames.joined(separator: "\n")))
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
        var list: [Int]
        if needle.isEmpty {
            list = Array(0..<contents.articleCount)
        } else {
            foldSearchKeys()
            list = searchIndex.matches(needle)
        }
        let contents = self.contents
        var listed: [Bool]?
        if !needle.isEmpty {
            var shown = [Bool](repeating: false, count: contents.articleCount)
            for a in list { shown[a] = true }
            listed = shown
        }
        // The orders worked out already, narrowed to the articles listed.
        let kept: [Int]? = switch sort {
        case .library: nil
        case .title: contents.titleOrder
        case .date: contents.dateOrder
        case .quotes: contents.quoteOrder
        }
        sortPending = false
        if let kept, kept.count == contents.articleCount {
            list = listed.map { shown in kept.filter { shown[$0] } } ?? kept
        } else if sort != .library, contents.sortsInBackground {
            // Not worked out yet: unsorted until `update` brings the order.
            sortPending = true
        } else {
            list = sorted(list)
        }
        rows = list
        self.listed = listed
        if let article, let position = rows.firstIndex(of: article) {
            articleList.select(position, count: rows.count, height: articleListHeight)
        } else {
            articleList.fit(count: rows.count, height: articleListHeight)
        }
    }

    /// `list` in the order chosen, worked out here.
    private func sorted(_ list: [Int]) -> [Int] {
        var list = list
        let contents = self.contents
        switch sort {
        case .library: break
        case .title:
            let keys: [String] = list.map { SearchText.fold(contents.summary($0).title) }
            let order = keys.indices.sorted { (x: Int, y: Int) -> Bool in keys[x] != keys[y] ? keys[x] < keys[y] : x < y }
            list = order.map { list[$0] }
        case .date:
            // Undated articles last, in folder order.
            let published: [PublishedDate?] = list.map { contents.summary($0).published.map(PublishedDate.init) }
            let order = published.indices.sorted { (x: Int, y: Int) -> Bool in
                published[x] != published[y] ? PublishedDate.isNewer(published[x], than: published[y]) : x < y
            }
            list = order.map { list[$0] }
        case .quotes:
            let all = contents.quoteCounts()
            let counts: [Int] = list.map { all[$0] }
            let order = counts.indices.sorted { (x: Int, y: Int) -> Bool in counts[x] != counts[y] ? counts[x] > counts[y] : x < y }
            list = order.map { list[$0] }
        }
        return list
    }

    // MARK: Speakers and quotes

    /// Moves the sidebar cursor to the most quoted speaker whose name or
    /// alias contains the search, if any does.
    public mutating func findSpeaker() {
        let needle = SearchText.fold(speakerSearch.text)
        guard !needle.isEmpty else { return }
        let speakers = contents.speakers
        if let s = speakers.firstIndex(where: { entry in
            entry.aliases.contains { SearchText.fold($0).contains(needle) } || SearchText.fold(entry.name).contains(needle)
        }) { speakerList.select(s, count: speakers.count, height: speakerListHeight) }
    }

    public mutating func choose(speaker: Int?) {
        chosenSpeaker = speaker
        quoteList = ListState(selected: 0)
        refreshQuotes()
    }

    /// Re-filters the quote view: the chosen speaker's quotes (or all), those
    /// matching the filter, each echo group once, in library order or newest first.
    public mutating func refreshQuotes(keeping quote: Int64? = nil) {
        quoteRows = contents.quotes(matching: filter.text, speaker: chosenSpeaker, newestFirst: newestFirst)
        namedSpeaker = chosenSpeaker == nil ? contents.speakerNamed(by: filter.text) : nil
        // The sidebar's cursor goes to them, so s then Enter lists their quotes.
        if let named = namedSpeaker { speakerList.select(named, count: contents.speakers.count, height: speakerListHeight) }
        if let quote, let position = quoteRows.position(of: quote) {
            quoteList.select(position, count: quoteRows.count, height: quoteListHeight)
        } else {
            quoteList.fit(count: quoteRows.count, height: quoteListHeight)
        }
    }

    /// Quotes that matched but are not listed because they echo one that is.
    public var foldedEchoes: Int { quoteRows.foldedEchoes }

    /// The quote under the quote view's cursor.
    var selectedQuote: QuoteLine? { quoteRows.line(quoteCursor) }

    func isRead(_ a: Int, in memory: ReadingMemory) -> Bool {
        memory.articles[memoryKey(a)]?.read ?? false
    }

    /// Article `a`'s key in the reading memory.
    func memoryKey(_ a: Int) -> String {
        contents.sourcesAreKeys ? contents.source(a) : memoryKeys[a]
    }

    /// Each article's place by its key in the reading memory, when known.
    private var places: ArticlePlaces? {
        if contents.sourcesAreKeys { return contents.articlePlaces }
        return ownPlaces.count == contents.articleCount ? ownPlaces : nil
    }

    /// How many of the articles listed are unread: asked every frame, so
    /// the articles marked read are looked up (`places`), not every article.
    func unreadCount(in memory: ReadingMemory) -> Int {
        // Nothing read yet: no need to look up 100,000 keys every frame.
        guard !memory.articles.isEmpty else { return rows.count }
        guard let places, memory.articles.count < rows.count else {
            return rows.reduce(0) { $0 + (isRead($1, in: memory) ? 0 : 1) }
        }
        let count = contents.articleCount
        var read = 0
        for (key, mark) in memory.articles where mark.read {
            places.forEachPlace(of: key) { a in
                if a < count, listed?[a] ?? true { read += 1 }
            }
        }
        return rows.count - read
    }

    /// Where the article with `source` is in the library: at `near` when it
    /// has not moved, else wherever it is now; nil when it is gone.
    func place(ofSource source: String, near: Int) -> Int? {
        let count = contents.articleCount
        if near < count, contents.source(near) == source { return near }
        guard let places else { return (0..<count).first { contents.source($0) == source } }
        var found: Int?
        places.forEachPlace(of: contents.sourcesAreKeys ? source : ReadingMemory.key(source)) { a in
            if found == nil, a < count, contents.source(a) == source { found = a }
        }
        return found
    }

    /// An article's title, or its file name when it has none.
    func title(of a: Int) -> String {
        let summary = contents.summary(a)
        return summary.title.isEmpty ? ArticleTitleView.fileName(summary.source) : summary.title
    }
}
