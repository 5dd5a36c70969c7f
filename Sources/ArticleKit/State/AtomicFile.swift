import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all, and serialises writers across processes.
///
/// Every file quoth keeps (reading state, subscriptions, the fetch ledger)
/// is rewritten whole: "a crash mid-write never leaves half a file", so the
/// bytes go to a temporary file, are synced, and renamed over the old one;
/// and "two quoth instances at once lose no update", so writers take an
/// exclusive lock on a file beside it and read again before they write.
public enum AtomicFile {
    /// Runs `body` holding an exclusive `flock` on `folder/lockName`
    /// (created when missing, with the folder).
    public static func withLock<T>(in folder: URL, named lockName: String, _ body: () throws -> T) throws -> T {
        try makeFolder(folder)
        let lockPath = folder.appendingPathComponent(lockName).path
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw failure(lockPath) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(lock, LOCK_UN) }
        return try body()
    }

    /// Writes `data` to a temporary file beside `url`, syncs it and renames
    /// it over `url`. A failed write (a full disk, a read-only folder)
    /// leaves the old file as it was.
    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o600) throws {
        let folder = url.deletingLastPathComponent()
        try makeFolder(folder)
        let stem = url.deletingPathExtension().lastPathComponent, ext = url.pathExtension
        let temporary = folder.appendingPathComponent(".\(stem)-\(getpid())\(ext.isEmpty ? "" : "." + ext).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw failure(temporary.path) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced else {
            let error = failure(temporary.path)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            let error = failure(url.path)
            unlink(temporary.path)
            throw error
        }
    }

    /// `mkdir -p`, failing with the system's reason ("Not a directory",
    /// "Read-only file system") and the path it stopped at, where
    /// FileManager says only "the operation could not be completed".
    static func makeFolder(_ folder: URL) throws {
        var path = ""
        for component in folder.standardized.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure(path) }
        }
    }

    /// The current errno as an error naming `path` ("No space left on device").
    static func failure(_ path: String) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
