import Foundation

/// One feed quoth follows: its address and the tags newsboat's urls file
/// gives it.
///
/// Tags are kept as written so the file round-trips; two kinds mean
/// something, as in newsboat: "~Title" renames the feed ("a tag starting
/// with ~ is used as the feed's title"), "!tag" hides it from the feed list.
public struct Subscription: Hashable, Sendable, Codable {
    public var url: String
    public var tags: [String]

    public init(url: String, tags: [String] = []) {
        self.url = url
        self.tags = tags
    }

    /// The title a `~Title` tag gives the feed, if any.
    public var title: String? {
        tags.first { $0.hasPrefix("~") && $0.count > 1 }.map { String($0.dropFirst()) }
    }

    /// Whether `address` is something quoth can fetch: an http(s) URL with
    /// a host. newsboat's other kinds (`query:`, `exec:`, `file:`) are not.
    public static func isWebAddress(_ address: String) -> Bool {
        HTTPFetcher.isWebAddress(address) && URL(string: address)?.host != nil
    }

    /// Whether a `!` tag hides the feed from the feed list.
    public var isHidden: Bool { tags.contains { $0.hasPrefix("!") } }

    /// The tags that name categories: neither a title nor the hiding mark.
    public var categories: [String] { tags.filter { !$0.hasPrefix("~") && !$0.hasPrefix("!") } }

    /// The subscription as one urls-file line: the URL, then each tag,
    /// quoted when it holds a space, a quote, a backslash or starts with `#`.
    public var line: String {
        ([url] + tags.map(Self.quotedIfNeeded)).joined(separator: " ")
    }

    static func quotedIfNeeded(_ tag: String) -> String {
        let plain = !tag.isEmpty && !tag.hasPrefix("#")
            && !tag.contains { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" }
        guard !plain else { return tag }
        let escaped = tag.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
