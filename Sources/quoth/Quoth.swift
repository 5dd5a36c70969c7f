import ArgumentParser
import ArticleKit
import Foundation

/// `quoth`: read news in the terminal, knowing who said what.
///
/// With no subcommand quoth opens the reader; the subcommands print data
/// for scripts.
@main
struct Quoth: ParsableCommand {
    /// The release this build is; raised with each release.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "quoth",
        abstract: "A terminal reader for news that knows who said what.",
        version: "quoth \(version)",
        subcommands: [ReadCommand.self, QuotesCommand.self, SpeakersCommand.self, TextCommand.self, BenchCommand.self,
                      BenchUICommand.self, IndexCommand.self, BenchStoreCommand.self, FeedsCommand.self, FetchCommand.self],
        defaultSubcommand: ReadCommand.self)

    /// Exit status: 0 when all went well, 1 when an input was skipped,
    /// 2 for a usage error (ArgumentParser's own is 64).
    static func main() {
        let commands = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        if let typed = CommandLine.arguments.dropFirst().first, let meant = MistypedCommand.suggestion(for: typed, among: commands) {
            Diagnostics.warn("\(typed): no such command or file; did you mean `quoth \(meant)`?")
            Foundation.exit(2)
        }
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
