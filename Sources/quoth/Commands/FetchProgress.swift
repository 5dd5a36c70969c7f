import ArticleKit
import Foundation

/// What `quoth fetch` shows while it works: on a terminal one stderr line
/// rewritten as each feed finishes, failures printed above it; the counts
/// for the closing summary either way.
struct FetchProgress {
    let total: Int
    let onTerminal: Bool
    private(set) var done = 0
    private(set) var newArticles = 0
    private(set) var summariesOnly = 0
    private(set) var notModified = 0
    private(set) var failed = 0

    init(total: Int, onTerminal: Bool) {
        self.total = total
        self.onTerminal = onTerminal
    }

    mutating func add(_ result: FeedFetchResult) {
        done += 1
        switch result.outcome {
        case .updated(let update):
            newArticles += update.newItems.count
            summariesOnly += update.newItems.filter { $0.note != nil }.count
        case .notModified:
            notModified += 1
        case .failed(let reason):
            failed += 1
            report("\(result.url): \(reason)")
        }
        draw()
    }

    /// One line on stderr, in place of the progress line when there is
    /// one (the next `draw` puts it back below).
    func report(_ message: String) {
        if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        Diagnostics.warn(message)
    }

    func draw() {
        guard onTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[Kfetching \(done)/\(total) feeds: \(counts)".utf8))
    }

    func finish() {
        guard onTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// "fetched 12 feeds: 40 new articles, 8 not modified, 1 failed".
    var summary: String { "fetched \(total) feed\(total == 1 ? "" : "s"): \(counts)" }

    private var counts: String {
        var parts = ["\(newArticles) new article\(newArticles == 1 ? "" : "s")"]
        if summariesOnly > 0 { parts[0] += " (\(summariesOnly) only as summaries)" }
        parts.append("\(notModified) not modified")
        parts.append("\(failed) failed")
        return parts.joined(separator: ", ")
    }
}
