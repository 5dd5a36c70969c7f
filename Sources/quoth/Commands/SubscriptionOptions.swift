import ArgumentParser
import ArticleKit
import Foundation

/// Where the feed commands find the urls file and the fetch ledger.
struct SubscriptionOptions: ParsableArguments {
    @Option(name: .customLong("urls"), help: ArgumentHelp(
        "The urls file (default: $XDG_CONFIG_HOME/quoth/urls, else ~/.config/quoth/urls); newsboat's works as it is.",
        valueName: "file"))
    var urlsPath: String?

    var file: SubscriptionsFile {
        urlsPath.map { SubscriptionsFile(url: URL(fileURLWithPath: $0)) } ?? .standard()
    }

    /// The subscriptions, each skipped line warned about once on stderr.
    /// An unreadable file is an error that ends the command (exit 1).
    func load() throws -> SubscriptionList {
        do {
            let (list, warnings) = try file.load()
            for warning in warnings { Diagnostics.warn(warning) }
            return list
        } catch {
            Diagnostics.warn(error.description)
            throw ExitCode(1)
        }
    }

    /// The fetch ledger: the store (feeds.json moved in the first time), else
    /// feeds.json; its warnings (a store that cannot be opened, a corrupt
    /// file set aside) on stderr.
    func ledger() -> FeedLedger {
        let (ledger, warnings) = FeedLedger.open()
        warnings.forEach(Diagnostics.warn)
        return ledger
    }

    /// Applies `change` to the urls file, or says in one line why it could not be written.
    func update(_ change: (inout SubscriptionList) -> Void) throws {
        do {
            _ = try file.update(change)
        } catch let error as ReadError {
            Diagnostics.warn(error.description)
            throw ExitCode(1)
        } catch {
            Diagnostics.warn("\(file.url.path): cannot write (\((error as NSError).localizedDescription))")
            throw ExitCode(1)
        }
    }
}
