import ArticleKit

/// How far `R`'s reload of every feed has got: what the status line counts
/// while it runs and sums up when it is over.
public struct FeedReload: Hashable, Sendable {
    public var total: Int
    public private(set) var done = 0
    public private(set) var newArticles = 0
    public private(set) var notModified = 0
    /// `URL: reason`, one a failed feed, in the order they failed.
    public private(set) var failures: [String] = []
    /// Why what was fetched could not be kept (a read-only data folder), once.
    public var saveError: String?
    /// Set on the last report: every feed is in (or the reload could not start).
    public var finished = false

    public init(total: Int) {
        self.total = total
    }

    /// Counts one feed's result, and the error keeping it raised, if any.
    public mutating func add(_ result: FeedFetchResult, error: Error? = nil) {
        done += 1
        switch result.outcome {
        case .updated(let update): newArticles += update.newItems.count
        case .notModified: notModified += 1
        case .failed(let reason): failures.append("\(result.url): \(reason)")
        }
        if let error, saveError == nil { saveError = "cannot keep what was fetched: \(error.localizedDescription)" }
    }

    /// "fetching 3/12 feeds…", for the status line while it runs.
    public var progress: String { "fetching \(done)/\(total) \(total == 1 ? "feed" : "feeds")…" }

    /// "12 feeds: 5 new articles, 1 failed — ! lists them", when it is over.
    public var summary: String {
        var text = "\(total) \(total == 1 ? "feed" : "feeds"): \(newArticles) new \(newArticles == 1 ? "article" : "articles")"
        if !failures.isEmpty { text += ", \(failures.count) failed — ! lists them" }
        if let saveError { text += "; " + saveError }
        return text
    }
}
