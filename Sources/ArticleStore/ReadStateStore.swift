import ArticleKit
import Foundation
import GRDB

/// Reading positions and read marks, kept in the store's `read_state`.
///
/// Replaces `state.json`: the first time the store opens beside an old
/// state file, its marks are copied in, in the same transaction that notes
/// the copy was made, and the file is renamed `state.json.retired`, so it
/// is read once and never again ("migrated from `state.json` once, then
/// `state.json` is retired").
public struct ReadStateStore: Sendable {
    public var store: ArticleStore

    public init(store: ArticleStore) { self.store = store }

    /// Every mark.
    public func load() throws(StoreError) -> ReadingMemory {
        try store.read("reading the read state") { db in
            var memory = ReadingMemory()
            for row in try Row.fetchAll(db, sql: "SELECT key, read, offset FROM read_state") {
                memory.articles[row[0]] = ReadingMemory.Mark(read: row[1], offset: row[2])
            }
            return memory
        }
    }

    /// Writes the marks this run changed since `baseline` (what it loaded),
    /// leaving those another quoth wrote meanwhile as they are.
    public func save(_ memory: ReadingMemory, since baseline: ReadingMemory = ReadingMemory()) throws(StoreError) {
        let changed = memory.articles.filter { baseline.articles[$0.key] != $0.value }
        guard !changed.isEmpty else { return }
        try store.write("saving the read state") { db in
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO read_state (key, read, offset) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET read = excluded.read, offset = excluded.offset
                """)
            for (key, mark) in changed { try upsert.execute(arguments: [key, mark.read, mark.offset]) }
        }
    }

    /// Copies `old`'s marks in once, then renames the file aside. Returns a
    /// warning when the old file could not be used or moved.
    public func migrate(from old: ReadingMemoryStore) -> String? {
        let path = old.url.path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let (memory, warning) = old.load()
        if warning != nil { return warning }
        do throws(StoreError) {
            try store.write("copying the read state from \(path)") { db in
                let done = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'state.json migrated'")
                guard done == nil else { return }
                let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO read_state (key, read, offset) VALUES (?, ?, ?)")
                for (key, mark) in memory.articles { try insert.execute(arguments: [key, mark.read, mark.offset]) }
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('state.json migrated', ?)", arguments: [path])
            }
        } catch {
            return error.description
        }
        guard rename(path, path + ".retired") == 0 else {
            return "\(path): read state copied into the store, but the old file could not be renamed (\(String(cString: strerror(errno))))"
        }
        return nil
    }
}
