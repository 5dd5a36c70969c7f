import ArticleKit
import Foundation
import GRDB

/// The library the reader browses, answered from the store: every stored
/// article as one light row, and quotes a page at a time.
///
/// The reader's first frame of an indexed library comes from here with no
/// file read, analysed or even stat-ed: the article rows (title, source,
/// date, quote count, where it comes from), the speakers merged across the
/// store (kept in `speaker_merges`), the counts. Quotes are never all held:
/// the quote view asks for the page on screen (`quotes(after:)`), by word
/// through `quotes_fts`.
///
/// The library is everything the store holds, the folders given first (in
/// the order given), then the other indexed folders, then what `quoth
/// fetch` kept: "the library view shows stored articles beside folders
/// given on the command line", each row naming where it comes from.
public struct LibraryCatalog: Sendable {
    /// One article as the list shows it.
    public struct ArticleRow: Sendable, Hashable {
        public var id: Int64
        public var title: String
        /// The path of its file (with "#3" for a feed file's third item), or a fetched item's link.
        public var source: String
        public var published: String?
        public var quoteCount: Int
        /// Index into `origins`.
        public var origin: Int
        /// The first few of its own speakers' names, most quoted first (for the list and its search).
        public var speakerNames: [String]
    }

    /// One quote as the quote view lists it.
    public struct QuoteRow: Sendable, Hashable {
        /// The quote's row id: the order quotes were kept in.
        public var id: Int64
        public var article: Int64
        /// Its place among its article's quotes.
        public var position: Int
        public var text: String
        /// Its speaker's place among the article's speakers.
        public var speaker: Int?
        /// That speaker's name in the article.
        public var speakerName: String?
    }

    public let store: ArticleStore
    /// The paths given, made absolute: their articles come first.
    public let given: [String]

    public init(store: ArticleStore, given: [String]) {
        self.store = store
        self.given = given.filter(LibraryIndexer.isFile).map(ReadingMemory.key)
    }

    /// Whether the store holds any article: `quoth` with no paths opens it then.
    public func isEmpty() throws(StoreError) -> Bool {
        try store.read("looking for articles") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM articles LIMIT 1)") == 0 }
    }

    /// Whether every path given is a folder or file indexed before (then the
    /// first frame can come from the store; else the files are read as today).
    public func holdsGiven() throws(StoreError) -> Bool {
        try store.read("looking up the paths given") { db in
            try given.allSatisfy { path in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM roots WHERE path = ?", arguments: [path]) == 1
            }
        }
    }

    /// What names each article's origin, and every article in library order.
    public func articles() throws(StoreError) -> (origins: [String], rows: [ArticleRow]) {
        try store.read("listing the library") { db in
            var roots: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, path FROM roots") { roots[row[0]] = row[1] }
            var feeds: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, ifnull(title, url) FROM feeds") { feeds[row[0]] = row[1] }
            var quoteCounts: [Int64: Int] = [:]
            quoteCounts.reserveCapacity(1 << 17)
            let counts = try SteppedRows("SELECT article_id, count(*) FROM quotes GROUP BY article_id", ids: [], in: db)
            while try counts.next() { quoteCounts[counts.int64(0)] = counts.int(1) }
            var names: [Int64: [String]] = [:]
            names.reserveCapacity(1 << 17)
            let speakers = try SteppedRows("SELECT article_id, name FROM speakers WHERE position < 3 ORDER BY article_id, position", ids: [], in: db)
            while try speakers.next() { names[speakers.int64(0), default: []].append(speakers.string(1)) }

            // Origins: each path given, then other roots, then feeds, by label.
            var origins: [String] = given
            var originOf: [String: Int] = [:]
            for (i, g) in given.enumerated() { originOf[g] = i }
            func origin(_ label: String) -> Int {
                if let o = originOf[label] { return o }
                origins.append(label)
                originOf[label] = origins.count - 1
                return origins.count - 1
            }
            struct Keyed { var rank: Int; var root: Int64; var ordinal: Int; var position: Int; var row: ArticleRow }
            var keyed: [Keyed] = []
            keyed.reserveCapacity(1 << 17)
            let rows = try SteppedRows("""
                SELECT a.id, a.title, f.path || a.source_suffix, a.source, a.published, ifnull(f.root_id, 0), ifnull(f.ordinal, 0),
                    a.position, a.feed_id, f.path
                FROM articles a LEFT JOIN files f ON f.id = a.file_id
                """, ids: [], in: db)
            while try rows.next() {
                let id = rows.int64(0)
                let rank: Int, o: Int
                if let path = rows.optionalString(9) {
                    let g = given.firstIndex { path == $0 || (path.hasPrefix($0) && path.utf8.dropFirst($0.utf8.count).first == UInt8(ascii: "/")) }
                    rank = g ?? given.count
                    o = g ?? origin(roots[rows.int64(5)] ?? path)
                } else {
                    rank = given.count + 1
                    o = origin(rows.isNull(8) ? "fetched" : feeds[rows.int64(8)] ?? "fetched")
                }
                let row = ArticleRow(id: id, title: rows.string(1), source: rows.optionalString(3) ?? rows.optionalString(2) ?? "",
                                     published: rows.optionalString(4), quoteCount: quoteCounts[id] ?? 0, origin: o,
                                     speakerNames: names[id] ?? [])
                keyed.append(Keyed(rank: rank, root: rows.int64(5), ordinal: rows.int(6), position: rows.int(7), row: row))
            }
            keyed.sort { a, b in
                if a.rank != b.rank { return a.rank < b.rank }
                if a.root != b.root { return a.root < b.root }
                if a.ordinal != b.ordinal { return a.ordinal < b.ordinal }
                if a.position != b.position { return a.position < b.position }
                return a.row.id < b.row.id
            }
            return (origins, keyed.map(\.row))
        }
    }

    /// Every speaker merged across the store, most quoted first, as kept by
    /// the last question about it (merged and kept now when it changed).
    /// With `members`, each entry's members (article row id, speaker in it).
    public func speakers(members: Bool) throws(StoreError) -> [SpeakerDirectory.Entry] {
        try StoreContents(store: store).mergedSpeakers(membersOf: { _ in members })
    }

    /// How many quotes the store holds.
    public func quoteCount() throws(StoreError) -> Int { try store.quoteCount() }

    /// Why files under the paths given could not be read, as a read would say.
    public func failures() throws(StoreError) -> [ReadError] {
        try store.read("listing files that could not be read") { db in
            try Row.fetchAll(db, sql: "SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY root_id, ordinal").compactMap { row in
                let path: String = row[0]
                guard given.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return nil }
                return ReadError(path: path, reason: row[1])
            }
        }
    }

    /// The articles read with a warning ("not UTF-8; read as Windows-1252"),
    /// by row id. Slow-ish (the column lies after the article text), so asked
    /// off the first frame's path.
    public func warnings() throws(StoreError) -> [Int64: [String]] {
        try store.read("listing warnings") { db in
            var found: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, warnings FROM articles WHERE warnings != ''") {
                found[row[0]] = ArticleRows.lines(row[1])
            }
            return found
        }
    }

    /// The row ids of up to `limit` quotes after row id `after` (before it,
    /// going `backward`), in row order: those with every word of `filter`
    /// (the last a prefix while typing: `WordSearch`), all when it has no word.
    public func quoteIDs(matching filter: String, after: Int64, backward: Bool = false, limit: Int) throws(StoreError) -> [Int64] {
        let query = WordSearch.query(filter, asTyped: true)
        return try store.read("reading a page of quotes") { db in
            let order = backward ? "DESC" : "ASC"
            let compare = backward ? "<" : ">"
            let sql = query == nil
                ? "SELECT q.id FROM quotes q WHERE q.id \(compare) ? ORDER BY q.id \(order) LIMIT ?"
                : "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid \(compare) ? ORDER BY rowid \(order) LIMIT ?"
            let arguments: StatementArguments = query.map { [$0, after, limit] } ?? [after, limit]
            return try Int64.fetchAll(db, sql: sql, arguments: arguments)
        }
    }

    /// How many quotes have every word of `filter` (all of them, when it
    /// has no word: `all` when the caller counted them already).
    ///
    /// With `upTo`, counting stops there: a one-letter prefix matches most
    /// of 500,000 quotes, and counting them all takes 35-50 ms (a prefix of
    /// two letters, 7 ms), three keystrokes' worth; 10,000 take 1.5 ms.
    public func quoteCount(matching filter: String, all: Int? = nil, upTo cap: Int? = nil) throws(StoreError) -> Int {
        guard let query = WordSearch.query(filter, asTyped: true) else {
            if let all { return all }
            return try quoteCount()
        }
        return try store.read("counting quotes") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
                             arguments: [query, cap ?? -1]) ?? 0
        }
    }

    /// The row ids of the quotes said by these members of a merged speaker
    /// (article row id, speaker in it) with every word of `filter`, in row order.
    public func quoteIDs(of members: [SpeakerDirectory.Member], matching filter: String) throws(StoreError) -> [Int64] {
        let query = WordSearch.query(filter, asTyped: true)
        return try store.read("reading a speaker's quotes") { db in
            var ids: [Int64] = []
            let statement = try db.cachedStatement(sql: "SELECT id FROM quotes WHERE article_id = ? AND speaker = ?")
            for m in members {
                ids += try Int64.fetchAll(statement, arguments: [m.article, m.speaker])
            }
            ids.sort()
            guard let query, !ids.isEmpty else { return ids }
            var kept = Set<Int64>()
            var start = 0
            while start < ids.count {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let list = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                kept.formUnion(try Int64.fetchAll(db, sql: "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid IN (\(list))",
                                                  arguments: StatementArguments([query] as [DatabaseValueConvertible]) + StatementArguments(chunk)))
                start += 500
            }
            return ids.filter(kept.contains)
        }
    }

    /// The row ids of every quote with every word of `filter` (all quotes
    /// when it has no word), newest article first, then in row order. Reads
    /// every match: slower than a page, asked only when the order is chosen.
    public func quoteIDsNewestFirst(matching filter: String) throws(StoreError) -> [Int64] {
        let query = WordSearch.query(filter, asTyped: true)
        return try store.read("sorting quotes by date") { db in
            let sql = """
                SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
                \(query == nil ? "" : "WHERE q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
                ORDER BY a.published_iso IS NULL, a.published_iso DESC, q.id
                """
            return try Int64.fetchAll(db, sql: sql, arguments: query.map { [$0] } ?? [])
        }
    }

    /// The quotes with these row ids, in the order given.
    public func quotes(_ ids: [Int64]) throws(StoreError) -> [QuoteRow] {
        try store.read("reading quotes") { db in try Self.quoteRows(ids, in: db) }
    }

    static func quoteRows(_ ids: [Int64], in db: Database) throws -> [QuoteRow] {
        guard !ids.isEmpty else { return [] }
        var byID: [Int64: QuoteRow] = [:]
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            let list = "(" + Array(repeating: "?", count: chunk.count).joined(separator: ",") + ")"
            let rows = try SteppedRows("""
                SELECT q.id, q.article_id, q.position, q.text, q.speaker, s.name FROM quotes q
                LEFT JOIN speakers s ON s.article_id = q.article_id AND s.position = q.speaker
                WHERE q.id IN \(list)
                """, ids: chunk, in: db)
            while try rows.next() {
                byID[rows.int64(0)] = QuoteRow(id: rows.int64(0), article: rows.int64(1), position: rows.int(2), text: rows.string(3),
                                               speaker: rows.optionalInt(4), speakerName: rows.optionalString(5))
            }
            start += 500
        }
        return ids.compactMap { byID[$0] }
    }

    /// One article whole, to open it: its paragraphs from its file read
    /// again (or kept with a fetched article), else made from its text.
    public func article(_ id: Int64, reader: ArticleReader = ArticleReader()) throws(StoreError) -> Article? {
        let (stored, kept, file, position) = try store.read("reading an article") { db in
            let stored = try ArticleRows.fetch([id], in: db)[id]
            let row = try Row.fetchOne(db, sql: "SELECT a.paragraphs, f.path, a.position FROM articles a LEFT JOIN files f ON f.id = a.file_id WHERE a.id = ?",
                                       arguments: [id])
            return (stored, row?[0] as Data?, row?[1] as String?, (row?[2] as Int?) ?? 0)
        }
        guard var article = stored else { return nil }
        if let paragraphs = kept.flatMap(StoredParagraphs.decode) {
            article.paragraphs = paragraphs
        } else if let file, let read = try? reader.read(file), read.indices.contains(position), read[position].text == article.text {
            // The file as stored: its paragraphs line up with the stored quotes.
            article.paragraphs = read[position].paragraphs
        } else {
            article.paragraphs = ArticleReader.plainText(article.text, source: article.source, title: article.title).paragraphs
        }
        return article
    }
}
