/// What a server said about a feed's last version, to ask next time
/// whether it changed: the ETag and the Last-Modified date, sent back as
/// If-None-Match and If-Modified-Since (RFC 9110's conditional GET). A
/// server that answers 304 Not Modified sends no body at all.
public struct FeedValidators: Hashable, Sendable, Codable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }

    /// A header value fit to send back: trimmed, at most 1,000 characters,
    /// printable ASCII only, since it goes into our next request's headers.
    static func field(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 1000,
              trimmed.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else { return nil }
        return trimmed
    }
}
