import Foundation

/// Paths as a reader wants them in a narrow line: relative to the folder
/// they opened (`sport/199.txt`, not `/home/ann/news/bbc/sport/199.txt`),
/// and `~` for the home folder, so the reason after a path is not cut off.
public struct PathDisplay: Sendable {
    /// The folders opened, as given, without a trailing slash.
    public var roots: [String]
    public var home: String?

    public init(roots: [String] = [], home: String? = ProcessInfo.processInfo.environment["HOME"]) {
        self.roots = roots.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.home = home.flatMap { $0.isEmpty || $0 == "/" ? nil : $0 }
    }

    /// `path`, or a message that starts with one (`PATH: reason`,
    /// `FILE:LINE: reason`), with the path made short.
    public func short(_ text: String) -> String {
        for root in roots where text.hasPrefix(root + "/") { return String(text.dropFirst(root.count + 1)) }
        if let home, text.hasPrefix(home + "/") { return "~" + text.dropFirst(home.count) }
        return text
    }
}
