import ArticleKit
import Foundation
import GRDB
import GRDBSQLite

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
        /// How many quotes it has; -1 when not counted with the listing (`quoteCounts`).
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

    /// How many articles the store holds.
    public func articleCount() throws(StoreError) -> Int {
        try store.read("counting articles") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    /// The first `limit` articles in the order they were kept, for a first
    /// frame, with what names their origins: a few queries whatever the
    /// library's size (`articles()` lists them all, in library order, off
    /// the first frame's path).
    public func firstArticles(limit: Int) throws(StoreError) -> (origins: [String], rows: [ArticleRow]) {
        try store.read("listing the first articles") { db in
            let rows = try SteppedRows("""
                SELECT a.id, a.title, ifnull(a.source, f.path || a.source_suffix), a.published,
                    (SELECT count(*) FROM quotes q WHERE q.article_id = a.id), f.path, r.path, ifnull(fe.title, fe.url)
                FROM articles a LEFT JOIN files f ON f.id = a.file_id LEFT JOIN roots r ON r.id = f.root_id
                    LEFT JOIN feeds fe ON fe.id = a.feed_id
                ORDER BY a.id LIMIT \(limit)
                """, ids: [], in: db)
            var origins = given
            var found: [ArticleRow] = []
            while try rows.next() {
                let label: String
                if let path = rows.optionalString(5) {
                    label = given.first { path == $0 || path.hasPrefix($0 + "/") } ?? rows.optionalString(6) ?? path
                } else {
                    label = rows.optionalString(7) ?? "fetched"
                }
                let origin = origins.firstIndex(of: label) ?? { origins.append(label); return origins.count - 1 }()
                found.append(ArticleRow(id: rows.int64(0), title: rows.string(1), source: rows.string(2), published: rows.optionalString(3),
                                        quoteCount: rows.int(4), origin: origin, speakerNames: []))
            }
            let names = try db.cachedStatement(sql: "SELECT name FROM speakers WHERE article_id = ? AND position < 3 ORDER BY position")
            for i in found.indices { found[i].speakerNames = try String.fetchAll(names, arguments: [found[i].id]) }
            return (origins, found)
        }
    }

    /// How many quotes each article has, by row id (articles without quotes left out).
    public func quoteCounts() throws(StoreError) -> [Int64: Int] {
        try store.read("counting each article's quotes") { db in
            var counts: [Int64: Int] = [:]
            counts.reserveCapacity(1 << 17)
            let rows = try SteppedRows("SELECT article_id, count(*) FROM quotes GROUP BY article_id", ids: [], in: db)
            while try rows.next() { counts[rows.int64(0)] = rows.int(1) }
            return counts
        }
    }

    /// How many quotes these articles have, by row id.
    public func quoteCounts(of ids: [Int64]) throws(StoreError) -> [Int64: Int] {
        try store.read("counting articles' quotes") { db in
            let statement = try db.cachedStatement(sql: "SELECT count(*) FROM quotes WHERE article_id = ?")
            var counts: [Int64: Int] = [:]
            for id in ids { counts[id] = try Int.fetchOne(statement, arguments: [id]) ?? 0 }
            return counts
        }
    }

    /// The first three speakers' names of every article, indexed by the
    /// article's row id (for `articles`; read apart so both can be read at once).
    public func speakerNames() throws(StoreError) -> [[String]] {
        try store.read("listing speakers' names") { db in
            let last = try Int.fetchOne(db, sql: "SELECT ifnull(max(id), 0) FROM articles") ?? 0
            var names = [[String]](repeating: [], count: last + 1)
            let speakers = try SteppedRows("SELECT article_id, name FROM speakers WHERE position < 3 ORDER BY article_id, position", ids: [], in: db)
            while try speakers.next() {
                let article = speakers.int(0)
                if article >= 0, article <= last { names[article].append(speakers.string(1)) }
            }
            return names
        }
    }

    /// What names each article's origin, and every article in library order,
    /// with the speakers' `names` (`speakerNames()`; read now when not given).
    public func articles(names given: [[String]]? = nil) throws(StoreError) -> (origins: [String], rows: [ArticleRow]) {
        if let given { return try listing(names: given) }
        return try listing(names: try speakerNames())
    }

    private func listing(names: [[String]]) throws(StoreError) -> (origins: [String], rows: [ArticleRow]) {
        try store.read("listing the library") { db in
            var roots: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, path FROM roots") { roots[row[0]] = row[1] }
            var feeds: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, ifnull(title, url) FROM feeds") { feeds[row[0]] = row[1] }

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
            struct File { var path: String; var rank: Int; var root: Int64; var ordinal: Int; var origin: Int }
            // Row ids are dense: arrays indexed by them, not dictionaries (hashing
            // 100,000 ids twice was a fifth of the listing).
            let lastFile = try Int.fetchOne(db, sql: "SELECT ifnull(max(id), 0) FROM files") ?? 0
            var files = [File?](repeating: nil, count: lastFile + 1)
            let fileRows = try SteppedRows("SELECT id, path, ifnull(root_id, 0), ordinal FROM files", ids: [], in: db)
            let prefixes = given.map { Array($0.utf8) }
            let slash = UInt8(ascii: "/")
            while try fileRows.next() {
                let path = fileRows.string(1)
                let root = fileRows.int64(2)
                // Under a path given: the path itself, or it and a slash, compared as bytes.
                let g = path.utf8.withContiguousStorageIfAvailable { bytes in
                    prefixes.firstIndex { p in
                        bytes.count >= p.count && bytes.prefix(p.count).elementsEqual(p) && (bytes.count == p.count || bytes[p.count] == slash)
                    }
                } ?? nil
                let fileID = fileRows.int(0)
                guard fileID >= 0, fileID <= lastFile else { continue }
                files[fileID] = File(path: path, rank: g ?? given.count, root: root, ordinal: fileRows.int(3),
                                                origin: g ?? origin(roots[root] ?? path))
            }

            struct Keyed { var rank: Int; var root: Int64; var ordinal: Int; var position: Int; var row: ArticleRow }
            var keyed: [Keyed] = []
            keyed.reserveCapacity(1 << 17)
            // Every column asked lies before the text: with `articles_listing` the
            // rows come from the index alone.
            let rows = try SteppedRows("SELECT id, file_id, position, title, published, source_suffix, source, feed_id FROM articles",
                                       ids: [], in: db)
            while try rows.next() {
                let id = rows.int64(0)
                let fileID = rows.int(1)
                let file = rows.isNull(1) || fileID < 0 || fileID > lastFile ? nil : files[fileID]
                let suffix = rows.string(5)
                let source = rows.optionalString(6) ?? (suffix.isEmpty ? file?.path ?? "" : (file?.path ?? "") + suffix)
                let o = file?.origin ?? origin(rows.isNull(7) ? "fetched" : feeds[rows.int64(7)] ?? "fetched")
                let row = ArticleRow(id: id, title: rows.string(3), source: source, published: rows.optionalString(4),
                                     quoteCount: -1, origin: o, speakerNames: id >= 0 && id < names.count ? names[Int(id)] : [])
                keyed.append(Keyed(rank: file?.rank ?? given.count + 1, root: file?.root ?? 0, ordinal: file?.ordinal ?? 0,
                                   position: rows.int(2), row: row))
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

    /// The first `limit` speakers of the newest merge kept for the whole
    /// store, how many it holds, and whether it is the current one (a
    /// fetch or an index since makes it one generation old: the first frame
    /// shows it all the same, and `speakers` merges the current one).
    ///
    /// Read through SQLite's incremental blob I/O, a few kilobytes per
    /// speaker: the whole merge of 100,000 articles is 6.5 MB, most of it
    /// members, and reading and decoding it took 70 ms of a first frame
    /// that has 150.
    public func firstSpeakers(limit: Int) throws(StoreError) -> (entries: [SpeakerDirectory.Entry], count: Int, current: Bool)? {
        try store.read("reading the first speakers") { db in
            let generation = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "0"
            guard let row = try Row.fetchOne(db, sql: """
                SELECT rowid, fingerprint = ? FROM speaker_merges WHERE fingerprint LIKE 'all-%' ORDER BY fingerprint = ? DESC, made DESC LIMIT 1
                """, arguments: ["all-" + generation, "all-" + generation]),
                let connection = db.sqliteConnection else { return nil }
            var handle: OpaquePointer?
            guard sqlite3_blob_open(connection, "main", "speaker_merges", "entries", row[0], 0, &handle) == SQLITE_OK, let blob = handle else {
                return nil
            }
            defer { sqlite3_blob_close(blob) }
            let size = Int(sqlite3_blob_bytes(blob))
            func bytes(at offset: Int, _ count: Int) -> [UInt8] {
                let n = max(0, min(count, size - offset))
                var buffer = [UInt8](repeating: 0, count: n)
                guard n > 0, buffer.withUnsafeMutableBytes({ sqlite3_blob_read(blob, $0.baseAddress, Int32(n), Int32(offset)) }) == SQLITE_OK
                else { return [] }
                return buffer
            }
            // One entry from the bytes at its start, with its length in the blob;
            // nil when the window ends inside it.
            func entry(in window: UnsafeRawBufferPointer) -> (SpeakerDirectory.Entry, Int)? {
                var reader = MergedSpeakers.ByteReader(bytes: window)
                guard let name = reader.string() ?? nil, let role = reader.string(), let kindName = reader.string() ?? nil,
                      let kind = Speaker.Kind(rawValue: kindName), let aliasCount = reader.int(), aliasCount >= 0 else { return nil }
                var aliases: [String] = []
                for _ in 0..<aliasCount { if let alias = reader.string() ?? nil { aliases.append(alias) } }
                guard aliases.count == aliasCount, let quotes = reader.int(), let articles = reader.int(), let members = reader.int(),
                      members >= 0 else { return nil }
                let kept = SpeakerDirectory.Entry.kept(name: name, role: role, kind: kind, aliases: aliases, quoteCount: quotes,
                                                       articleCount: articles, members: [])
                return (kept, reader.offset + members * 16)
            }
            let head = bytes(at: 0, 8)
            guard let count = head.withUnsafeBytes({ b -> Int? in
                var reader = MergedSpeakers.ByteReader(bytes: b)
                return reader.int()
            }), count >= 0 else { return nil }
            var entries: [SpeakerDirectory.Entry] = []
            var offset = 8
            var window = 4096
            while entries.count < min(limit, count), offset < size {
                guard let (kept, length) = bytes(at: offset, window).withUnsafeBytes({ entry(in: $0) }) else {
                    // A speaker with more names than the window holds: read more of it.
                    guard window < size else { return nil }
                    window *= 4
                    continue
                }
                entries.append(kept)
                offset += length
                window = 4096
            }
            return (entries, count, row[1] as Bool)
        }
    }

    /// Every speaker merged across the store, most quoted first, as kept by
    /// the last question about it (merged and kept now when it changed).
    /// With `members`, each entry's members (article row id, speaker in it).
    public func speakers(members: Bool) throws(StoreError) -> [SpeakerDirectory.Entry] {
        let entries = try StoreContents(store: store).mergedSpeakers(membersOf: { _ in members })
        // A merge made just now comes with every member, asked for or not.
        guard !members else { return entries }
        return entries.map { entry in
            var entry = entry
            entry.members = []
            return entry
        }
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

    /// Whether `filter` has a word to search for (an empty one lists every quote).
    public static func hasWords(_ filter: String) -> Bool {
        WordSearch.query(filter, asTyped: true) != nil
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

    /// Every attributed quote's row id with its speaker (article row id,
    /// speaker in it), in row order.
    ///
    /// Read once, off the event loop's thread, so that choosing a speaker
    /// lists their quotes from ids worked out ahead (`quoteIDs(among:matching:)`
    /// narrows them by word) instead of asking the store for each of their
    /// articles: for the most quoted of 100,000 articles that was 25–50 ms
    /// a keystroke. One pass over `quotes`: about 0.1 s for 458,000 of 515,000.
    public func attributedQuotes(_ body: (Int64, SpeakerDirectory.Member) -> Void) throws(StoreError) {
        try store.read("reading who said each quote") { db in
            let rows = try SteppedRows("SELECT id, article_id, speaker FROM quotes WHERE speaker IS NOT NULL ORDER BY id", ids: [], in: db)
            while try rows.next() { body(rows.int64(0), SpeakerDirectory.Member(article: rows.int(1), speaker: rows.int(2))) }
        }
    }

    /// Those of `ids` (ascending row ids, as `attributedQuotes` gives them)
    /// whose quote has every word of `filter`, in the same order; all of
    /// them when it has no word.
    ///
    /// One pass over the filter's matches between the first id and the
    /// last, merged with `ids`: FTS5 reads a word's rows in order and skips
    /// to a rowid range cheaply, while asking about 500 ids at a time
    /// (`rowid IN (…)`) runs the whole match again for every 500: for the
    /// most quoted speaker of 100,000 articles (10,708 quotes), 300–950 ms
    /// a keystroke that way, 0.3–17 ms this way (17 for a one-letter
    /// prefix, which matches 280,000 quotes: `scanning` reads those a
    /// stretch at a time).
    public func quoteIDs(among ids: [Int64], matching filter: String) throws(StoreError) -> [Int64] {
        guard let first = ids.first else { return [] }
        return try quoteIDs(among: ids, matching: filter, after: first - 1, scanning: nil).ids
    }

    /// The same a stretch at a time: those after row id `after`, found
    /// among the next `limit` of the filter's matches (all, when nil);
    /// `through`: the last match read, nil when none is left to read.
    public func quoteIDs(among ids: [Int64], matching filter: String, after: Int64,
                         scanning limit: Int?) throws(StoreError) -> (ids: [Int64], through: Int64?) {
        // The first of `ids` after `after`, by halves.
        var i = 0, end = ids.count
        while i < end {
            let mid = (i + end) / 2
            if ids[mid] > after { end = mid } else { i = mid + 1 }
        }
        guard let query = WordSearch.query(filter, asTyped: true), i < ids.count, let last = ids.last else { return (Array(ids[i...]), nil) }
        return try store.read("narrowing a speaker's quotes") { db in
            let matches = try SteppedRows("""
                SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid > ? AND rowid <= ? ORDER BY rowid LIMIT ?
                """, arguments: [query, after, last, limit ?? -1], in: db)
            var kept: [Int64] = []
            var read = 0
            var match = after
            while try matches.next() {
                match = matches.int64(0)
                read += 1
                while i < ids.count, ids[i] < match { i += 1 }
                if i < ids.count, ids[i] == match {
                    kept.append(match)
                    i += 1
                }
            }
            // As many read as asked: there may be more after the last.
            return (kept, limit.map { read == $0 && match < last } == true ? match : nil)
        }
    }

    /// The row ids of every quote with every word of `filter` (all quotes
    /// when it has no word), newest article first, then in row order. Reads
    /// every match: slower than a page, asked only when the order is chosen
    /// (2.3 s for all 515,000 quotes of 100,000 articles; 0.5 s for those
    /// of a one-letter prefix).
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
