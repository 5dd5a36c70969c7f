import Foundation
import GRDB

/// Quote and article search by word, through the store's FTS5 tables.
///
/// Words, not substrings: "war" finds "war" and "War's" but never "aware"
/// or "software", which a substring filter did. While a word is being typed
/// its last word is a prefix (`asTyped`): "wa" already finds "war".
/// Case and accents do not count (`unicode61 remove_diacritics 2`), as in
/// every other filter of quoth.
public struct WordSearch: Sendable {
    /// A quote found: its article's row and its place among the article's quotes.
    public struct Hit: Sendable, Hashable {
        public var article: Int64
        public var quote: Int
    }

    public var store: ArticleStore

    public init(store: ArticleStore) { self.store = store }

    /// Every quote whose text has all the words of `text` (the first
    /// `limit`, when given: a screenful while typing), in library row order.
    public func quotes(matching text: String, asTyped: Bool = false, limit: Int? = nil) throws(StoreError) -> [Hit] {
        guard let query = Self.query(text, asTyped: asTyped) else { return [] }
        return try store.read("searching quotes") { db in
            try Row.fetchAll(db, sql: """
                SELECT q.article_id, q.position FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
                WHERE quotes_fts MATCH ? ORDER BY quotes_fts.rowid LIMIT ?
                """, arguments: [query, limit ?? -1]).map { Hit(article: $0[0], quote: $0[1]) }
        }
    }

    /// Every article whose title or text has all the words, in row order.
    public func articles(matching text: String, asTyped: Bool = false) throws(StoreError) -> [Int64] {
        guard let query = Self.query(text, asTyped: asTyped) else { return [] }
        return try store.read("searching articles") { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", arguments: [query])
        }
    }

    /// The FTS5 query for what a person typed: each word quoted (so no word
    /// is taken for an operator, and "don't" stays one phrase), all of them
    /// required; the last a prefix while typing. Nil when there is no word.
    static func query(_ text: String, asTyped: Bool) -> String? {
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") })
            .map { $0.replacingOccurrences(of: "\"", with: "") }
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard !words.isEmpty else { return nil }
        var terms = words.map { "\"\($0)\"" }
        let typingAWord = asTyped && !(text.last.map { $0.isWhitespace } ?? true)
        if typingAWord { terms[terms.count - 1] += "*" }
        return terms.joined(separator: " ")
    }
}
