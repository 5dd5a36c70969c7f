import GRDB
import GRDBSQLite

/// The rows of a query over a list of row ids, read column by column
/// straight from SQLite's C API.
///
/// A speaker's quotes across 100,000 articles come from some 20,000 quote
/// rows of 21 columns; through GRDB's `Row` each column read is a boxed
/// conversion, and reading them took most of `quoth quotes --store --speaker`.
struct SteppedRows {
    private let statement: Statement
    private let handle: OpaquePointer
    private let db: Database

    /// Runs `sql` with `ids` bound to its parameters in order.
    init(_ sql: String, ids: [Int64], in db: Database) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        self.db = db
        for (i, id) in ids.enumerated() { sqlite3_bind_int64(handle, Int32(i + 1), id) }
    }

    /// Runs `sql` with `arguments` (a full-text query beside row ids).
    init(_ sql: String, arguments: StatementArguments, in db: Database) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        handle = statement.sqliteStatement
        self.db = db
    }

    /// Moves to the next row; false after the last.
    func next() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return false
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    /// The column's text, kept whole even when it holds a NUL.
    func string(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }
}
