import Foundation

/// A `FetchLedger` in one JSON file, `$XDG_DATA_HOME/quoth/feeds.json`
/// (default `~/.local/share/quoth/feeds.json`), articles included.
///
/// Where `quoth fetch` kept feeds before the SQLite store, and where it
/// keeps them still when the store cannot be opened (a read-only data
/// folder); the store takes the file over when it next opens. Like the
/// reading state, it is never in the way and never half written: a missing
/// file is an empty ledger, a corrupt one is reported once and set aside,
/// and each record is written under a lock over a fresh
/// read of the file, renamed into place, so two fetches at once lose nothing.
public struct JSONFetchLedger: FetchLedger, Sendable {
    /// The file's contents.
    struct Contents: Codable, Sendable {
        var version = 1
        var feeds: [String: Feed] = [:]
    }

    struct Feed: Codable, Sendable {
        var title: String?
        var validators = FeedValidators()
        var finalURL: String?
        var lastFetched: Date?
        var lastError: String?
        var articles: [StoredArticle] = []
    }

    /// An article as kept: what the reader shows of it.
    struct StoredArticle: Codable, Sendable {
        var key: String
        var source: String
        var title: String
        var metadata: Metadata
        var text: String
        var fromPage: Bool
        var note: String?
        var fetched: Date
    }

    public let url: URL
    private(set) var contents: Contents

    init(url: URL, contents: Contents) {
        self.url = url
        self.contents = contents
    }

    /// Opens the ledger at `url`; `warning` says why a file that was there
    /// could not be used (it is then moved aside to `NAME.corrupt`, and
    /// the feeds are fetched afresh).
    public static func open(_ url: URL) -> (ledger: JSONFetchLedger, warning: String?) {
        switch load(url) {
        case .success(let contents):
            return (JSONFetchLedger(url: url, contents: contents), nil)
        case .failure(let reason):
            let aside = url.appendingPathExtension("corrupt")
            try? FileManager.default.removeItem(at: aside)
            let moved = (try? FileManager.default.moveItem(at: url, to: aside)) != nil
            let warning = "\(url.path): unreadable feed ledger (\(reason))" + (moved ? "; moved aside to \(aside.lastPathComponent)" : "")
            return (JSONFetchLedger(url: url, contents: Contents()), warning)
        }
    }

    /// `$XDG_DATA_HOME/quoth/feeds.json`, else `~/.local/share/quoth/feeds.json`.
    public static func standardURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDGBaseDirectory.data.quothURL("feeds.json", environment: environment)
    }

    private static func load(_ url: URL) -> Result<Contents, LoadFailure> {
        guard FileManager.default.fileExists(atPath: url.path) else { return .success(Contents()) }
        do {
            let data = try ArticleReader(maximumFileSize: 1 << 30).load(url.path)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return .success(try decoder.decode(Contents.self, from: data))
        } catch let error as ReadError {
            return .failure(LoadFailure(description: error.reason))
        } catch {
            return .failure(LoadFailure(description: "not quoth's JSON"))
        }
    }

    private struct LoadFailure: Error, CustomStringConvertible { var description: String }

    public func validators(for feed: String) -> FeedValidators { contents.feeds[feed]?.validators ?? FeedValidators() }

    public func knownItemKeys(for feed: String) -> Set<String> { Set(contents.feeds[feed]?.articles.map(\.key) ?? []) }

    public func status(of feed: String) -> FeedStatus? {
        guard let record = contents.feeds[feed] else { return nil }
        return FeedStatus(title: record.title, articleCount: record.articles.count, lastFetched: record.lastFetched,
                          lastError: record.lastError, finalURL: record.finalURL)
    }

    /// The articles kept from `feed`, oldest first, as the reader would show them.
    public func articles(of feed: String) -> [Article] {
        (contents.feeds[feed]?.articles ?? []).map(Self.article(from:))
    }

    /// An article kept from a feed as a list shows it: nothing read or analysed.
    public struct Kept: Hashable, Sendable {
        public var source: String
        public var title: String
        public var metadata: Metadata
        public var fetched: Date
    }

    /// What is kept of `feed`'s articles, oldest first, without reading any:
    /// a feed's list must not analyse 500 articles to show their titles.
    public func kept(of feed: String) -> [Kept] {
        (contents.feeds[feed]?.articles ?? []).map { Kept(source: $0.source, title: $0.title, metadata: $0.metadata, fetched: $0.fetched) }
    }

    /// The article kept from `feed` as `source`, read and analysed; nil when none is.
    public func article(_ source: String, of feed: String) -> Article? {
        contents.feeds[feed]?.articles.first { $0.source == source }.map(Self.article(from:))
    }

    static func article(from stored: StoredArticle) -> Article {
        var article = ArticleReader.plainText(stored.text, source: stored.source)
        article.metadata = stored.metadata
        if let note = stored.note { article.warnings.append(note) }
        return article
    }

    public mutating func record(_ result: FeedFetchResult, at date: Date) throws {
        let url = self.url
        contents = try AtomicFile.withLock(in: url.deletingLastPathComponent(), named: ".feeds.lock") {
            // Read again under the lock: another quoth may have written since.
            var fresh = (try? Self.load(url).get()) ?? contents
            fresh.feeds[result.url] = Self.applying(result, at: date, to: fresh.feeds[result.url] ?? Feed())
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            try AtomicFile.write(try encoder.encode(fresh), to: url)
            return fresh
        }
    }

    static func applying(_ result: FeedFetchResult, at date: Date, to feed: Feed) -> Feed {
        var feed = feed
        feed.lastFetched = date
        if let finalURL = result.finalURL { feed.finalURL = finalURL }
        switch result.outcome {
        case .failed(let reason):
            feed.lastError = reason
        case .notModified:
            feed.lastError = nil
        case .updated(let update):
            feed.lastError = nil
            feed.title = update.title ?? feed.title
            feed.validators = update.validators
            var known = Set(feed.articles.map(\.key))
            for item in update.newItems where known.insert(item.key).inserted {
                feed.articles.append(StoredArticle(key: item.key, source: item.article.source, title: item.article.title,
                                                   metadata: item.article.metadata, text: item.article.text,
                                                   fromPage: item.isFromPage, note: item.note, fetched: date))
            }
        }
        return feed
    }
}
