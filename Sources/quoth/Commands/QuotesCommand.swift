import ArgumentParser
import ArticleKit
import ArticleStore
import Foundation

/// `quoth quotes`: every quotation, who said it, and where.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotations in articles, with their speakers.",
        discussion: """
            Formats: text (for people), jsonl (one quote a line, for programs \
            and scorers), csv, markdown. Offsets are Unicode code points into \
            the article's text, without the quote marks.
            """)

    @Option(help: "Output format: text, jsonl, csv or markdown.")
    var format: QuoteExporter.Format = .text

    @Option(help: "Only quotes by this speaker (any name form the article uses; case-insensitive).")
    var speaker: String?

    @Option(help: "Only quotes containing this text (case- and accent-insensitive).")
    var grep: String?

    @Flag(help: "With --format text: under each quote, why quoth chose its speaker (the cue, the attribution rule, how the mention was resolved).")
    var explain = false

    @OptionGroup var inputs: InputOptions

    @OptionGroup var store: StoreOptions

    func validate() throws { try store.validate(inputs) }

    func run() throws {
        // The text report makes each field visible itself, then styles it.
        var out = OutputBuffer(safety: format == .text ? .exact : .forStandardOutput(json: format == .jsonl))
        let format = self.format
        let explain = self.explain
        let style = TerminalStyle.forStandardOutput()
        if format == .csv { out.line(QuoteExporter.csvHeader) }
        let skipped: Bool
        if store.store && inputs.paths.isEmpty {
            guard let contents = store.contents() else { throw ExitCode.failure }
            try runFromStore(contents, into: &out, style: style)
            skipped = false
        } else if let library = store.library(for: inputs) {
            try runFromStore(library, into: &out, style: style)
            skipped = library.skippedAny
        } else if let speaker {
            skipped = try runForSpeaker(speaker, into: &out, style: style)
        } else {
            let filter = QuoteFilter(speaker: nil, text: grep)
            skipped = inputs.forEachArticle(render: { article in
                Self.render(article, quotes: article.quotes.filter { filter.matches($0, in: article) }, format: format, style: style,
                            explain: explain)
            }, afterBatch: { out.flush() }) { _, lines in
                if !lines.isEmpty { out.text(lines) }
            }
        }
        out.flush()
        if skipped { throw ExitCode(1) }
    }

    /// `--speaker`: the speaker is found the way `quoth speakers` merges people
    /// across the inputs ("Blair" in one article is Tony Blair of another), so
    /// every article is read before any quote is printed.
    private func runForSpeaker(_ name: String, into out: inout OutputBuffer, style: TerminalStyle) throws -> Bool {
        var articles: [Article] = []
        var directory = SpeakerDirectory()
        let skipped = inputs.forEachArticle { article in
            directory.add(article, index: articles.count)
            articles.append(article)
        }
        try printQuotes(by: name, among: directory.merged().entries, articles: { wanted in wanted.keys.sorted().map { ($0, articles[$0]) } },
                        into: &out, style: style)
        return skipped
    }

    /// The same answers from the store: speakers merged from the stored
    /// speakers alone, and only the articles that are printed taken whole.
    private func runFromStore(_ library: StoredLibrary, into out: inout OutputBuffer, style: TerminalStyle) throws {
        if let speaker {
            try printQuotes(by: speaker, among: library.mergedSpeakers(membersOf: Self.named(speaker)), articles: { wanted in
                let places = wanted.keys.sorted()
                return try zip(places, library.articles(at: places, text: explain, quotesBy: wanted)).map { $0 }
            },
                            into: &out, style: style)
            return
        }
        let filter = QuoteFilter(speaker: nil, text: grep)
        var start = 0
        while start < library.entries.count {
            let places = Array(start..<min(library.entries.count, start + 512))
            for article in try library.articles(at: places) {
                out.text(Self.render(article, quotes: article.quotes.filter { filter.matches($0, in: article) }, format: format,
                                     style: style, explain: explain))
            }
            start += places.count
        }
    }

    /// Everything in the store, as last indexed: no path, so nothing read and
    /// nothing to report. (An article's text is needed only to explain its quotes.)
    private func runFromStore(_ contents: StoreContents, into out: inout OutputBuffer, style: TerminalStyle) throws {
        if let speaker {
            try printQuotes(by: speaker, among: contents.mergedSpeakers(membersOf: Self.named(speaker)),
                            articles: { wanted in
                            var byID: [Int64: Set<Int>] = [:]
                            for (key, speakers) in wanted { byID[Int64(key)] = speakers }
                            return try contents.articles(byID.keys.sorted(), text: explain, quotesBy: byID).map { (Int($0.id), $0.article) }
                        },
                            into: &out, style: style)
            return
        }
        let filter = QuoteFilter(speaker: nil, text: grep)
        let ids = try contents.articleIDs()
        var start = 0
        while start < ids.count {
            for (_, article) in try contents.articles(Array(ids[start..<min(ids.count, start + 512)])) {
                out.text(Self.render(article, quotes: article.quotes.filter { filter.matches($0, in: article) }, format: format,
                                     style: style, explain: explain))
            }
            start += 512
        }
    }

    /// Prints the quotes of the merged speakers `name` matches, each under
    /// its merged name, taking from `articles` only the articles that quote them.
    /// `articles` is given the members' `article` keys (places in the
    /// library, or row ids in the store), each with the places of the
    /// wanted speakers in it (so a store need not decode the other quotes),
    /// and gives back each key's article in the order to print.
    private func printQuotes(by name: String, among entries: [SpeakerDirectory.Entry], articles: ([Int: Set<Int>]) throws -> [(key: Int, article: Article)],
                             into out: inout OutputBuffer, style: TerminalStyle) throws {
        let wanted = entries.filter(Self.named(name))
        var members: [Int: [(speaker: Int, entry: SpeakerDirectory.Entry)]] = [:]
        for entry in wanted {
            for m in entry.members { members[m.article, default: []].append((m.speaker, entry)) }
        }
        let text = QuoteFilter(speaker: nil, text: grep)
        for (key, var article) in try articles(members.mapValues { Set($0.map(\.speaker)) }) {
            guard let speakers = members[key] else { continue }
            for (s, entry) in speakers {
                // Printed under the merged name: "Blair" here is Tony Blair.
                article.speakers[s].name = entry.name
                if article.speakers[s].role == nil { article.speakers[s].role = entry.role }
            }
            let chosen = Set(speakers.map(\.speaker))
            let quotes = article.quotes.filter { q in q.speaker.map(chosen.contains) == true && text.matches(q, in: article) }
            out.text(Self.render(article, quotes: quotes, format: format, style: style, explain: explain))
        }
    }

    /// Whether a merged speaker goes by `name` (any name form, or its end: "blair").
    ///
    /// Asked of every speaker of the library (30,000 at 100,000 articles):
    /// a name form in plain ASCII, most of them, is compared byte by byte
    /// as `SearchText.matchesName` would compare its folded form, without
    /// making one; the others are folded as it folds them. Folding each
    /// name form took a fifth of `quotes --store --speaker` (callgrind).
    static func named(_ name: String) -> (SpeakerDirectory.Entry) -> Bool {
        let query = SearchText.foldedName(name)
        guard !query.isEmpty else { return { _ in true } }
        let wanted = Array(query.utf8)
        return { entry in
            if Self.endsWithName(entry.name, wanted, folded: query) { return true }
            return entry.aliases.contains { Self.endsWithName($0, wanted, folded: query) }
        }
    }

    /// `SearchText.matchesName` for one name form: the whole of it is the
    /// query, or its end after a space.
    private static func endsWithName(_ form: String, _ query: [UInt8], folded: String) -> Bool {
        var form = form
        let answer: Bool? = form.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.count >= query.count else { return false }
            let start = bytes.count - query.count
            for i in 0..<query.count {
                let b = bytes[start + i]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != query[i] { return false }
            }
            return start == 0 || bytes[start - 1] == 0x20
        }
        if let answer { return answer }
        let f = SearchText.fold(form)
        return f == folded || f.hasSuffix(" " + folded)
    }

    /// One article's quotes in `format`, ready to print ("" when none match).
    static func render(_ article: Article, quotes: [Quote], format: QuoteExporter.Format, style: TerminalStyle,
                       explain: Bool = false) -> String {
        guard !quotes.isEmpty else { return "" }
        var lines: [String] = []
        switch format {
        case .jsonl:
            lines = quotes.map { QuoteExporter.jsonLine($0, in: article) }
        case .csv:
            lines = quotes.map { QuoteExporter.csvLine($0, in: article) }
        case .markdown:
            lines = [QuoteExporter.markdownHeader(article)] + quotes.map { QuoteExporter.markdownLine($0, in: article) } + [""]
        case .text:
            let title = Sanitizer.visible(article.title.isEmpty ? article.source : "\(article.title)  (\(article.source))")
            lines = [style.heading(title)]
            for quote in quotes {
                lines.append(TextReport.quoteLine(quote, in: article, style: style))
                if explain { lines.append(TextReport.explanationLine(quote, in: article, style: style)) }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `--speaker` and `--grep`, shared by the data commands.
struct QuoteFilter: Sendable {
    var speaker: String?
    var text: String?

    func matches(_ quote: Quote, in article: Article) -> Bool {
        if let wanted = speaker {
            guard let i = quote.speaker, SearchText.matchesName(wanted, article.speakers[i]) else { return false }
        }
        if let needle = text, !SearchText.contains(quote.text, needle) { return false }
        return true
    }
}

extension QuoteExporter.Format: ExpressibleByArgument {}
