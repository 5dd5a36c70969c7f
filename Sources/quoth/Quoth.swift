import ArgumentParser
import ArticleKit

/// `quoth`: read news in the terminal, knowing who said what.
///
/// With no subcommand quoth opens the reader; the subcommands print data
/// for scripts.
@main
struct Quoth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quoth",
        abstract: "A terminal reader for news that knows who said what.",
        subcommands: [ReadCommand.self, QuotesCommand.self, SpeakersCommand.self, TextCommand.self, BenchUICommand.self],
        defaultSubcommand: ReadCommand.self)
}
