/// Many articles browsed together: the articles in library order, the files
/// that could not be read, every speaker merged across articles, and every
/// quote indexed for the filter and for echoes.
///
/// Built incrementally while a folder loads (`add`, `skip`), then `index`ed
/// to merge speakers; a value, so the loader can hand the UI a snapshot and
/// go on adding to its own copy.
public struct Library: Sendable {
    /// One quote anywhere in the library.
    public struct QuoteRef: Hashable, Sendable {
        public var article: Int
        /// Index into that article's `quotes`.
        public var quote: Int
    }

    public private(set) var articles: [Article] = []
    /// Files that could not be read, with why.
    public private(set) var failures: [ReadError] = []
    /// Every quote of every article, in library order (article, then text order).
    public private(set) var quotes: [QuoteRef] = []
    /// Library quote index of each article's first quote.
    public private(set) var firstQuote: [Int] = []
    public private(set) var search = QuoteSearchIndex()

    /// Merged speakers, most quoted first; valid after `index()`.
    public private(set) var speakers: [SpeakerDirectory.Entry] = []
    /// Library quote indices of each merged speaker, in library order.
    public private(set) var quotesBySpeaker: [[Int]] = []
    /// (article, speaker in it) → index in `speakers`.
    public private(set) var speakerIndex: [SpeakerDirectory.Member: Int] = [:]
    public private(set) var echoes = QuoteEchoes()
    /// Articles covered by `speakers` (and `echoes`, when `echoesIndexed`).
    public private(set) var indexedCount = 0
    public private(set) var echoesIndexed = false

    private var directory = SpeakerDirectory()
    /// Each quote's folded words, kept only until the echoes are found.
    private var quoteWords: [[Substring]] = []

    public init() {}

    public init(_ articles: [Article]) {
        for article in articles { add(article) }
        index(echoes: true)
    }

    /// Adds an article at the end of the library.
    public mutating func add(_ article: Article) {
        let a = articles.count
        articles.append(article)
        firstQuote.append(quotes.count)
        directory.add(article, index: a)
        for (q, quote) in article.quotes.enumerated() {
            quotes.append(QuoteRef(article: a, quote: q))
            let folded = SearchText.fold(quote.text)
            var key = folded
            if let s = quote.speaker, article.speakers.indices.contains(s) {
                let speaker = article.speakers[s]
                key += "\n" + SearchText.fold(([speaker.name] + speaker.aliases).joined(separator: "\n"))
            }
            search.append(folded: key)
            quoteWords.append(Self.words(folded))
        }
    }

    /// Records a file that could not be read; the rest of the library goes on.
    public mutating func skip(_ error: ReadError) {
        failures.append(error)
    }

    /// Merges speakers across every article added so far and, when asked,
    /// finds quote echoes (done once, when loading ends: it compares quotes).
    public mutating func index(echoes findEchoes: Bool) {
        let merged = directory.merged()
        speakers = merged.entries
        speakerIndex = merged.index
        var bySpeaker = Array(repeating: [Int](), count: speakers.count)
        for (i, ref) in quotes.enumerated() {
            if let entry = speaker(of: ref) { bySpeaker[entry].append(i) }
        }
        quotesBySpeaker = bySpeaker
        indexedCount = articles.count
        if findEchoes {
            echoes = QuoteEchoes(words: quoteWords, article: quotes.map(\.article))
            echoesIndexed = true
            quoteWords = []
        }
    }

    public func quote(_ ref: QuoteRef) -> Quote { articles[ref.article].quotes[ref.quote] }

    /// The merged speaker of a quote, if it is attributed and indexed.
    public func speaker(of ref: QuoteRef) -> Int? {
        guard let s = articles[ref.article].quotes[ref.quote].speaker else { return nil }
        return speakerIndex[SpeakerDirectory.Member(article: ref.article, speaker: s)]
    }

    /// The merged speakers an article quotes, most quoted there first.
    public func speakers(ofArticle a: Int) -> [Int] {
        articles[a].speakers.indices.compactMap { speakerIndex[SpeakerDirectory.Member(article: a, speaker: $0)] }
    }

    /// Library quote index of quote `q` of article `a`.
    public func quoteIndex(article a: Int, quote q: Int) -> Int { firstQuote[a] + q }

    /// Folded words, for comparing quotes whatever their case and punctuation.
    static func words(_ folded: String) -> [Substring] {
        folded.split { !($0.isLetter || $0.isNumber) }
    }
}
