import ArticleKit

/// What the library screen shows, wherever it is kept: a `Library` read
/// into memory as the files are analysed, or the store (`StoredLibraryContents`).
///
/// The screen asks only for what it draws or searches: a light summary per
/// article, the merged speakers, and the quote view's rows a page at a time
/// (`QuoteRows`), so a library of 100,000 articles and half a million quotes
/// is never held as `Article` values. Opening an article asks for it whole.
public protocol LibraryContents: Sendable {
    var articleCount: Int { get }
    /// Article `a` (in library order) as the list shows it.
    func summary(_ a: Int) -> ArticleSummary
    /// Article `a`'s source alone (asked of every row for read marks, so kept cheap).
    func source(_ a: Int) -> String
    /// Speakers merged across the library, most quoted first.
    var speakers: [SpeakerDirectory.Entry] { get }
    /// How many there are (more than `speakers` while only the first are read).
    var speakerCount: Int { get }
    /// How many quotes each article has, in library order (for the sort by quotes).
    func quoteCounts() -> [Int]
    /// How many quotes article `a` has (asked of the rows drawn).
    func quoteCount(ofArticle a: Int) -> Int
    /// Whether article `a` was read with a warning, and whether it has a
    /// date: asked of every article as it arrives, so kept cheap.
    func isWarned(_ a: Int) -> Bool
    func isDated(_ a: Int) -> Bool
    /// Files that could not be read, with why.
    var failures: [ReadError] { get }
    var quoteCount: Int { get }
    /// Where articles come from, when they come from more than the paths
    /// given (`ArticleSummary.origin` indexes it); empty otherwise.
    var origins: [String] { get }
    /// The merged speaker (an index into `speakers`) of article `a`'s speaker `s`, when known.
    func mergedSpeaker(article a: Int, speaker s: Int) -> Int?
    /// The speakers the list names beside article `a`: up to three, most quoted first.
    func listedSpeakers(ofArticle a: Int) -> [(name: String, merged: Int?)]
    /// Article `a` whole (paragraphs, quotes, speakers), to open it.
    func article(_ a: Int) -> Article?
    /// The quote view's rows: `speaker`'s quotes (or everyone's) matching `filter`.
    func quotes(matching filter: String, speaker: Int?, newestFirst: Bool) -> any QuoteRows
    /// The most quoted speaker the filter names, when its rows do not
    /// match speakers' names themselves (the store's filter matches words
    /// of quotes): the quote view then says how to list their quotes.
    func speakerNamed(by filter: String) -> Int?
    /// Each article's folded title and speaker names, when worked out off
    /// the event loop's thread already; nil: the screen folds them itself.
    var searchIndex: QuoteSearchIndex? { get }
    /// Every article's place in title order and newest first, when worked
    /// out already (sorting 100,000 articles takes a few hundred ms).
    var titleOrder: [Int]? { get }
    var dateOrder: [Int]? { get }
    /// Most quotes first, then library order.
    var quoteOrder: [Int]? { get }
    /// Whether the contents work the orders out themselves, off the event
    /// loop's thread: the screen then never sorts on a key, and lists the
    /// articles unsorted ("sorting…") until the order it wants arrives.
    var sortsInBackground: Bool { get }
    /// Where each article is, by its key in the reading memory, when worked
    /// out already (for `sourcesAreKeys` contents); nil: the screen maps
    /// the keys it made itself, or looks at every article.
    var articlePlaces: ArticlePlaces? { get }
    /// Whether sources are already the reading memory's keys (absolute paths, links).
    var sourcesAreKeys: Bool { get }
    /// Whether this is `older` with articles added after its own (the
    /// screen then works out only what the new ones need).
    func extends(_ older: any LibraryContents) -> Bool
    /// Still being read or checked in the background.
    var loadingNote: String? { get }
}

/// One article as the library's list shows, sorts and searches it.
public struct ArticleSummary: Sendable, Hashable {
    public var title: String
    public var source: String
    /// The date as its source wrote it.
    public var published: String?
    /// How many quotes it has (as far as known: `LibraryContents.quoteCount(ofArticle:)` counts).
    public var quoteCount: Int
    /// Its own speakers' names, most quoted first (a few: for the search).
    public var speakerNames: [String]
    public var warnings: [String]
    /// Index into `LibraryContents.origins`, when the library has several.
    public var origin: Int?

    public init(title: String, source: String, published: String?, quoteCount: Int, speakerNames: [String],
                warnings: [String] = [], origin: Int? = nil) {
        self.title = title
        self.source = source
        self.published = published
        self.quoteCount = quoteCount
        self.speakerNames = speakerNames
        self.warnings = warnings
        self.origin = origin
    }
}

/// The quote view's list: how many rows, and the rows on screen.
///
/// A store's rows are read a page at a time as the view scrolls; an
/// implementation caches what it has read (so it is a class behind a lock),
/// and the screen asks only for the rows it draws.
public protocol QuoteRows: Sendable {
    var count: Int { get }
    /// Quotes that matched but are not listed because they echo one that is.
    var foldedEchoes: Int { get }
    /// The rows at these places.
    func lines(_ range: Range<Int>) -> [QuoteLine]
    /// Where the quote with `key` is listed, when it is among the rows read so far.
    func position(of key: Int64) -> Int?
    /// False while `count` is a floor ("10,000+"): counting every match of
    /// a one-letter prefix waits until the list is scrolled that far.
    var counted: Bool { get }
    /// Counts every row, so `count` is exact.
    func countAll()
}

extension LibraryContents {
    public var speakerCount: Int { speakers.count }
    public var quoteOrder: [Int]? { nil }
    public var sortsInBackground: Bool { false }
    public var articlePlaces: ArticlePlaces? { nil }
    public func speakerNamed(by filter: String) -> Int? { nil }
    public func quoteCounts() -> [Int] { (0..<articleCount).map { summary($0).quoteCount } }
    public func quoteCount(ofArticle a: Int) -> Int { summary(a).quoteCount }
    public func isWarned(_ a: Int) -> Bool { !summary(a).warnings.isEmpty }
    public func isDated(_ a: Int) -> Bool { summary(a).published != nil }
}

extension QuoteRows {
    func line(_ i: Int) -> QuoteLine? { lines(i..<i + 1).first }
    public var counted: Bool { true }
    public func countAll() {}
}

/// One quote as the quote view lists it.
public struct QuoteLine: Sendable, Hashable {
    /// What keeps the cursor on it when the list changes.
    public var key: Int64
    /// Its article, in library order.
    public var article: Int
    /// Its place among the article's quotes.
    public var quote: Int
    public var text: String
    /// Its merged speaker, when attributed and known.
    public var speaker: Int?
    public var speakerName: String
    /// Other articles that repeat it.
    public var echoes: [Int]

    public init(key: Int64, article: Int, quote: Int, text: String, speaker: Int?, speakerName: String, echoes: [Int] = []) {
        self.key = key
        self.article = article
        self.quote = quote
        self.text = text
        self.speaker = speaker
        self.speakerName = speakerName
        self.echoes = echoes
    }
}
