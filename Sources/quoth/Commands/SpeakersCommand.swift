import ArgumentParser
import ArticleKit
import ArticleStore
import Foundation

/// `quoth speakers`: everyone quoted, one line per person across all inputs.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List everyone quoted, with role, name forms, quote and article counts.",
        discussion: """
            The same person across articles is one line ("Tony Blair" here and \
            "Mr Blair" there); two people who share a surname stay apart. Most \
            quoted first. jsonl fields: speaker, role, aliases, quotes, articles, \
            kind; csv has the same columns, markdown is a table.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, csv, markdown }

    @Option(help: "Output format: text, jsonl, csv or markdown.")
    var format: Format = .text

    @Flag(help: """
        With --input jsonl: the lines are quotes written by `quoth quotes --format jsonl` \
        (by many runs, say), and their speakers merge as if the articles were read here.
        """)
    var fromQuotes = false

    @OptionGroup var inputs: InputOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if !fromQuotes { try store.validate(inputs) }
        if fromQuotes && store.store { throw ValidationError("--from-quotes reads quote lines: leave out --store") }
        if fromQuotes && inputs.input != .jsonl { throw ValidationError("--from-quotes reads quote lines: add --input jsonl") }
    }

    func run() throws {
        var directory = SpeakerDirectory()
        var count = 0
        let add = { (article: Article) in
            directory.add(article, index: count)
            count += 1
        }
        let skipped: Bool
        let entries: [SpeakerDirectory.Entry]
        if store.store && inputs.paths.isEmpty {
            guard let contents = store.contents() else { throw ExitCode.failure }
            entries = try contents.mergedSpeakers(membersOf: { _ in false })
            skipped = false
        } else if let library = store.library(for: inputs) {
            // Merged from the speakers the store kept, which are what reading the articles would find.
            entries = try library.mergedSpeakers(membersOf: { _ in false })
            skipped = library.skippedAny
        } else {
            skipped = fromQuotes ? inputs.forEachArticleOfQuotes(add) : inputs.forEachArticle(add)
            entries = directory.merged().entries
        }
        // The text report makes each field visible itself, then styles it.
        var out = OutputBuffer(safety: format == .text ? .exact : .forStandardOutput(json: format == .jsonl))
        let style = TerminalStyle.forStandardOutput()
        if format == .csv { out.line(SpeakerExporter.csvHeader) }
        if format == .markdown { out.line(SpeakerExporter.markdownHeader) }
        for (rank, entry) in entries.enumerated() {
            switch format {
            case .jsonl:
                out.line(SpeakerExporter.jsonLine(entry))
            case .csv:
                out.line(SpeakerExporter.csvLine(entry))
            case .markdown:
                out.line(SpeakerExporter.markdownRow(entry))
            case .text:
                let role = entry.role.map { style.dim(" (\(Sanitizer.visible($0)))") } ?? ""
                let others = entry.aliases.dropFirst().prefix(4).map(Sanitizer.visible).joined(separator: ", ")
                let counts = "\(entry.quoteCount) quote\(entry.quoteCount == 1 ? "" : "s"), \(entry.articleCount) article\(entry.articleCount == 1 ? "" : "s")"
                out.line("\(style.speaker(Sanitizer.visible(entry.name), rank: rank))\(role) — \(counts)" + (others.isEmpty ? "" : style.dim("  also: \(others)")))
            }
        }
        out.flush()
        if skipped { throw ExitCode(1) }
    }
}
