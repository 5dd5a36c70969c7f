import ArgumentParser
import ArticleKit

@main
struct Quoth: ParsableCommand {
    func run() throws {}
}
