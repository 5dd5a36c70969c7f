import ArticleKit
import ArticleStore
import Foundation

/// The library answered from the store (`LibraryCatalog`): the reader's
/// first frame of an indexed library, with no file read.
///
/// Made in three steps so the first frame waits only for what it draws:
/// `firstFrame` reads the counts, the first screenful of articles in the
/// order kept and the merged speakers (kept in the store); `listed` reads
/// every article in library order and folds titles and speaker names for
/// the search (everything searchable); `completed` adds each merged
/// speaker's members (a quote in its speaker's colour) and quotes' ids (a
/// chosen speaker's quotes), the list's orders, the warnings and the files
/// that could not be read. None holds a quote's text: the quote view reads
/// the page on screen (`StoredQuoteRows`).
///
/// What a key needs is worked out here, off the event loop's thread: no key
/// walks 100,000 articles or asks the store about each of a speaker's articles.
public final class StoredLibraryContents: LibraryContents, @unchecked Sendable {
    public let catalog: LibraryCatalog
    /// Every article in library order, or only the first few (`isListed` false).
    let rows: [LibraryCatalog.ArticleRow]
    public let articleCount: Int
    /// Article row id → place in the library.
    let place: [Int64: Int]
    public let origins: [String]
    public let speakers: [SpeakerDirectory.Entry]
    public let speakerCount: Int
    public let failures: [ReadError]
    public let quoteCount: Int
    /// (article row id, speaker in it) → merged speaker; nil before `completed`.
    let merged: [SpeakerDirectory.Member: Int]?
    let warnings: [Int64: [String]]
    public let searchIndex: QuoteSearchIndex?
    /// The library in title order, newest first and most quotes first, worked out by `completed`.
    public let titleOrder: [Int]?
    public let dateOrder: [Int]?
    public let quoteOrder: [Int]?
    /// Each article's place by its source (the reading memory's key), for the unread count.
    public let articlePlaces: ArticlePlaces?
    /// Each merged speaker's quotes, by row id; nil before `completed`.
    let speakerQuotes: SpeakerQuoteIDs?
    public let loadingNote: String?
    /// The last few articles opened or previewed, whole.
    private let opened = ArticleCache()
    /// Each article's quote count, counted as rows are drawn (the listing does not count them).
    private let counts: QuoteCounts

    init(catalog: LibraryCatalog, rows: [LibraryCatalog.ArticleRow], articleCount: Int, origins: [String],
         speakers: [SpeakerDirectory.Entry], speakerCount: Int? = nil, failures: [ReadError], quoteCount: Int,
         merged: [SpeakerDirectory.Member: Int]?, warnings: [Int64: [String]], searchIndex: QuoteSearchIndex?, titleOrder: [Int]? = nil, dateOrder: [Int]? = nil,
         quoteOrder: [Int]? = nil, articlePlaces: ArticlePlaces?, speakerQuotes: SpeakerQuoteIDs? = nil, speakerKeys: SpeakerKeys? = nil,
         loadingNote: String?, place: [Int64: Int]? = nil, counts: QuoteCounts? = nil) {
        self.catalog = catalog
        self.rows = rows
        self.articleCount = articleCount
        self.origins = origins
        self.speakers = speakers
        self.speakerCount = speakerCount ?? speakers.count
        self.counts = counts ?? QuoteCounts(catalog: catalog)
        self.failures = failures
        self.quoteCount = quoteCount
        self.merged = merged
        self.warnings = warnings
        self.searchIndex = searchIndex
        self.titleOrder = titleOrder
        self.dateOrder = dateOrder
        self.quoteOrder = quoteOrder
        self.articlePlaces = articlePlaces
        self.speakerQuotes = speakerQuotes
        self.speakerKeys = speakerKeys ?? SpeakerKeys()
        self.loadingNote = loadingNote
        self.place = place ?? Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.id, $0) })
    }

    /// How many articles the first frame lists before the rest are read.
    static let firstRows = 200

    /// What the first frame needs: the counts, the first articles, the merged speakers (no members).
    public static func firstFrame(_ catalog: LibraryCatalog, loadingNote: String? = "checking files") throws(StoreError) -> StoredLibraryContents {
        let count = try catalog.articleCount()
        let (origins, rows) = try catalog.firstArticles(limit: firstRows)
        // The newest merge kept (one generation old after a fetch: `listed` brings the current one).
        let speakers = try catalog.firstSpeakers(limit: firstRows)
        let counts = QuoteCounts(catalog: catalog)
        counts.keep(rows)
        return StoredLibraryContents(catalog: catalog, rows: rows, articleCount: max(count, rows.count), origins: origins,
                                     speakers: speakers?.entries ?? [], speakerCount: speakers?.count ?? 0, failures: [],
                                     quoteCount: try catalog.quoteCount(), merged: nil, warnings: [:], searchIndex: nil,
                                     articlePlaces: ArticlePlaces(rows.lazy.map(\.source)), loadingNote: loadingNote ?? "listing articles",
                                     counts: counts)
    }

    /// Every article in library order, titles and speakers folded for the
    /// search: everything searchable. Off the event loop's thread.
    public func listed(loadingNote: String?) throws(StoreError) -> StoredLibraryContents {
        // The articles and the speakers are read side by side (two readers of the pool).
        let catalog = self.catalog
        let speakers = Box<Result<[SpeakerDirectory.Entry], StoreError>>()
        let names = Box<Result<[[String]], StoreError>>()
        let done = DispatchGroup()
        done.enter()
        DispatchQueue.global().async {
            names.value = Result { () throws(StoreError) in try catalog.speakerNames() }
            speakers.value = Result { () throws(StoreError) in try catalog.speakers(members: false) }
            done.leave()
        }
        // The articles listed while the names and the speakers are read; the names put in after.
        var (origins, rows) = try catalog.articles(names: [])
        done.wait()
        let found = try names.value!.get()
        for i in rows.indices where rows[i].id >= 0 && rows[i].id < found.count { rows[i].speakerNames = found[Int(rows[i].id)] }
        // The places by source mapped on another thread while the titles are folded.
        let places = Box<ArticlePlaces>()
        let sources = rows.map(\.source)
        done.enter()
        DispatchQueue.global().async {
            places.value = ArticlePlaces(sources)
            done.leave()
        }
        var keys = QuoteSearchIndex()
        for row in rows { keys.append(folded: SearchText.fold(row.title + "\n" + row.speakerNames.joined(separator: "\n"))) }
        done.wait()
        return StoredLibraryContents(catalog: catalog, rows: rows, articleCount: rows.count, origins: origins,
                                     speakers: try speakers.value!.get(), failures: failures, quoteCount: quoteCount,
                                     merged: merged, warnings: warnings, searchIndex: keys, articlePlaces: places.value,
                                     loadingNote: loadingNote, counts: counts)
    }

    /// The members of every merged speaker and the ids of their quotes, the
    /// list's orders, warnings and failures. Off the event loop's thread.
    public func completed(loadingNote: String?) throws(StoreError) -> StoredLibraryContents {
        let speakers = try catalog.speakers(members: true)
        var merged: [SpeakerDirectory.Member: Int] = [:]
        merged.reserveCapacity(speakers.reduce(0) { $0 + $1.members.count })
        for (e, entry) in speakers.enumerated() {
            for m in entry.members { merged[m] = e }
        }
        // Who said each quote, grouped by speaker: 0.13 s at 100,000 articles.
        // On this thread: read beside the sorts on another, the second reader's
        // page cache and that thread's heap cost 12 MB more peak memory.
        let speakerQuotes = try SpeakerQuoteIDs(catalog: catalog, merged: merged, speakers: speakers.count,
                                                expected: speakers.reduce(0) { $0 + $1.quoteCount })
        // Members are only needed in the map: the entries are kept light.
        let light = speakers.map { entry -> SpeakerDirectory.Entry in
            var entry = entry
            entry.members = []
            return entry
        }
        let quoteOrder = self.quoteOrder ?? sortedByQuotes(counts.all())
        let titleOrder = self.titleOrder ?? sortedByTitle()
        let dateOrder = self.dateOrder ?? sortedByDate()
        let failures = try catalog.failures()
        let warnings = try catalog.warnings()
        return StoredLibraryContents(catalog: catalog, rows: rows, articleCount: articleCount, origins: origins, speakers: light,
                                     failures: failures, quoteCount: quoteCount, merged: merged,
                                     warnings: warnings, searchIndex: searchIndex, titleOrder: titleOrder, dateOrder: dateOrder,
                                     quoteOrder: quoteOrder, articlePlaces: articlePlaces ?? ArticlePlaces(rows.lazy.map(\.source)),
                                     speakerQuotes: speakerQuotes, speakerKeys: SpeakerKeys(light), loadingNote: loadingNote, place: place,
                                     counts: counts)
    }

    /// The places of the rows most quoted first (`counts` by row id), then library order.
    private func sortedByQuotes(_ counts: [Int64: Int]) -> [Int] {
        let quoted = rows.map { counts[$0.id] ?? 0 }
        return quoted.indices.sorted { quoted[$0] != quoted[$1] ? quoted[$0] > quoted[$1] : $0 < $1 }
    }

    /// The places of the rows in title order (folded), then library order.
    private func sortedByTitle() -> [Int] {
        let keys = rows.map { SearchText.fold($0.title) }
        return keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// The places of the rows newest first, undated last, then library order.
    private func sortedByDate() -> [Int] {
        let dates = rows.map { $0.published.map(PublishedDate.init) }
        return dates.indices.sorted { dates[$0] != dates[$1] ? PublishedDate.isNewer(dates[$0], than: dates[$1]) : $0 < $1 }
    }

    /// The whole store again, listed and completed (after an index changed it).
    public func reloaded(loadingNote: String?) throws(StoreError) -> StoredLibraryContents {
        try Self.firstFrame(catalog, loadingNote: loadingNote).listed(loadingNote: loadingNote).completed(loadingNote: loadingNote)
    }

    /// The same contents, saying whether the background check is still
    /// going; `unlisted`: paths given that could not be listed (no such
    /// file), which the store has no row for.
    public func noting(_ note: String?, unlisted: [ReadError] = []) -> StoredLibraryContents {
        StoredLibraryContents(catalog: catalog, rows: rows, articleCount: articleCount, origins: origins, speakers: speakers,
                              speakerCount: speakerCount, failures: unlisted + failures, quoteCount: quoteCount, merged: merged, warnings: warnings,
                              searchIndex: searchIndex, titleOrder: titleOrder, dateOrder: dateOrder, quoteOrder: quoteOrder,
                              articlePlaces: articlePlaces, speakerQuotes: speakerQuotes, speakerKeys: speakerKeys, loadingNote: note,
                              place: place, counts: counts)
    }

    /// Each speaker's folded name and names, one key a speaker: the filter's
    /// words are looked for here too, to point at a speaker they name. Made
    /// by `completed` (and kept by `noting`): made on the first filter
    /// keystroke of four letters, it took 20–28 ms of that key.
    private let speakerKeys: SpeakerKeys

    public func speakerNamed(by filter: String) -> Int? {
        let words = SearchText.fold(filter).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        // A few letters name too many people to be worth saying.
        guard words.reduce(0, { $0 + $1.count }) >= 4 else { return nil }
        let index = speakerKeys.index(of: speakers)
        var found = Set(index.matches(" " + words[0]))
        for word in words.dropFirst() where !found.isEmpty { found.formIntersection(index.matches(" " + word)) }
        return found.min()
    }

    /// Whether every article is listed (not only the first frame's).
    public var isListed: Bool { rows.count == articleCount }
    /// Everything searchable: every article listed, titles folded.
    public var isSearchable: Bool { isListed && searchIndex != nil }
    public var isComplete: Bool { merged != nil }
    public var sourcesAreKeys: Bool { true }
    public var sortsInBackground: Bool { true }

    public func summary(_ a: Int) -> ArticleSummary {
        // Past the first frame's rows until the rest are listed: a row still to come.
        guard a < rows.count else { return ArticleSummary(title: "…", source: "", published: nil, quoteCount: 0, speakerNames: []) }
        let row = rows[a]
        return ArticleSummary(title: row.title, source: row.source, published: row.published,
                              quoteCount: row.quoteCount >= 0 ? row.quoteCount : counts.known(row.id) ?? 0,
                              speakerNames: row.speakerNames, warnings: warnings[row.id] ?? [], origin: origins.count > 1 ? row.origin : nil)
    }

    public func quoteCounts() -> [Int] {
        let all = counts.all()
        return (0..<articleCount).map { a in a < rows.count ? all[rows[a].id] ?? 0 : 0 }
    }

    public func quoteCount(ofArticle a: Int) -> Int {
        guard a < rows.count else { return 0 }
        return rows[a].quoteCount >= 0 ? rows[a].quoteCount : counts.count(rows[a].id)
    }

    public func isWarned(_ a: Int) -> Bool { a < rows.count && warnings[rows[a].id] != nil }
    public func isDated(_ a: Int) -> Bool { a < rows.count && rows[a].published != nil }

    public func source(_ a: Int) -> String { a < rows.count ? rows[a].source : "" }

    public func mergedSpeaker(article a: Int, speaker s: Int) -> Int? {
        guard rows.indices.contains(a) else { return nil }
        return merged?[SpeakerDirectory.Member(article: Int(rows[a].id), speaker: s)]
    }

    public func listedSpeakers(ofArticle a: Int) -> [(name: String, merged: Int?)] {
        guard a < rows.count else { return [] }
        return rows[a].speakerNames.prefix(3).enumerated().map { s, name in
            let m = mergedSpeaker(article: a, speaker: s)
            return (m.map { speakers[$0].name } ?? name, m)
        }
    }

    public func article(_ a: Int) -> Article? {
        guard rows.indices.contains(a) else { return nil }
        let id = rows[a].id
        if let kept = opened.get(id) { return kept }
        guard var article = try? catalog.article(id) else { return nil }
        article.source = rows[a].source
        opened.put(id, article)
        return article
    }

    public func extends(_ older: any LibraryContents) -> Bool {
        guard let older = older as? StoredLibraryContents, older.isListed else { return false }
        return older.rows.count <= rows.count && zip(older.rows, rows).allSatisfy { $0.id == $1.id }
    }

    public func quotes(matching filter: String, speaker chosen: Int?, newestFirst: Bool) -> any QuoteRows {
        var ids: [Int64]?
        if let chosen {
            // A speaker's quotes: worked out by `completed` (none before), narrowed by the filter's words.
            return StoredQuoteRows(contents: self, filter: filter, among: speakerQuotes?.ids(of: chosen) ?? [])
        } else if newestFirst, rows.contains(where: { $0.published != nil }) {
            // With no dates at all, newest first is the order kept: read a page at a time as ever.
            ids = (try? catalog.quoteIDsNewestFirst(matching: filter)) ?? []
        }
        return StoredQuoteRows(contents: self, filter: filter, ids: ids)
    }

    /// A quote row as the view lists it.
    func line(_ row: LibraryCatalog.QuoteRow) -> QuoteLine? {
        guard let a = place[row.article] else { return nil }
        let m = row.speaker.flatMap { merged?[SpeakerDirectory.Member(article: Int(row.article), speaker: $0)] }
        return QuoteLine(key: row.id, article: a, quote: row.position, text: row.text, speaker: m,
                         speakerName: m.map { speakers[$0].name } ?? row.speakerName ?? "unattributed")
    }
}

/// A few whole articles, newest kept: the preview asks for the same one every frame.
private final class ArticleCache: @unchecked Sendable {
    private var kept: [(Int64, Article)] = []
    private let lock = NSLock()

    func get(_ id: Int64) -> Article? { lock.withLock { kept.first { $0.0 == id }?.1 } }

    func put(_ id: Int64, _ article: Article) {
        lock.withLock {
            kept.insert((id, article), at: 0)
            if kept.count > 16 { kept.removeLast() }
        }
    }
}

/// Articles' quote counts, counted one article at a time as rows are drawn,
/// or all at once for the sort by quotes (100 ms at 515,000 quotes: kept
/// off the listing, which everything searchable waits for).
final class QuoteCounts: @unchecked Sendable {
    private let catalog: LibraryCatalog
    private var known: [Int64: Int] = [:]
    private var complete = false
    private let lock = NSLock()

    init(catalog: LibraryCatalog) { self.catalog = catalog }

    func keep(_ rows: [LibraryCatalog.ArticleRow]) {
        lock.withLock { for row in rows where row.quoteCount >= 0 { known[row.id] = row.quoteCount } }
    }

    func known(_ id: Int64) -> Int? { lock.withLock { known[id] } }

    func count(_ id: Int64) -> Int {
        lock.withLock {
            if let n = known[id] { return n }
            if complete { return 0 }
            let n = (try? catalog.quoteCounts(of: [id]))?[id] ?? 0
            known[id] = n
            return n
        }
    }

    func all() -> [Int64: Int] {
        lock.withLock {
            if !complete, let counted = try? catalog.quoteCounts() {
                known = counted
                complete = true
            }
            return known
        }
    }
}

/// A value handed back from another thread (set once, read after it is done).
private final class Box<Value>: @unchecked Sendable {
    var value: Value?
}

/// Speakers' folded names as one byte buffer: made off the event loop's
/// thread with the speakers complete (20 ms for 30,000 speakers), else the
/// first time the filter asks, and kept for these contents.
final class SpeakerKeys: @unchecked Sendable {
    private var made: QuoteSearchIndex?
    private let lock = NSLock()

    init() {}

    init(_ speakers: [SpeakerDirectory.Entry]) { made = Self.make(speakers) }

    func index(of speakers: [SpeakerDirectory.Entry]) -> QuoteSearchIndex {
        lock.withLock {
            if let made { return made }
            let index = Self.make(speakers)
            made = index
            return index
        }
    }

    private static func make(_ speakers: [SpeakerDirectory.Entry]) -> QuoteSearchIndex {
        var index = QuoteSearchIndex()
        // A space before every name, so a word is matched from its start.
        for entry in speakers { index.append(folded: " " + SearchText.fold(([entry.name] + entry.aliases).joined(separator: " "))) }
        return index
    }
}
