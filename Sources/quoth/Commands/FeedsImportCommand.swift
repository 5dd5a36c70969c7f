import ArgumentParser
import ArticleKit

/// `quoth feeds import FILE.opml`.
struct FeedsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the feeds of an OPML file (the folders they are in become tags).")

    @Argument(help: "An OPML file, as feed readers export them.")
    var file: String

    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        let found: (subscriptions: [Subscription], warnings: [String])
        do {
            found = try OPML.subscriptions(atPath: file)
        } catch {
            Diagnostics.warn(error.description)
            throw ExitCode(1)
        }
        for warning in found.warnings { Diagnostics.warn(warning) }
        var added = 0
        try options.update { list in
            for subscription in found.subscriptions where list.add(subscription) { added += 1 }
        }
        let known = found.subscriptions.count - added
        print("imported \(added) feed\(added == 1 ? "" : "s")" + (known > 0 ? " (\(known) already listed)" : "")
              + " into \(options.file.url.path)")
        if !found.warnings.isEmpty { throw ExitCode(1) }
    }
}
