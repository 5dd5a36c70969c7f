import ArgumentParser
import ArticleKit
import Foundation

/// `quoth feeds add URL [TAG...]`.
struct FeedsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Subscribe to a feed, with optional tags (\"~Title\" names it).")

    @Argument(help: "The feed's http(s) address.")
    var url: String

    @Argument(help: "Tags for the feed.")
    var tags: [String] = []

    @OptionGroup var options: SubscriptionOptions

    func validate() throws {
        guard Subscription.isWebAddress(url) else {
            throw ValidationError("\(url): not an http(s) feed address")
        }
    }

    func run() throws {
        var changed = false
        try options.update { changed = $0.add(Subscription(url: url, tags: tags)) }
        print(changed ? "added \(url)" : "\(url) is already listed", "(\(options.file.url.path))")
    }
}
