import ArgumentParser
import ArticleKit
import ArticleStore
import Foundation

/// `quoth fetch`: fetches every subscribed feed and keeps what is new.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every feed in the urls file and keep the new articles.",
        discussion: """
            Feeds are fetched in parallel with conditional GET (a feed that has not changed \
            costs one short request), a timeout and a size cap. Each article is kept once (by \
            guid, else link); an item that carries only a summary is read from its page. On a \
            terminal one line shows progress; piped, one line sums up. Each feed that fails gets \
            one line, `quoth: URL: reason`, and the exit status is 1.
            """)

    @Option(help: "Requests at once, feeds and pages together.")
    var jobs = 8

    @Option(help: "Seconds one feed or page may take.")
    var timeout = 20

    @Flag(help: "Keep summaries as they are: fetch no article pages.")
    var noPages = false

    @OptionGroup var options: SubscriptionOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
    }

    func run() throws {
        let feeds = try options.load().subscriptions
        guard !feeds.isEmpty else {
            Diagnostics.warn("no feeds to fetch: add one with `quoth feeds add URL` (they are kept in \(options.file.url.path))")
            return
        }
        var ledger = options.ledger()
        let fetcher = FeedFetcher(concurrency: jobs, timeout: TimeInterval(timeout), fetchesPages: !noPages)
        var progress = FetchProgress(total: feeds.count, onTerminal: isatty(STDERR_FILENO) == 1)
        var saveFailure: String?
        progress.draw()
        let path = ledger.path
        _ = try fetcher.refresh(feeds, into: &ledger) { result, error in
            if let error, saveFailure == nil {
                let reason = (error as? StoreError)?.description ?? "\(path): cannot save (\((error as NSError).localizedDescription))"
                saveFailure = "\(reason); new articles are not kept"
                progress.report(saveFailure!)
            }
            progress.add(result)
        }
        progress.finish()
        print(progress.summary)
        if progress.failed > 0 || saveFailure != nil { throw ExitCode(1) }
    }
}
