import ArticleKit
import Foundation
import GRDB

/// The articles of indexed files, answered from the store with no reading
/// or analysing, in the order a read of the same paths would give them.
///
/// What the data commands need: every article's speakers (to merge people
/// across the library, as `quoth speakers` does), the articles of a few
/// (whole, to print their quotes), and what reading them would have said
/// on stderr (failures, warnings).
public struct StoredLibrary: Sendable {
    /// One article in library order.
    public struct Entry: Sendable, Hashable {
        public var id: Int64
        /// Its source as a read of the paths given would name it.
        public var source: String
        public var warnings: [String]
    }

    /// Something a read of the paths would have reported: a file that could
    /// not be read, or an article's warning.
    public enum Note: Sendable, Hashable {
        case failure(ReadError)
        case warning(source: String, text: String)
    }

    public let store: ArticleStore
    public private(set) var entries: [Entry] = []
    /// In the order reading would report them.
    public private(set) var notes: [Note] = []

    /// The library of `report`'s files (listing errors come first, as a
    /// read reports them).
    public init(store: ArticleStore, report: IndexReport) throws(StoreError) {
        self.store = store
        notes = report.listingErrors.map(Note.failure)
        let rows = try store.read("reading the library") { db in
            var byFile: [Int64: [(position: Int, id: Int64, suffix: String, warnings: String)]] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT file_id, position, id, source_suffix, warnings FROM articles WHERE file_id IS NOT NULL")
            while let row = try cursor.next() {
                byFile[row[0], default: []].append((row[1], row[2], row[3], row[4]))
            }
            var errors: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, error FROM files WHERE error IS NOT NULL") { errors[row[0]] = row[1] }
            return (byFile, errors)
        }
        for file in report.files {
            if let reason = rows.1[file.id] {
                notes.append(.failure(ReadError(path: file.path, reason: reason)))
                continue
            }
            for article in (rows.0[file.id] ?? []).sorted(by: { $0.position < $1.position }) {
                let warnings = ArticleRows.lines(article.warnings)
                let source = file.path + article.suffix
                entries.append(Entry(id: article.id, source: source, warnings: warnings))
                for warning in warnings { notes.append(.warning(source: source, text: warning)) }
            }
        }
    }

    /// Whether a read would have skipped any input.
    public var skippedAny: Bool {
        notes.contains { if case .failure = $0 { true } else { false } }
    }

    /// Each article's speakers, in library order: what `SpeakerDirectory`
    /// needs to merge people across the library.
    public func speakers() throws(StoreError) -> [[Speaker]] {
        let byArticle = try store.read("reading speakers") { db in
            var byArticle: [Int64: [Speaker]] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT article_id, name, role, kind, aliases, quote_count FROM speakers ORDER BY article_id, position")
            while let row = try cursor.next() { byArticle[row[0], default: []].append(ArticleRows.speaker(row, from: 1)) }
            return byArticle
        }
        return entries.map { byArticle[$0.id] ?? [] }
    }

    /// Members are given only for the entries `membersOf` accepts when the
    /// merge is read back (the others' are left empty: `quoth speakers`
    /// prints counts, and one speaker's quotes need one speaker's members).
    ///
    /// Every speaker merged across the library, as `SpeakerDirectory` merges
    /// them (members by place in the library); read from the store when
    /// this library was merged before, else merged and kept (when the store
    /// takes writes: a read-only store merges every time).
    public func mergedSpeakers(membersOf wanted: (SpeakerDirectory.Entry) -> Bool = { _ in true }) throws(StoreError) -> [SpeakerDirectory.Entry] {
        let fingerprint = MergedSpeakers.fingerprint(entries.map(\.id))
        if let kept = try store.read("reading merged speakers", { db in try MergedSpeakers.load(fingerprint, in: db, membersOf: wanted) }) {
            return kept
        }
        var directory = SpeakerDirectory()
        for (i, speakers) in try speakers().enumerated() {
            directory.add(Article(source: "", text: "", title: "", paragraphs: [], speakers: speakers), index: i)
        }
        let merged = directory.merged().entries
        _ = try? store.write("keeping merged speakers") { db in try MergedSpeakers.save(merged, as: fingerprint, in: db) }
        return merged
    }

    /// The articles at these places in the library, whole but for their
    /// paragraphs, sourced as a read would source them; without `text`,
    /// their text left empty (enough to print quotes, not to explain them).
    /// With `quotesBy` (keyed by place), each keeps only the quotes of the
    /// speakers given for it (places in its speaker list).
    public func articles(at places: [Int], text: Bool = true, quotesBy: [Int: Set<Int>]? = nil) throws(StoreError) -> [Article] {
        let ids = places.map { entries[$0].id }
        var byID: [Int64: Set<Int>]?
        if let quotesBy {
            byID = [:]
            for (place, speakers) in quotesBy { byID?[entries[place].id, default: []].formUnion(speakers) }
        }
        let fetched = try store.read("reading articles") { db in try ArticleRows.fetch(ids, text: text, quotesBy: byID, in: db) }
        return places.compactMap { place in
            guard var article = fetched[entries[place].id] else { return nil }
            article.source = entries[place].source
            return article
        }
    }
}
