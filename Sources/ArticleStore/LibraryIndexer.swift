import ArticleKit
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Brings the store up to date with folders and files on disk.
///
/// A file is known by its absolute path, its size and its mtime: "On a
/// second launch only new or changed files are read." A file the store
/// holds under an older `AnalyserVersion` is read again too, so a better
/// analyser reaches the library as it is used. A file gone from a folder
/// leaves the store with its articles.
///
/// Files are read and analysed on every core, a chunk at a time, and each
/// chunk is written in one transaction: `kill -9` loses at most the chunk
/// being written, and the next run goes on from the last one committed.
public struct LibraryIndexer: Sendable {
    public var store: ArticleStore
    public var workers: Int?
    public var reader = ArticleReader()
    /// Files per transaction.
    public var chunkSize = 256

    public init(store: ArticleStore, workers: Int? = nil) {
        self.store = store
        self.workers = workers
    }

    /// A file found on disk.
    struct Found {
        var path: String
        var key: String
        var size: Int
        var mtime: Int64
        /// The root given (`roots.id`) and the file's place in its reading order.
        var root: Int64 = 0
        var ordinal = 0
    }

    /// What the store holds for a path.
    struct Known {
        var id: Int64
        var size: Int
        var mtime: Int64
        var version: Int
        var root: Int64?
        var ordinal: Int
    }

    /// Indexes `paths` (files and folders; URLs and `-` are not files and
    /// are left out). `progress` is told (done, to read) after each chunk.
    public func index(_ paths: [String], progress: (Int, Int) -> Void = { _, _ in }) -> IndexReport {
        let started = Date()
        var report = IndexReport()
        var found: [Found] = []
        var known: [String: Known] = [:]
        var gone: [Int64] = []
        do throws(StoreError) {
            var listings: [(files: [Found], listed: Listed)] = []
            for path in paths where Self.isFile(path) {
                let (files, listed, errors) = Self.list(path)
                report.listingErrors += errors
                listings.append((files, listed))
            }
            let roots = try store.write("noting the paths indexed") { db in
                try listings.map { listing in
                    try db.execute(sql: "INSERT OR IGNORE INTO roots (path) VALUES (?)", arguments: [listing.listed.key])
                    return try Int64.fetchOne(db, sql: "SELECT id FROM roots WHERE path = ?", arguments: [listing.listed.key]) ?? 0
                }
            }
            for ((files, listed), root) in zip(listings, roots) {
                let rows = try knownRows(under: listed)
                var seen = Set<String>(minimumCapacity: files.count)
                for (ordinal, var file) in files.enumerated() {
                    file.root = root
                    file.ordinal = ordinal
                    seen.insert(file.key)
                    found.append(file)
                }
                for (key, row) in rows where !seen.contains(key) { gone.append(row.id) }
                if known.isEmpty { known = rows } else { known.merge(rows) { a, _ in a } }
            }
            var moved: [(id: Int64, root: Int64, ordinal: Int)] = []
            for file in found {
                if let row = known[file.key], row.root != file.root || row.ordinal != file.ordinal {
                    moved.append((row.id, file.root, file.ordinal))
                }
            }
            if !gone.isEmpty || !moved.isEmpty {
                try store.write("removing files gone from disk") { db in
                    let delete = try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?")
                    for id in gone { try delete.execute(arguments: [id]) }
                    let move = try db.cachedStatement(sql: "UPDATE files SET root_id = ?, ordinal = ? WHERE id = ?")
                    for m in moved { try move.execute(arguments: [m.root, m.ordinal, m.id]) }
                    try Self.advanceGeneration(in: db)
                }
                report.removed = gone.count
            }
        } catch {
            report.storeError = error
            return report
        }

        var ids: [String: Int64] = [:]
        var stale: [Found] = []
        for file in found {
            if let row = known[file.key], row.size == file.size, row.mtime == file.mtime, row.version >= AnalyserVersion.current {
                ids[file.key] = row.id
                report.unchanged += 1
            } else {
                if let row = known[file.key], row.size == file.size, row.mtime == file.mtime { report.reanalysed += 1 }
                stale.append(file)
            }
        }

        // While one chunk is written, the next is read and analysed: the
        // writer (one thread, SQLite's) and the analysers overlap.
        let chunks = stride(from: 0, to: stale.count, by: chunkSize).map { Array(stale[$0..<min(stale.count, $0 + chunkSize)]) }
        // Many chunks: the WAL is copied back on a thread of its own.
        var checkpointer: WALCheckpointer?
        if chunks.count > 4, let c = WALCheckpointer(path: store.location.path),
           (try? store.pool.writeWithoutTransaction({ try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") })) != nil {
            checkpointer = c
            c.start()
        }
        defer {
            checkpointer?.stop()
            if checkpointer != nil { try? store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 1000") } }
        }
        var next = chunks.isEmpty ? nil : analyse(chunks[0])
        for (n, chunk) in chunks.enumerated() {
            guard let current = next else { break }
            let waitStart = Date()
            current.done.wait()
            report.waitingSeconds += Date().timeIntervalSince(waitStart)
            next = n + 1 < chunks.count && report.storeError == nil ? analyse(chunks[n + 1]) : nil
            let read = current.results.all
            let writeStart = Date()
            defer { report.writingSeconds += Date().timeIntervalSince(writeStart) }
            do throws(StoreError) {
                var fullText = 0.0
                let written = try store.write("writing the index") { db in
                    let ids = try chunk.indices.map { i in try Self.write(chunk[i], read[i], in: db) }
                    let fullTextStart = Date()
                    try FullTextRows.catchUp(in: db)
                    fullText = Date().timeIntervalSince(fullTextStart)
                    try Self.advanceGeneration(in: db)
                    return ids
                }
                report.fullTextSeconds += fullText
                // The WAL starts again from its beginning only at a write
                // after a checkpoint that copied all of it; the thread's
                // never quite does between two chunks, so every eighth the
                // writer finishes it (a few pages left) and the WAL stays small.
                if checkpointer != nil && n % 8 == 7 { _ = try? store.pool.writeWithoutTransaction { try $0.checkpoint(.passive) } }
                for (file, id) in zip(chunk, written) { ids[file.key] = id }
                for case .failure(let error) in read { report.newFailures.append(error) }
                report.read += chunk.count
                report.bytesRead += chunk.reduce(0) { $0 + $1.size }
            } catch {
                report.storeError = error
                next?.done.wait()
                break
            }
            progress(report.read, stale.count)
        }

        for file in found {
            if let id = ids[file.key] { report.files.append(IndexReport.File(path: file.path, id: id)) }
        }
        if report.storeError == nil {
            report.failed = (try? store.read("counting failures") { db in
                try Self.failureCount(report.files.map(\.id), in: db)
            }) ?? 0
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Starts reading and analysing `chunk` on the worker threads; `done`
    /// is signalled when every result is in.
    private func analyse(_ chunk: [Found]) -> (results: Results, done: DispatchGroup) {
        let results = Results(count: chunk.count)
        let done = DispatchGroup()
        let (reader, workers) = (self.reader, self.workers)
        done.enter()
        DispatchQueue.global().async {
            ArticleBatch.analyze(chunk.count, workers: workers) { i in
                do throws(ReadError) {
                    results.set(i, .success(try reader.read(chunk[i].path)))
                } catch {
                    results.set(i, .failure(error))
                }
            }
            done.leave()
        }
        return (results, done)
    }

    /// Whether `path` names something on disk, not standard input or a web address.
    public static func isFile(_ path: String) -> Bool {
        path != "-" && !path.hasPrefix("http://") && !path.hasPrefix("https://")
    }

    /// Replaces what the store holds for `file` with what reading it gave.
    static func write(_ file: Found, _ result: Result<[Article], ReadError>, in db: Database) throws -> Int64 {
        try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [file.key])
        var error: String?
        if case .failure(let e) = result { error = e.reason }
        try db.cachedStatement(sql: "INSERT INTO files (path, root_id, ordinal, size, mtime_ns, analyser_version, error) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [file.key, file.root, file.ordinal, file.size, file.mtime, AnalyserVersion.current, error])
        let id = db.lastInsertedRowID
        if case .success(let articles) = result {
            for (position, article) in articles.enumerated() {
                let suffix = article.source.hasPrefix(file.path) ? String(article.source.dropFirst(file.path.count)) : ""
                try ArticleRows.insert(article, fileID: id, position: position, sourceSuffix: suffix, fullText: false, in: db)
            }
        }
        return id
    }

    /// Counts a change to the store's articles or their order: what a
    /// merge kept for the whole store was made at one generation.
    static func advanceGeneration(in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO meta (key, value) VALUES ('generation', '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """)
    }

    static func failureCount(_ ids: [Int64], in db: Database) throws -> Int {
        let failing = Set(try Int64.fetchAll(db, sql: "SELECT id FROM files WHERE error IS NOT NULL"))
        return ids.filter(failing.contains).count
    }

    /// The files under `path` in reading order, with their keys, sizes and
    /// mtimes; what the store should hold for them (`Listed`); and why a
    /// path could not be listed.
    static func list(_ path: String) -> ([Found], Listed, [ReadError]) {
        let collected = InputCollector.collect([path])
        var info = stat()
        let isFolder = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        let given = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let root = ReadingMemory.key(given)
        var files: [Found] = []
        files.reserveCapacity(collected.files.count)
        for file in collected.files {
            // Keys are made by putting the file's place in the folder after the
            // folder's key: one standardisation per path given, not per file.
            let key = isFolder && file.hasPrefix(given + "/") ? root + file.dropFirst(given.count) : ReadingMemory.key(file)
            var st = stat()
            guard stat(file, &st) == 0 else { continue }
            files.append(Found(path: file, key: key, size: Int(st.st_size),
                               mtime: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)))
        }
        return (files, isFolder ? .folder(root) : .file(root), collected.errors)
    }

    /// What part of the store a path given covers.
    enum Listed {
        case folder(String)
        case file(String)

        var key: String {
            switch self {
            case .folder(let key), .file(let key): key
            }
        }
    }

    func knownRows(under listed: Listed) throws(StoreError) -> [String: Known] {
        try store.read("reading the index") { db in
            let rows: RowCursor
            switch listed {
            case .folder(let root):
                // Every path in the folder: after "root/" and before "root0" ("0" follows "/").
                rows = try Row.fetchCursor(db, sql: "SELECT path, id, size, mtime_ns, analyser_version, root_id, ordinal FROM files WHERE path > ? AND path < ?",
                                           arguments: [root + "/", root + "0"])
            case .file(let key):
                rows = try Row.fetchCursor(db, sql: "SELECT path, id, size, mtime_ns, analyser_version, root_id, ordinal FROM files WHERE path = ?", arguments: [key])
            }
            var known: [String: Known] = [:]
            while let row = try rows.next() {
                known[row[0]] = Known(id: row[1], size: row[2], mtime: row[3], version: row[4], root: row[5], ordinal: row[6])
            }
            return known
        }
    }

    /// Slots written once each by the workers.
    final class Results: @unchecked Sendable {
        private var slots: [Result<[Article], ReadError>]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: .success([]), count: count) }
        func set(_ i: Int, _ value: Result<[Article], ReadError>) { lock.lock(); slots[i] = value; lock.unlock() }
        var all: [Result<[Article], ReadError>] { lock.lock(); defer { lock.unlock() }; return slots }
    }
}
