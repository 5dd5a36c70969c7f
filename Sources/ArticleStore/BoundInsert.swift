import GRDB
import GRDBSQLite

/// One row of a cached INSERT, bound straight to SQLite's C API.
///
/// Indexing writes tens of rows per article; through GRDB's `execute(arguments:)`
/// each value is boxed, checked and converted, which on the BBC folder took
/// three times as long as SQLite's own work (0.8 s of writing against 0.2 s
/// for the same rows copied in SQL). Binding here costs what SQLite costs.
struct BoundInsert {
    private let statement: Statement
    private let handle: OpaquePointer
    private var index: Int32 = 0

    /// Starts a row of `statement` (from `db.cachedStatement`).
    init(_ statement: Statement) {
        self.statement = statement
        handle = statement.sqliteStatement
        sqlite3_reset(handle)
    }

    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ value: Int?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ value: String?) {
        index += 1
        guard var value else { sqlite3_bind_null(handle, index); return }
        // Bound with its length, so a NUL in an article is kept, not an end.
        let (handle, index) = (self.handle, self.index)
        value.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                // An empty string has no base address; SQLite takes "" from any pointer with length 0.
                _ = sqlite3_bind_text(handle, index, text.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(text.count), Self.transient)
            }
        }
    }

    /// Inserts the row; SQLite's error (a full disk, say) is thrown as GRDB's.
    func run(in db: Database) throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
