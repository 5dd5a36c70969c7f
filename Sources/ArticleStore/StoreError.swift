import Foundation
import GRDB

/// Why the store could not be used, in one line that names the file.
///
/// Never fatal to a run: "A full disk or a read-only data directory ends in
/// one clear warning. quoth still reads what it is given." The caller shows
/// `description` once and goes on without the store.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }

    /// The store's error for `error` thrown while using the database at `path`.
    static func from(_ error: Error, path: String, doing: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let db = error as? DatabaseError else {
            return StoreError(path: path, reason: "\(doing) failed (\(error.localizedDescription))")
        }
        switch db.resultCode {
        case .SQLITE_FULL:
            return StoreError(path: path, reason: "\(doing) failed: the disk is full; the store keeps what it had")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return StoreError(path: path, reason: "\(doing) failed: the data folder cannot be written (\(db.message ?? "read-only")); set XDG_DATA_HOME to a writable folder")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(path: path, reason: "\(doing) failed: another quoth held the database too long; try again")
        case .SQLITE_IOERR:
            return StoreError(path: path, reason: "\(doing) failed: input/output error (\(db.message ?? "I/O")); is the disk full or failing?")
        default:
            return StoreError(path: path, reason: "\(doing) failed (\(db.message ?? "\(db.resultCode)"))")
        }
    }
}
