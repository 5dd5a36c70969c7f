import GRDB

/// Brings the full-text tables (`quotes_fts`, `articles_fts`) up to the rows
/// they index, in one statement per table.
///
/// Rows are added to the full-text tables in bulk rather than by a trigger
/// per row: SQLite 3.40's FTS5 writes its pending terms out as a new segment
/// at the end of every statement that touches it, so a trigger per row made
/// one segment per quote, and merging those took four fifths of a first
/// index (callgrind: 60% of all instructions under `sqlite3VtabSavepoint`).
/// One statement per chunk makes one segment per chunk.
///
/// Quote and article ids only grow (`AUTOINCREMENT`), and each table's
/// `_docsize` holds one row per document indexed, so "the rows with an id
/// above the highest indexed" is exactly what is missing. Called in the
/// transaction that wrote the rows, the two can never disagree after a
/// crash; `isBehind` finds a store written by a quoth that skipped it.
enum FullTextRows {
    /// Indexes every quote and article row not yet in its full-text table.
    static func catchUp(in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO quotes_fts (rowid, text)
            SELECT id, text FROM quotes WHERE id > (SELECT ifnull(max(id), 0) FROM quotes_fts_docsize)
            """)
        try db.execute(sql: """
            INSERT INTO articles_fts (rowid, title, text)
            SELECT id, title, text FROM articles WHERE id > (SELECT ifnull(max(id), 0) FROM articles_fts_docsize)
            """)
    }

    /// Whether some quote or article row is missing from its full-text table.
    static func isBehind(in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT (SELECT ifnull(max(id), 0) FROM quotes) > (SELECT ifnull(max(id), 0) FROM quotes_fts_docsize)
                OR (SELECT ifnull(max(id), 0) FROM articles) > (SELECT ifnull(max(id), 0) FROM articles_fts_docsize)
            """) ?? false
    }
}
