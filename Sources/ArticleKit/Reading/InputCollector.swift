import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Expands what the user named into article files, in a stable order.
///
/// A directory means every article file under it, recursively, sorted so
/// two runs agree ("2.txt" before "10.txt"). Hidden files and folders are
/// skipped; symbolic links to folders are not followed, so a link loop
/// cannot trap the walk.
public enum InputCollector {
    /// File endings read as articles when found inside a folder. A file
    /// named directly is always tried, whatever its ending.
    public static let articleExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom",
    ]

    public struct Collected: Sendable {
        public var files: [String]
        public var errors: [ReadError]
    }

    public static func collect(_ paths: [String]) -> Collected {
        var result = Collected(files: [], errors: [])
        for path in paths {
            if path == "-" || path.hasPrefix("http://") || path.hasPrefix("https://") {
                result.files.append(path)
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                result.errors.append(ReadError(path: path, reason: ArticleReader.reason(errno: errno)))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else { result.files.append(path); continue }
            var found: [String] = []
            walk(path.hasSuffix("/") ? String(path.dropLast()) : path, into: &found, errors: &result.errors)
            // Compared as byte arrays made once, not through String views
            // each time: sorting a folder of thousands of files showed.
            let keys = found.map { Array($0.utf8) }
            found = keys.indices.sorted { naturalOrder(keys[$0], keys[$1]) }.map { found[$0] }
            result.files.append(contentsOf: found)
        }
        return result
    }

    /// Lists a folder with readdir, whose entry types spare a stat per file.
    private static func walk(_ dir: String, into found: inout [String], errors: inout [ReadError]) {
        guard let handle = opendir(dir) else {
            errors.append(ReadError(path: dir, reason: "cannot list directory: \(String(cString: strerror(errno)).lowercased())"))
            return
        }
        defer { closedir(handle) }
        var subfolders: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            let full = dir + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == DT_UNKNOWN || type == DT_LNK {
                // Follow a link only to a file; never into a folder.
                var info = stat()
                guard stat(full, &info) == 0 else { continue }
                let isDir = (info.st_mode & S_IFMT) == S_IFDIR
                if isDir && type == DT_LNK { continue }
                type = isDir ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_UNKNOWN)
            }
            if type == DT_DIR {
                subfolders.append(full)
            } else if type == DT_REG, let dot = name.lastIndex(of: "."),
                      articleExtensions.contains(name[name.index(after: dot)...].lowercased()) {
                found.append(full)
            }
        }
        for folder in subfolders { walk(folder, into: &found, errors: &errors) }
    }

    /// Compares paths with runs of digits as numbers: "sport/2.txt" < "sport/10.txt".
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        naturalOrder(Array(a.utf8), Array(b.utf8))
    }

    /// The same over UTF-8 bytes.
    static func naturalOrder(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = 0, j = 0
                while i < a.count, j < b.count {
                    let p = a[i], q = b[j]
                    if isDigit(p) && isDigit(q) {
                        var m = 0, n = 0, mDigits = 0, nDigits = 0
                        while i < a.count, isDigit(a[i]) { m = m &* 10 &+ Int(a[i] - 48); mDigits += 1; i += 1 }
                        while j < b.count, isDigit(b[j]) { n = n &* 10 &+ Int(b[j] - 48); nDigits += 1; j += 1 }
                        if m != n { return m < n }
                        if mDigits != nDigits { return mDigits < nDigits }
                        continue
                    }
                    if p != q { return p < q }
                    i += 1; j += 1
                }
                return i == a.count && j < b.count
            }
        }
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
