import ArticleKit
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The library that lasts: one SQLite database of articles, their quotes and
/// speakers, read state and feeds (`StoreSchema`).
///
/// Opened in WAL mode, so a reader (the TUI) never waits for a writer
/// (`quoth index`, a fetch) and a writer waits for another through a busy
/// timeout instead of failing: "Two quoth processes at once neither fail nor
/// lose writes." A file that is not a database, or a damaged one, is moved
/// aside and a new one made ("moved aside with one clear warning and
/// rebuilt from the files and feeds"); any other failure to open is a
/// `StoreError`, and the caller goes on without the store.
public final class ArticleStore: Sendable {
    public let location: StoreLocation
    let pool: DatabasePool
    /// Said once, when opening had to set something right (a corrupt file moved aside).
    public let warnings: [String]

    /// How long a write waits for another process's transaction.
    public static let busyTimeout: TimeInterval = 30

    private init(location: StoreLocation, pool: DatabasePool, warnings: [String]) {
        self.location = location
        self.pool = pool
        self.warnings = warnings
    }

    /// Opens (making it when absent) and migrates the database at `location`.
    ///
    /// `maximumPages` caps the file (SQLite's `max_page_count`): a disk that
    /// fills, made on purpose, for tests.
    public static func open(_ location: StoreLocation, maximumPages: Int? = nil) throws(StoreError) -> ArticleStore {
        do {
            try FileManager.default.createDirectory(at: location.folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: location.folder.path, reason: "cannot make the data folder (\(Self.reason(error))); set XDG_DATA_HOME to a writable folder")
        }
        // Two quoth starting at once on a new file would both run the
        // migrations; the second would find the tables made and fail.
        let lockPath = location.path + ".lock"
        let lock = Glibc.open(lockPath, O_RDWR | O_CREAT, 0o600)
        guard lock >= 0 else {
            throw StoreError(path: lockPath, reason: "cannot open the store's lock file (\(String(cString: strerror(errno)))); set XDG_DATA_HOME to a writable folder")
        }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(lock, LOCK_UN) }
        do {
            return ArticleStore(location: location, pool: try connect(location, maximumPages: maximumPages), warnings: [])
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            let aside = try moveAside(location)
            let warning = "\(location.path): the database was damaged (\(error.message ?? "corrupt")); moved aside to \(aside) and rebuilt: the next index reads the files again"
            do {
                return ArticleStore(location: location, pool: try connect(location, maximumPages: maximumPages), warnings: [warning])
            } catch {
                throw StoreError.from(error, path: location.path, doing: "opening the store")
            }
        } catch {
            throw StoreError.from(error, path: location.path, doing: "opening the store")
        }
    }

    private static func connect(_ location: StoreLocation, maximumPages: Int?) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a crash (kill -9) loses no committed
            // transaction; only a power cut may lose the last few.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer keeps 64 MB of pages rather than SQLite's 2 MB: indexing
            // 22,000 articles took 22 s with the default and 11 s with this (the
            // same CPU time: a small cache spills a transaction's pages and reads
            // them back). Readers keep the default: each of them filling 64 MB
            // (merging every speaker reads them all) took the index's peak
            // memory from 170 MB to 296 MB.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -65536") }
            // A WAL that grew during a large index is cut back to 64 MB when it starts again.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA journal_size_limit = 67108864") }
            if let maximumPages { try db.execute(sql: "PRAGMA max_page_count = \(maximumPages)") }
        }
        let pool = try DatabasePool(path: location.path, configuration: configuration)
        try StoreSchema.migrator.migrate(pool)
        // A quoth from before v4 that opened this store after it was
        // migrated wrote rows without their full-text entries: added now.
        if try pool.read(FullTextRows.isBehind) { try pool.write(FullTextRows.catchUp) }
        // Touches every table's root page: a damaged file shows here, not mid-index.
        try pool.read { db in
            for table in ["files", "articles", "speakers", "quotes", "read_state", "feeds"] {
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(table) LIMIT 1)")
            }
        }
        return pool
    }

    /// Renames the database and its WAL and shared-memory files to
    /// `quoth.sqlite.damaged-DATE`; returns the new name.
    private static func moveAside(_ location: StoreLocation) throws(StoreError) -> String {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let aside = location.path + ".damaged-" + stamp
        guard rename(location.path, aside) == 0 else {
            throw StoreError(path: location.path, reason: "the database is damaged and cannot be moved aside (\(String(cString: strerror(errno))))")
        }
        for suffix in ["-wal", "-shm"] {
            if FileManager.default.fileExists(atPath: location.path + suffix) { rename(location.path + suffix, aside + suffix) }
        }
        return aside
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }

    /// Runs `body` in one write transaction.
    func write<T>(_ doing: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch { throw StoreError.from(error, path: location.path, doing: doing) }
    }

    /// Runs `body` on a read-only snapshot.
    func read<T>(_ doing: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw StoreError.from(error, path: location.path, doing: doing) }
    }

    /// How many quotes the store holds.
    public func quoteCount() throws(StoreError) -> Int {
        try read("counting quotes") { try Int.fetchOne($0, sql: "SELECT count(*) FROM quotes") ?? 0 }
    }

    /// Every article's speakers, in the order the articles were stored:
    /// what a view of the whole store merges its speaker list from.
    public func speakersOfEveryArticle() throws(StoreError) -> [[Speaker]] {
        try read("reading speakers") { db in
            var lists: [[Speaker]] = []
            var last: Int64 = -1
            let cursor = try Row.fetchCursor(db, sql: "SELECT article_id, name, role, kind, aliases, quote_count FROM speakers ORDER BY article_id, position")
            while let row = try cursor.next() {
                let article: Int64 = row[0]
                if article != last { lists.append([]); last = article }
                lists[lists.count - 1].append(ArticleRows.speaker(row, from: 1))
            }
            return lists
        }
    }

    /// The database file's size in bytes, with its WAL.
    public var sizeOnDisk: Int {
        ["", "-wal"].reduce(0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: location.path + suffix)[.size] as? Int) ?? nil
            return total + (size ?? 0)
        }
    }
}
