import ArgumentParser
import ArticleKit
import Foundation

/// `quoth`: read news in the terminal, knowing who said what.
///
/// With no subcommand quoth opens the reader; the subcommands print data
/// for scripts.
@main
struct Quoth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quoth",
        abstract: "A terminal reader for news that knows who said what.",
        subcommands: [ReadCommand.self, QuotesCommand.self, SpeakersCommand.self, TextCommand.self, BenchCommand.self,
                      BenchUICommand.self],
        defaultSubcommand: ReadCommand.self)

    /// Exit status: 0 when all went well, 1 when an input was skipped,
    /// 2 for a usage error (ArgumentParser's own is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
