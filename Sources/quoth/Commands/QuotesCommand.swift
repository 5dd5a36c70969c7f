import ArgumentParser
import ArticleKit

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes")
    func run() throws {}
}
