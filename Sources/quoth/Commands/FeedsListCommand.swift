import ArgumentParser
import ArticleKit
import Foundation

/// `quoth feeds list`: every feed with what the last fetch left of it.
struct FeedsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the feeds: articles kept, title, address, tags, and why the last fetch failed.")

    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        let list = try options.load()
        let ledger = options.ledger()
        var out = OutputBuffer(safety: .forStandardOutput(json: false))
        var unreadable: String?
        for feed in list.subscriptions {
            var status: FeedStatus?
            do {
                status = try ledger.status(of: feed.url)
            } catch {
                // The store answers every feed or none: said once.
                if unreadable == nil { unreadable = "\(error)"; Diagnostics.warn("\(error)") }
            }
            let count = status.map { String($0.articleCount) } ?? "-"
            var line = String(repeating: " ", count: max(0, 5 - count.count)) + count
            line += "  " + (feed.title ?? status?.title ?? (status == nil ? "(not fetched yet)" : "(untitled)"))
            line += "  " + feed.url
            let tags = feed.categories
            if !tags.isEmpty { line += "  [" + tags.joined(separator: ", ") + "]" }
            if feed.isHidden { line += "  (hidden)" }
            if let error = status?.lastError { line += "  last fetch failed: " + error }
            // One line a feed, even when a title holds a line break.
            out.line(line.replacingOccurrences(of: "\n", with: " "))
        }
        if list.subscriptions.isEmpty {
            Diagnostics.warn("no feeds yet: add one with `quoth feeds add URL` (they are kept in \(options.file.url.path))")
        }
        out.flush()
    }
}
