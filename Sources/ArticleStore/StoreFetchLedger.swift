import ArticleKit
import Foundation
import GRDB

/// What `quoth fetch` keeps, in the store: each feed's validators and last
/// outcome in `feeds`, each new item an article row (with its quotes and
/// speakers, as an indexed file's) under its feed and item key.
///
/// "One SQLite database … holds: articles: source, feed, …; feeds." Each
/// feed's result is written in one transaction, so `kill -9` mid-fetch loses
/// no feed already recorded, and the next fetch asks again only for what
/// was not. An item's key is unique within its feed (migration v3): an item
/// is kept once even when two fetches race.
public struct StoreFetchLedger: FetchLedger, Sendable {
    public let store: ArticleStore

    public init(store: ArticleStore) { self.store = store }

    public func validators(for feed: String) throws -> FeedValidators {
        try store.read("reading \(feed)'s validators") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM feeds WHERE url = ?", arguments: [feed]) else {
                return FeedValidators()
            }
            return FeedValidators(etag: row[0], lastModified: row[1])
        }
    }

    public func knownItemKeys(for feed: String) throws -> Set<String> {
        try store.read("reading \(feed)'s items") { db in
            Set(try String.fetchAll(db, sql: """
                SELECT a.item_key FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = ? AND a.item_key IS NOT NULL
                """, arguments: [feed]))
        }
    }

    public func status(of feed: String) throws -> FeedStatus? {
        try store.read("reading \(feed)'s status") { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT title, last_fetched, last_error, final_url, (SELECT count(*) FROM articles WHERE feed_id = feeds.id)
                FROM feeds WHERE url = ?
                """, arguments: [feed]) else { return nil }
            let fetched: Double? = row[1]
            return FeedStatus(title: row[0], articleCount: row[4], lastFetched: fetched.map(Date.init(timeIntervalSince1970:)),
                              lastError: row[2], finalURL: row[3])
        }
    }

    public func record(_ result: FeedFetchResult, at date: Date) throws {
        try store.write("keeping what \(result.url) gave") { db in
            let id = try Self.feedID(result.url, in: db)
            try db.execute(sql: "UPDATE feeds SET last_fetched = ?, final_url = ifnull(?, final_url) WHERE id = ?",
                           arguments: [date.timeIntervalSince1970, result.finalURL, id])
            switch result.outcome {
            case .failed(let reason):
                try db.execute(sql: "UPDATE feeds SET last_error = ? WHERE id = ?", arguments: [reason, id])
            case .notModified:
                try db.execute(sql: "UPDATE feeds SET last_error = NULL WHERE id = ?", arguments: [id])
            case .updated(let update):
                try db.execute(sql: "UPDATE feeds SET last_error = NULL, title = ifnull(?, title), etag = ?, last_modified = ? WHERE id = ?",
                               arguments: [update.title, update.validators.etag, update.validators.lastModified, id])
                try Self.keep(update.newItems, feed: id, in: db)
            }
        }
    }

    /// The feed's row id, its row made when it has none.
    static func feedID(_ url: String, in db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT OR IGNORE INTO feeds (url) VALUES (?)", arguments: [url])
        return try Int64.fetchOne(db, sql: "SELECT id FROM feeds WHERE url = ?", arguments: [url]) ?? 0
    }

    /// Stores each item not yet kept under its key, written as an indexed
    /// file's articles are (`ArticleRows`), with its paragraphs, and the
    /// item's note (a page that could not be read) among its warnings.
    static func keep(_ items: [FetchedItem], feed: Int64, in db: Database) throws {
        var added = 0
        for item in items {
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM articles WHERE feed_id = ? AND item_key = ?", arguments: [feed, item.key]) == nil else {
                continue
            }
            var article = item.article
            if let note = item.note { article.warnings.append(note) }
            let row = try ArticleRows.insert(article, fileID: nil, position: 0, sourceSuffix: "", in: db)
            try db.execute(sql: "UPDATE articles SET feed_id = ?, item_key = ?, paragraphs = ? WHERE id = ?",
                           arguments: [feed, item.key, try StoredParagraphs.encode(article.paragraphs), row])
            added += 1
        }
        // The store's articles changed: a speaker list merged before is stale.
        if added > 0 { try LibraryIndexer.advanceGeneration(in: db) }
    }

    /// Copies the JSON ledger at `old` (`feeds.json`) in, then renames it
    /// `feeds.json.retired`, as the read state's `state.json` was: "moved
    /// into the store once". Returns a warning when the old file could not be
    /// used (it is then set aside as `feeds.json.corrupt`) or moved.
    ///
    /// Unlike `state.json`'s, the copy is a merge, not a one-time event: a
    /// feeds.json that appears again was written by a fetch that fell back to
    /// it while the store could not be opened, and what it fetched then
    /// belongs in the store too. Items already kept are skipped by key, and
    /// what the store knows of a feed wins over the file.
    public func migrate(from old: URL) -> String? {
        let path = old.path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let (ledger, warning) = JSONFetchLedger.open(old)
        if let warning { return warning }
        // Read and analysed before the transaction, so no other quoth waits on it.
        let feeds = ledger.feedURLs.map { (url: $0, status: ledger.status(of: $0), validators: ledger.validators(for: $0), items: ledger.items(of: $0)) }
        do throws(StoreError) {
            try store.write("copying the feeds from \(path)") { db in
                for feed in feeds {
                    let id = try Self.feedID(feed.url, in: db)
                    // What the store already knows of a feed wins over the old file.
                    try db.execute(sql: """
                        UPDATE feeds SET title = ifnull(title, ?), etag = ifnull(etag, ?), last_modified = ifnull(last_modified, ?),
                            last_fetched = ifnull(last_fetched, ?), last_error = ifnull(last_error, ?), final_url = ifnull(final_url, ?)
                        WHERE id = ?
                        """, arguments: [feed.status?.title, feed.validators.etag, feed.validators.lastModified,
                                         feed.status?.lastFetched?.timeIntervalSince1970, feed.status?.lastError, feed.status?.finalURL, id])
                    try Self.keep(feed.items, feed: id, in: db)
                }
            }
        } catch {
            return error.description
        }
        guard rename(path, path + ".retired") == 0 else {
            return "\(path): feeds copied into the store, but the old file could not be renamed (\(String(cString: strerror(errno))))"
        }
        return nil
    }
}
