import ArticleKit

/// The library read into memory (`LibraryLoader`): every article held, the
/// quote filter folding text and speaker names, echoes folded.
///
/// What the reader runs on when the store cannot be opened, and for a feed
/// file opened as a library of its own.
extension Library: LibraryContents {
    public var articleCount: Int { articles.count }

    public func summary(_ a: Int) -> ArticleSummary {
        let article = articles[a]
        return ArticleSummary(title: article.title, source: article.source, published: article.metadata.published?.text,
                              quoteCount: article.quotes.count, speakerNames: article.speakers.prefix(8).map(\.name),
                              warnings: article.warnings)
    }

    public func source(_ a: Int) -> String { articles[a].source }

    public var quoteCount: Int { quotes.count }
    public var origins: [String] { [] }
    public var searchIndex: QuoteSearchIndex? { nil }
    public var titleOrder: [Int]? { nil }
    public var dateOrder: [Int]? { nil }
    public var sourcesAreKeys: Bool { false }
    public var loadingNote: String? { nil }

    public func mergedSpeaker(article a: Int, speaker s: Int) -> Int? {
        speakerIndex[SpeakerDirectory.Member(article: a, speaker: s)]
    }

    public func listedSpeakers(ofArticle a: Int) -> [(name: String, merged: Int?)] {
        speakers(ofArticle: a).prefix(3).map { (speakers[$0].name, $0) }
    }

    public func article(_ a: Int) -> Article? { articles.indices.contains(a) ? articles[a] : nil }

    public func extends(_ older: any LibraryContents) -> Bool {
        guard let older = older as? Library else { return false }
        return older.articles.count <= articles.count
    }

    /// The chosen speaker's quotes (or all), those whose text or speaker's
    /// names hold the filter, each echo group once, in library order or newest first.
    public func quotes(matching filter: String, speaker chosen: Int?, newestFirst: Bool) -> any QuoteRows {
        let needle = SearchText.fold(filter)
        let base: [Int]? = chosen.map { quotesBySpeaker.indices.contains($0) ? quotesBySpeaker[$0] : [] }
        var list: [Int]
        if needle.isEmpty {
            list = base ?? Array(quotes.indices)
        } else {
            let matches = search.matches(needle)
            list = base.map { Self.intersect($0, matches) } ?? matches
        }
        let matched = list.count
        if !echoes.groupOf.isEmpty {
            var seen = Set<Int>()
            list = list.filter { q in echoes.groupOf[q].map { seen.insert($0).inserted } ?? true }
        }
        if newestFirst {
            let dates = list.map { articles[quotes[$0].article].metadata.published }
            list = zip(list, dates).sorted { $0.1 != $1.1 ? PublishedDate.isNewer($0.1, than: $1.1) : $0.0 < $1.0 }.map(\.0)
        }
        return MemoryQuoteRows(library: self, rows: list, foldedEchoes: matched - list.count)
    }

    /// Both sorted lists' common elements, in order.
    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var i = 0, j = 0, out: [Int] = []
        while i < a.count, j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }
}

/// The quote view's rows over a library in memory: library quote indices.
struct MemoryQuoteRows: QuoteRows {
    let library: Library
    let rows: [Int]
    let foldedEchoes: Int

    var count: Int { rows.count }

    func lines(_ range: Range<Int>) -> [QuoteLine] {
        range.clamped(to: rows.indices).map { i in
            let q = rows[i]
            let ref = library.quotes[q]
            let speaker = library.speaker(of: ref)
            let own = ref.article
            var seen: Set<Int> = [own]
            let echoes = library.echoes.echoes(of: q).map { library.quotes[$0].article }.filter { seen.insert($0).inserted }
            return QuoteLine(key: Int64(q), article: ref.article, quote: ref.quote, text: library.quote(ref).text, speaker: speaker,
                             speakerName: speaker.map { library.speakers[$0].name } ?? "unattributed", echoes: echoes)
        }
    }

    func position(of key: Int64) -> Int? { rows.firstIndex(of: Int(key)) }
}
