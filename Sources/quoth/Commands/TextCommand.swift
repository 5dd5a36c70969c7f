import ArgumentParser
import ArticleKit
import Foundation

/// `quoth text`: prints the text quoth reads from each input — what the
/// reader shows and what quote offsets count into.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text quoth reads from articles, pages, feeds or URLs.",
        discussion: "Offsets in `quoth quotes` output count Unicode code points into this text.")

    @Option(help: "Output format: text, or jsonl (one JSON object per article).")
    var format: ArticleTextExport.Format = .text

    @Argument(help: "Files, folders, feeds or http(s) URLs; - reads standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file, folder or URL.") }
    }

    func run() throws {
        let collected = InputCollector.collect(paths)
        var skipped = !collected.errors.isEmpty
        for error in collected.errors { warn(error) }
        let reader = ArticleReader()
        let withHeaders = format == .text && collected.files.count > 1
        for file in collected.files {
            do {
                for article in try reader.read(file) {
                    FileHandle.standardOutput.write(Data(ArticleTextExport.render(article, format: format,
                                                                                  withHeader: withHeaders).utf8))
                }
            } catch {
                skipped = true
                warn(error)
            }
        }
        if skipped { throw ExitCode(1) }
    }

    private func warn(_ error: ReadError) {
        FileHandle.standardError.write(Data("quoth: \(error)\n".utf8))
    }
}

extension ArticleTextExport.Format: ExpressibleByArgument {}
