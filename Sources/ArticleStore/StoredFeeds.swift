import ArticleKit
import Foundation
import GRDB

/// The articles `quoth fetch` kept, as the feeds view reads them: a feed's
/// list without analysing anything, and one article whole as it was stored.
public struct StoredFeeds: Sendable {
    /// One kept article as a list shows it.
    public struct Kept: Hashable, Sendable {
        /// The article's link, or `FEED#key` when it has none.
        public var source: String
        public var title: String
        public var published: PublishedDate?
        public var link: String?
    }

    public let store: ArticleStore

    public init(store: ArticleStore) { self.store = store }

    /// The articles kept from `feed`, newest first by the feed's dates;
    /// undated ones, and ties, the last kept first.
    public func kept(of feed: String) throws(StoreError) -> [Kept] {
        let rows = try store.read("listing \(feed)'s articles") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.source, a.title, a.published, a.link FROM articles a JOIN feeds f ON f.id = a.feed_id
                WHERE f.url = ? ORDER BY a.id
                """, arguments: [feed])
        }
        let kept = rows.map { row in
            Kept(source: row[1] ?? "", title: row[2], published: (row[3] as String?).map(PublishedDate.init), link: row[4])
        }
        return kept.indices.reversed()
            .sorted { a, b in
                let da = kept[a].published, db = kept[b].published
                return da != db ? PublishedDate.isNewer(da, than: db) : a > b
            }
            .map { kept[$0] }
    }

    /// The article kept from `feed` as `source`, with its quotes and speakers
    /// as analysed when it was fetched; nil when none is.
    public func article(_ source: String, of feed: String) throws(StoreError) -> Article? {
        try store.read("reading \(source)") { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.id, a.paragraphs FROM articles a JOIN feeds f ON f.id = a.feed_id
                WHERE f.url = ? AND a.source = ? ORDER BY a.id LIMIT 1
                """, arguments: [feed, source]) else { return nil }
            let id: Int64 = row[0]
            guard var article = try ArticleRows.fetch([id], in: db)[id] else { return nil }
            let kept: Data? = row[1]
            if let paragraphs = kept.flatMap(StoredParagraphs.decode) {
                article.paragraphs = paragraphs
            } else {
                // Not kept in a form this quoth reads: made again from the text.
                article.paragraphs = ArticleReader.plainText(article.text, source: source, title: article.title).paragraphs
            }
            return article
        }
    }
}
