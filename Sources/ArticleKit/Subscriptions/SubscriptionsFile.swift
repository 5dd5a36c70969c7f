import Foundation

/// Where the urls file lives, and reading and writing it.
///
/// `$XDG_CONFIG_HOME/quoth/urls`, else `~/.config/quoth/urls`, beside the
/// config file: newsboat keeps its urls file beside its config too, so a
/// newsboat user can link one to the other.
public struct SubscriptionsFile: Sendable {
    public var url: URL

    public init(url: URL) { self.url = url }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SubscriptionsFile {
        SubscriptionsFile(url: XDGBaseDirectory.config.quothURL("urls", environment: environment))
    }

    /// The list and a warning for each line skipped. A missing file is an
    /// empty list; an unreadable one is an error naming the file.
    public func load() throws(ReadError) -> (list: SubscriptionList, warnings: [String]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (SubscriptionList(), []) }
        let data = try ArticleReader(maximumFileSize: 16 << 20).load(url.path)
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(data)
        } catch {
            throw ReadError(path: url.path, reason: error.description)
        }
        return SubscriptionList.parse(decoded.text, source: url.path)
    }

    /// Writes `list` back whole (comments and skipped lines as they were),
    /// under a lock so two `quoth feeds add` at once both land: the file
    /// is read again inside the lock and `change` applied to what is there.
    public func update(_ change: (inout SubscriptionList) -> Void) throws -> SubscriptionList {
        try AtomicFile.withLock(in: url.deletingLastPathComponent(), named: ".urls.lock") {
            var list = try load().list
            change(&list)
            try AtomicFile.write(Data(list.text.utf8), to: url, permissions: 0o644)
            return list
        }
    }
}
