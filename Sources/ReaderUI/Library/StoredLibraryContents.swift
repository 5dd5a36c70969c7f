import ArticleKit
import ArticleStore
import Foundation

/// The library answered from the store (`LibraryCatalog`): the reader's
/// first frame of an indexed library, with no file read.
///
/// Made in two steps so the first frame does not wait for what only a
/// search or a colour needs: `firstFrame` reads the article rows, the
/// merged speakers (kept in the store) and the counts; `completed` adds
/// each speaker's members (so a quote shows in its merged speaker's
/// colour and a chosen speaker's quotes can be listed), the folded search
/// keys, the warnings and the files that could not be read. Neither holds
/// a quote: the quote view reads the page on screen (`StoredQuoteRows`).
public final class StoredLibraryContents: LibraryContents, @unchecked Sendable {
    public let catalog: LibraryCatalog
    let rows: [LibraryCatalog.ArticleRow]
    /// Article row id → place in the library.
    let place: [Int64: Int]
    public let origins: [String]
    public let speakers: [SpeakerDirectory.Entry]
    public let failures: [ReadError]
    public let quoteCount: Int
    /// (article row id, speaker in it) → merged speaker; nil before `completed`.
    let merged: [SpeakerDirectory.Member: Int]?
    let warnings: [Int64: [String]]
    public let searchKeys: [String]?
    public let loadingNote: String?
    /// The last few articles opened or previewed, whole.
    private let opened = ArticleCache()
    private let lastMembers = LastMembers()

    init(catalog: LibraryCatalog, rows: [LibraryCatalog.ArticleRow], origins: [String], speakers: [SpeakerDirectory.Entry],
         failures: [ReadError], quoteCount: Int, merged: [SpeakerDirectory.Member: Int]?, warnings: [Int64: [String]],
         searchKeys: [String]?, loadingNote: String?, place: [Int64: Int]? = nil) {
        self.catalog = catalog
        self.rows = rows
        self.origins = origins
        self.speakers = speakers
        self.failures = failures
        self.quoteCount = quoteCount
        self.merged = merged
        self.warnings = warnings
        self.searchKeys = searchKeys
        self.loadingNote = loadingNote
        self.place = place ?? Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.id, $0) })
    }

    /// What the first frame needs: rows, merged speakers (no members), counts.
    public static func firstFrame(_ catalog: LibraryCatalog, loadingNote: String? = "checking files") throws(StoreError) -> StoredLibraryContents {
        let (origins, rows) = try catalog.articles()
        let speakers = try catalog.speakers(members: false)
        return StoredLibraryContents(catalog: catalog, rows: rows, origins: origins, speakers: speakers, failures: [],
                                     quoteCount: try catalog.quoteCount(), merged: nil, warnings: [:], searchKeys: nil,
                                     loadingNote: loadingNote)
    }

    /// Everything searchable: the members of every merged speaker, the
    /// folded search keys, warnings and failures. Off the event loop's thread.
    public func completed(loadingNote: String?) throws(StoreError) -> StoredLibraryContents {
        let speakers = try catalog.speakers(members: true)
        var merged: [SpeakerDirectory.Member: Int] = [:]
        merged.reserveCapacity(speakers.reduce(0) { $0 + $1.members.count })
        for (e, entry) in speakers.enumerated() {
            for m in entry.members { merged[m] = e }
        }
        // Members are only needed in the map: the entries are kept light.
        let light = speakers.map { entry -> SpeakerDirectory.Entry in
            var entry = entry
            entry.members = []
            return entry
        }
        let keys = rows.map { SearchText.fold($0.title + "\n" + $0.speakerNames.joined(separator: "\n")) }
        return StoredLibraryContents(catalog: catalog, rows: rows, origins: origins, speakers: light, failures: try catalog.failures(),
                                     quoteCount: quoteCount, merged: merged, warnings: try catalog.warnings(), searchKeys: keys,
                                     loadingNote: loadingNote, place: place)
    }

    /// The same contents, saying whether the background check is still going.
    public func noting(_ note: String?) -> StoredLibraryContents {
        StoredLibraryContents(catalog: catalog, rows: rows, origins: origins, speakers: speakers, failures: failures,
                              quoteCount: quoteCount, merged: merged, warnings: warnings, searchKeys: searchKeys,
                              loadingNote: note, place: place)
    }

    public var isComplete: Bool { merged != nil }
    public var articleCount: Int { rows.count }
    public var sourcesAreKeys: Bool { true }

    public func summary(_ a: Int) -> ArticleSummary {
        let row = rows[a]
        return ArticleSummary(title: row.title, source: row.source, published: row.published, quoteCount: row.quoteCount,
                              speakerNames: row.speakerNames, warnings: warnings[row.id] ?? [], origin: origins.count > 1 ? row.origin : nil)
    }

    public func source(_ a: Int) -> String { rows[a].source }

    public func mergedSpeaker(article a: Int, speaker s: Int) -> Int? {
        guard rows.indices.contains(a) else { return nil }
        return merged?[SpeakerDirectory.Member(article: Int(rows[a].id), speaker: s)]
    }

    public func listedSpeakers(ofArticle a: Int) -> [(name: String, merged: Int?)] {
        rows[a].speakerNames.prefix(3).enumerated().map { s, name in
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
        guard let older = older as? StoredLibraryContents else { return false }
        return older.rows.count <= rows.count && zip(older.rows, rows).allSatisfy { $0.id == $1.id }
    }

    public func quotes(matching filter: String, speaker chosen: Int?, newestFirst: Bool) -> any QuoteRows {
        var ids: [Int64]?
        if let chosen {
            // A speaker's quotes: their members' (known once `completed`).
            let members = speakers.indices.contains(chosen) ? membersOf(chosen) : []
            ids = (try? catalog.quoteIDs(of: members, matching: filter)) ?? []
        } else if newestFirst {
            ids = (try? catalog.quoteIDsNewestFirst(matching: filter)) ?? []
        }
        return StoredQuoteRows(contents: self, filter: filter, ids: ids)
    }

    /// The members of merged speaker `e`, from the map (the last speaker's
    /// kept: each keystroke of a filter over their quotes asks again).
    func membersOf(_ e: Int) -> [SpeakerDirectory.Member] {
        guard let merged else { return [] }
        if let kept = lastMembers.get(e) { return kept }
        let members = merged.compactMap { $0.value == e ? $0.key : nil }
        lastMembers.put(e, members)
        return members
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

/// The members of the speaker last chosen.
private final class LastMembers: @unchecked Sendable {
    private var kept: (speaker: Int, members: [SpeakerDirectory.Member])?
    private let lock = NSLock()

    func get(_ speaker: Int) -> [SpeakerDirectory.Member]? { lock.withLock { kept?.speaker == speaker ? kept?.members : nil } }

    func put(_ speaker: Int, _ members: [SpeakerDirectory.Member]) { lock.withLock { kept = (speaker, members) } }
}
