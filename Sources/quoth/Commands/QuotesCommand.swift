import ArgumentParser
import ArticleKit
import Foundation

/// `quoth quotes`: every quotation, who said it, and where.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotations in articles, with their speakers.")

    @Option(help: "Output format: text, jsonl, csv or markdown.")
    var format: QuoteExporter.Format = .text

    @Option(help: "Only quotes by this speaker (any name form the article uses; case-insensitive).")
    var speaker: String?

    @Option(help: "Only quotes containing this text (case- and accent-insensitive).")
    var grep: String?

    @OptionGroup var inputs: InputOptions

    func run() throws {
        var out = OutputBuffer()
        let style = TerminalStyle.forStandardOutput()
        if format == .csv { out.line(QuoteExporter.csvHeader) }
        let skipped = inputs.forEachArticle { article in
            let quotes = article.quotes.filter { matches($0, in: article) }
            guard !quotes.isEmpty else { return }
            switch format {
            case .jsonl:
                for q in quotes { out.line(QuoteExporter.jsonLine(q, in: article)) }
            case .csv:
                for q in quotes { out.line(QuoteExporter.csvLine(q, in: article)) }
            case .markdown:
                out.line(QuoteExporter.markdownHeader(article))
                for q in quotes { out.line(QuoteExporter.markdownLine(q, in: article)) }
                out.line("")
            case .text:
                out.line(style.heading(article.title.isEmpty ? article.source : "\(article.title)  (\(article.source))"))
                for q in quotes { out.line(TextReport.quoteLine(q, in: article, style: style)) }
                out.line("")
            }
        }
        out.flush()
        if skipped { throw ExitCode(1) }
    }

    func matches(_ quote: Quote, in article: Article) -> Bool {
        if let wanted = speaker {
            guard let i = quote.speaker, SearchText.matchesName(wanted, article.speakers[i]) else { return false }
        }
        if let needle = grep, !SearchText.contains(quote.text, needle) { return false }
        return true
    }
}

extension QuoteExporter.Format: ExpressibleByArgument {}
