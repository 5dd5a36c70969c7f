import ArgumentParser
import ArticleKit

struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "speakers")
    func run() throws {}
}
