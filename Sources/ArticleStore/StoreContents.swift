import ArticleKit
import Foundation
import GRDB

/// Everything in the store as last indexed: the library a command asks
/// about when it names no paths (`quoth quotes --store --speaker NAME`).
///
/// "Everything" includes the articles `quoth fetch` kept, after the files'
/// (sourced by their links): a person who reads the news through quoth asks
/// who said what across all of it, and a fetched article's quotes and
/// speakers are stored exactly as an indexed file's are.
///
/// Nothing on disk is looked at, so the answer comes in the time a few
/// queries take, however large the library; it is as fresh as the last
/// `quoth index` and `quoth fetch`. Articles are in the order of the paths first indexed,
/// then each one's reading order, then fetched articles in the order kept;
/// sources are absolute paths (a fetched article's: its link).
public struct StoreContents: Sendable {
    public let store: ArticleStore

    public init(store: ArticleStore) { self.store = store }

    /// Members are given only for the entries `membersOf` accepts when the
    /// merge is read back (the others' are left empty: `quoth speakers`
    /// prints counts, and one speaker's quotes need one speaker's members).
    ///
    /// Every speaker merged across the store, as `SpeakerDirectory` merges
    /// them, with each member's `article` the article's row id; kept per
    /// generation of the store, so only the first question after an index merges.
    public func mergedSpeakers(membersOf wanted: (SpeakerDirectory.Entry) -> Bool = { _ in true }) throws(StoreError) -> [SpeakerDirectory.Entry] {
        let key = try "all-" + store.read("reading the store's generation") { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "0"
        }
        if let kept = try store.read("reading merged speakers", { db in try MergedSpeakers.load(key, in: db, membersOf: wanted) }) {
            return kept
        }
        let (ids, speakers) = try store.read("reading speakers") { db in
            let ids = try orderedIDs(in: db)
            var byArticle: [Int64: [Speaker]] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT article_id, name, role, kind, aliases, quote_count FROM speakers ORDER BY article_id, position")
            while let row = try cursor.next() { byArticle[row[0], default: []].append(ArticleRows.speaker(row, from: 1)) }
            return (ids, byArticle)
        }
        var directory = SpeakerDirectory()
        for (i, id) in ids.enumerated() {
            directory.add(Article(source: "", text: "", title: "", paragraphs: [], speakers: speakers[id] ?? []), index: i)
        }
        var merged = directory.merged().entries
        for e in merged.indices {
            for m in merged[e].members.indices { merged[e].members[m].article = Int(ids[merged[e].members[m].article]) }
        }
        _ = try? store.write("keeping merged speakers") { db in try MergedSpeakers.save(merged, as: key, in: db) }
        return merged
    }

    /// Keeps `merged`, the merge of a library whose articles are `ids` in
    /// order (members by place in it), as the whole store's merge when the
    /// store holds exactly those articles in that order; else merges the
    /// store's speakers. What `quoth index` of everything indexed needs
    /// once, not twice: merging 100,000 articles' speakers takes over a second.
    public func keepMerged(_ merged: [SpeakerDirectory.Entry], ofLibrary ids: [Int64]) throws(StoreError) {
        let (key, stored) = try store.read("reading the store's articles") { db in
            ("all-" + (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "0"), try orderedIDs(in: db))
        }
        guard stored == ids else {
            _ = try mergedSpeakers()
            return
        }
        var byID = merged
        for e in byID.indices {
            for m in byID[e].members.indices { byID[e].members[m].article = Int(ids[byID[e].members[m].article]) }
        }
        _ = try? store.write("keeping merged speakers") { db in try MergedSpeakers.save(byID, as: key, in: db) }
    }

    /// The files and folders indexed so far, absolute, in the order first given.
    public func roots() throws(StoreError) -> [String] {
        try store.read("listing the paths indexed") { db in try String.fetchAll(db, sql: "SELECT path FROM roots ORDER BY id") }
    }

    /// Every article's row id, in library order.
    public func articleIDs() throws(StoreError) -> [Int64] {
        try store.read("listing articles") { db in try orderedIDs(in: db) }
    }

    /// The articles with these row ids, whole but for their paragraphs, in
    /// library order; without `text`, their text left empty (enough to print
    /// quotes, not to explain them). With `quotesBy`, each keeps only the
    /// quotes of the speakers given for it (places in its speaker list).
    public func articles(_ ids: [Int64], text: Bool = true, quotesBy: [Int64: Set<Int>]? = nil) throws(StoreError) -> [(id: Int64, article: Article)] {
        // Many articles are read in two halves at once, each on a reader of
        // its own: a speaker's 1,900 articles of 100,000 took half of
        // `quotes --store --speaker`, all of it on one core.
        let halves = ids.count >= 1000 ? [Array(ids[..<(ids.count / 2)]), Array(ids[(ids.count / 2)...])] : [ids]
        let results = Results(count: halves.count)
        DispatchQueue.concurrentPerform(iterations: halves.count) { i in
            results.set(i, Result { () throws(StoreError) in try self.ordered(halves[i], text: text, quotesBy: quotesBy) })
        }
        var found: [(id: Int64, article: Article, order: Order)] = []
        for result in results.all { found += try result.get() }
        return found.sorted { a, b in a.order != b.order ? a.order < b.order : a.id < b.id }.map { ($0.id, $0.article) }
    }

    /// Where an article stands in library order: files' before fetched, then by root, place in it, place in the file.
    private typealias Order = (Int, Int64, Int, Int)

    /// The articles with these row ids, each with its place in library order.
    private func ordered(_ ids: [Int64], text: Bool, quotesBy: [Int64: Set<Int>]?) throws(StoreError) -> [(id: Int64, article: Article, order: Order)] {
        try store.read("reading articles") { db in
            let fetched = try ArticleRows.fetch(ids, text: text, quotesBy: quotesBy, in: db)
            var order: [Int64: Order] = [:]
            var start = 0
            while start < ids.count {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let list = "(" + Array(repeating: "?", count: chunk.count).joined(separator: ",") + ")"
                let rows = try SteppedRows("""
                    SELECT a.id, a.file_id IS NULL, ifnull(f.root_id, 0), ifnull(f.ordinal, 0), a.position FROM articles a LEFT JOIN files f ON f.id = a.file_id
                    WHERE a.id IN \(list)
                    """, ids: chunk, in: db)
                while try rows.next() { order[rows.int64(0)] = (rows.int(1), rows.int64(2), rows.int(3), rows.int(4)) }
                start += 500
            }
            return ids.compactMap { id in fetched[id].map { (id, $0, order[id] ?? (0, 0, 0, 0)) } }
        }
    }

    /// One slot per half, each written once by its thread.
    private final class Results: @unchecked Sendable {
        private var slots: [Result<[(id: Int64, article: Article, order: Order)], StoreError>]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: .success([]), count: count) }
        func set(_ i: Int, _ value: Result<[(id: Int64, article: Article, order: Order)], StoreError>) { lock.lock(); slots[i] = value; lock.unlock() }
        var all: [Result<[(id: Int64, article: Article, order: Order)], StoreError>] { lock.lock(); defer { lock.unlock() }; return slots }
    }

    /// Files' articles first, then what `quoth fetch` kept, in the order kept.
    private func orderedIDs(in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT a.id FROM articles a LEFT JOIN files f ON f.id = a.file_id
            ORDER BY a.file_id IS NULL, ifnull(f.root_id, 0), ifnull(f.ordinal, 0), a.position, a.id
            """)
    }
}
