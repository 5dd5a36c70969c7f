import ArgumentParser
import ArticleKit

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read")
    func run() throws {}
}
