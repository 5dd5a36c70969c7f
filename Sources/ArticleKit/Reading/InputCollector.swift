import Foundation

/// Expands what the user named into article files, in a stable order.
///
/// A directory means every article file under it, recursively, sorted by
/// path so two runs agree. Hidden files and folders are skipped; symbolic
/// links to folders are not followed (no loops).
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
        let fm = FileManager.default
        for path in paths {
            if path == "-" { result.files.append(path); continue }
            if path.hasPrefix("http://") || path.hasPrefix("https://") { result.files.append(path); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                result.errors.append(ReadError(path: path, reason: "no such file or directory"))
                continue
            }
            if !isDir.boolValue { result.files.append(path); continue }
            guard let walker = fm.enumerator(atPath: path) else {
                result.errors.append(ReadError(path: path, reason: "cannot list directory"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                    continue
                }
                let type = walker.fileAttributes?[.type] as? FileAttributeType
                guard type == .typeRegular || type == .typeSymbolicLink else { continue }
                let ext = (name as NSString).pathExtension.lowercased()
                guard articleExtensions.contains(ext) else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                if type == .typeSymbolicLink {
                    var targetIsDir: ObjCBool = false
                    guard fm.fileExists(atPath: full, isDirectory: &targetIsDir), !targetIsDir.boolValue else { continue }
                }
                found.append(full)
            }
            found.sort { $0.compare($1, options: .numeric) == .orderedAscending }
            result.files.append(contentsOf: found)
        }
        return result
    }
}
