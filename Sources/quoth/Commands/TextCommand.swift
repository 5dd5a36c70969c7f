import ArgumentParser
import ArticleKit

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text")
    func run() throws {}
}
