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

    @OptionGroup var inputs: InputOptions

    func run() throws {
        var out = OutputBuffer()
        // With one article the text is printed bare; from the second on,
        // each goes under a `==> source <==` line, the first one included.
        var pending: Article?
        var count = 0
        let skipped = inputs.forEachArticle { article in
            count += 1
            if format == .jsonl {
                out.text(ArticleTextExport.render(article, format: .jsonl))
                return
            }
            if let first = pending {
                out.text(ArticleTextExport.render(first, format: .text, withHeader: true))
                pending = nil
            }
            if count == 1 {
                pending = article
            } else {
                out.text("\n" + ArticleTextExport.render(article, format: .text, withHeader: true))
            }
        }
        if let only = pending { out.text(ArticleTextExport.render(only, format: .text, withHeader: false)) }
        out.flush()
        if skipped { throw ExitCode(1) }
    }
}

extension ArticleTextExport.Format: ExpressibleByArgument {}

private extension OutputBuffer {
    /// Text that already ends in its own newline.
    mutating func text(_ s: String) {
        line(String(s.dropLast()))
    }
}
