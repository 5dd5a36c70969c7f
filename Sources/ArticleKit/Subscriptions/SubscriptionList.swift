/// The feeds of a urls file, in newsboat's format, with every other line
/// kept so writing it back changes only what was changed.
///
/// The format, as newsboat's documentation gives it: "one URL per line,
/// optionally followed by tags separated by whitespace; tags with spaces
/// in double quotes; lines starting with # are comments". A newsboat user
/// can point quoth at their own file: the lines quoth cannot follow
/// (`query:`, `exec:`, `filter:` feeds) are kept as written, skipped, and
/// named once in a warning.
public struct SubscriptionList: Sendable {
    enum Line: Sendable {
        /// A feed; `raw` is the line as read, written back unchanged while
        /// the subscription is.
        case feed(Subscription, raw: String?)
        /// A comment, a blank line, or a line quoth skips.
        case other(String)
    }

    var lines: [Line] = []

    public init() {}

    public init(_ subscriptions: [Subscription]) {
        lines = subscriptions.map { .feed($0, raw: nil) }
    }

    /// The feeds, in file order.
    public var subscriptions: [Subscription] {
        lines.compactMap { if case .feed(let s, _) = $0 { s } else { nil } }
    }

    /// Reads a urls file's text; `source` names it in warnings
    /// ("~/.config/quoth/urls line 4: …"). Never fails: a line that cannot
    /// be followed is kept, and a warning says why it is skipped.
    public static func parse(_ text: String, source: String) -> (list: SubscriptionList, warnings: [String]) {
        var list = SubscriptionList()
        var warnings: [String] = []
        var seen = Set<String>()
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        for (index, row) in rows.enumerated() {
            let place = "\(source) line \(index + 1)"
            let tokens = tokenize(row)
            guard let url = tokens.first else {
                list.lines.append(.other(row))
                continue
            }
            if let reason = unsupported(url) {
                warnings.append("\(place): \(reason); skipped (`\(row.trimmingCharacters(in: .whitespaces))`)")
                list.lines.append(.other(row))
            } else if !Subscription.isWebAddress(url) {
                warnings.append("\(place): not an http(s) feed address; skipped (`\(url)`)")
                list.lines.append(.other(row))
            } else if !seen.insert(url).inserted {
                warnings.append("\(place): \(url) is already listed above; this line is skipped")
                list.lines.append(.other(row))
            } else {
                list.lines.append(.feed(Subscription(url: url, tags: Array(tokens.dropFirst())), raw: row))
            }
        }
        return (list, warnings)
    }

    /// Why newsboat's special feed lines are not followed here.
    static func unsupported(_ first: String) -> String? {
        if first.hasPrefix("query:") { return "query feeds are newsboat's searches over articles it keeps; quoth has none" }
        if first.hasPrefix("exec:") { return "exec feeds run a command; quoth runs no command named in the urls file" }
        if first.hasPrefix("filter:") { return "filter feeds pipe through a command; quoth runs no command named in the urls file" }
        return nil
    }

    /// The file's text: untouched lines as they were read, changed and new
    /// feeds in the canonical form.
    public var text: String {
        lines.map { line in
            switch line {
            case .feed(let subscription, let raw): raw ?? subscription.line
            case .other(let raw): raw
            }
        }.map { $0 + "\n" }.joined()
    }

    /// Adds a feed at the end, or, when its URL is listed already, merges
    /// the new tags into its own. Returns whether anything changed.
    @discardableResult
    public mutating func add(_ subscription: Subscription) -> Bool {
        guard let index = lines.firstIndex(where: { if case .feed(let s, _) = $0 { s.url == subscription.url } else { false } }) else {
            lines.append(.feed(subscription, raw: nil))
            return true
        }
        guard case .feed(var existing, _) = lines[index] else { return false }
        let added = subscription.tags.filter { !existing.tags.contains($0) }
        guard !added.isEmpty else { return false }
        existing.tags += added
        lines[index] = .feed(existing, raw: nil)
        return true
    }

    /// Splits a line into words as newsboat does: whitespace separates,
    /// double quotes group (with `\"` and `\\` inside), and a `#` that
    /// starts a word begins a comment.
    static func tokenize(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inToken = false, quoted = false, escaped = false
        for c in line {
            if quoted {
                if escaped { current.append(c); escaped = false }
                else if c == "\\" { escaped = true }
                else if c == "\"" { quoted = false }
                else { current.append(c) }
                continue
            }
            if c == " " || c == "\t" || c == "\r" {
                if inToken { tokens.append(current); current = ""; inToken = false }
            } else if c == "#" && !inToken {
                break
            } else if c == "\"" {
                quoted = true
                inToken = true
            } else {
                current.append(c)
                inToken = true
            }
        }
        if inToken { tokens.append(current) }
        return tokens
    }
}
