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

    @Option(help: "Output format: text, jsonl (one JSON object per article), csv or markdown.")
    var format: ArticleTextExport.Format = .text

    @Flag(help: "Leave out the title line (text, jsonl, csv): the article body alone, as extraction scorers read it; quote offsets then do not apply.")
    var body = false

    @OptionGroup var inputs: InputOptions

    func validate() throws { try inputs.requirePaths() }

    func run() throws {
        var out = OutputBuffer(safety: .forStandardOutput(json: format == .jsonl))
        let format = format, bodyOnly = body
        if format == .csv { out.line(ArticleTextExport.csvHeader) }
        // With one article the text is printed bare; from the second on,
        // each goes under a `==> source <==` line, the first one included.
        var pending: (article: Article, text: String)?
        var count = 0
        let skipped = inputs.forEachArticle(render: { ArticleTextExport.render($0, format: format, bodyOnly: bodyOnly) },
                                            afterBatch: { out.flush() }) { article, text in
            count += 1
            guard format == .text else {
                // Markdown documents follow one another a blank line apart.
                out.text(format == .markdown && count > 1 ? "\n" + text : text)
                return
            }
            if let first = pending {
                out.text(ArticleTextExport.header(first.article) + first.text)
                pending = nil
            }
            if count == 1 {
                pending = (article, text)
            } else {
                out.text("\n" + ArticleTextExport.header(article) + text)
            }
        }
        if let only = pending { out.text(only.text) }
        out.flush()
        if skipped { throw ExitCode(1) }
    }
}

extension ArticleTextExport.Format: ExpressibleByArgument {}
