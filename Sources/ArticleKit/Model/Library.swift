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
    /// Each quote's folded words, hashed, kept only until the echoes are found.
    private var quoteWords: [[UInt64]] = []

    /// What indexing needs from one article, worked out apart from the
    /// library so loaders can do it on every core (`prepare`), leaving `add`
    /// only appends.
    public struct Prepared: Sendable {
        /// Per quote: folded text and speaker names, for the filter.
        var keys: [String]
        /// Per quote: its folded words, hashed, for echoes.
        var words: [[UInt64]]
    }

    public static func prepare(_ article: Article) -> Prepared {
        var keys: [String] = [], words: [[UInt64]] = []
        keys.reserveCapacity(article.quotes.count)
        for quote in article.quotes {
            let folded = SearchText.fold(quote.text)
            var key = folded
            if let s = quote.speaker, article.speakers.indices.contains(s) {
                let speaker = article.speakers[s]
                key += "\n" + SearchText.fold(([speaker.name] + speaker.aliases).joined(separator: "\n"))
            }
            keys.append(key)
            words.append(wordHashes(folded))
        }
        return Prepared(keys: keys, words: words)
    }

    public init() {}

    public init(_ articles: [Article]) {
        for article in articles { add(article) }
        index(echoes: true)
    }

    /// Adds an article at the end of the library (`prepared` from
    /// `Library.prepare(article)`, worked out here when not given).
    public mutating func add(_ article: Article, prepared: Prepared? = nil) {
        let prepared = prepared ?? Self.prepare(article)
        let a = articles.count
        articles.append(article)
        firstQuote.append(quotes.count)
        directory.add(article, index: a)
        for q in article.quotes.indices {
            quotes.append(QuoteRef(article: a, quote: q))
            search.append(folded: prepared.keys[q])
            quoteWords.append(prepared.words[q])
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

    /// Folded words as FNV-1a hashes, for comparing quotes whatever their
    /// punctuation: ASCII letters and digits and every non-ASCII byte make
    /// words, anything else separates them.
    static func wordHashes(_ folded: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for byte in folded.utf8 {
            let wordByte = byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            if wordByte {
                h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                hashes.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(h) }
        return hashes
    }
}
