import ArgumentParser
import ArticleKit

/// `quoth feeds export`: the subscriptions as OPML on standard output.
struct FeedsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the feeds as OPML, grouped by their first tag.")

    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        var out = OutputBuffer(safety: .forStandardOutput(json: false))
        out.text(OPML.document(try options.load().subscriptions))
        out.flush()
    }
}
