import ArticleKit
import Foundation
import GRDB

/// An analysed `Article` as rows of `articles`, `speakers` and `quotes`, and back.
///
/// Everything the data commands print is kept (text, metadata, warnings,
/// every quote field and every speaker), so an article answered from the
/// store prints exactly as one just read: "Output must be identical in
/// content to the non-store path." Paragraphs are not kept: the reader
/// reopens the file to show it.
enum ArticleRows {
    /// Inserts `article`, the `position`th of its file; returns its row id.
    ///
    /// With `fullText` its words go into the full-text tables at once; a
    /// caller writing many articles passes false and calls
    /// `FullTextRows.catchUp` once, in the same transaction, after the last.
    @discardableResult
    static func insert(_ article: Article, fileID: Int64?, position: Int, sourceSuffix: String, fullText: Bool = true,
                       in db: Database) throws -> Int64 {
        let m = article.metadata
        var row = BoundInsert(try db.cachedStatement(sql: """
            INSERT INTO articles (file_id, position, source_suffix, source, title, byline, published, published_iso, site, link, text, warnings, analyser_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        row.bind(fileID)
        row.bind(position)
        row.bind(sourceSuffix)
        row.bind(fileID == nil ? article.source : nil)
        row.bind(article.title)
        row.bind(m.byline)
        row.bind(m.published?.text)
        row.bind(m.published?.iso8601)
        row.bind(m.site)
        row.bind(m.link)
        row.bind(article.text)
        row.bind(article.warnings.joined(separator: "\n"))
        row.bind(AnalyserVersion.current)
        try row.run(in: db)
        let id = db.lastInsertedRowID
        let speakers = try db.cachedStatement(sql: """
            INSERT INTO speakers (article_id, position, name, role, kind, aliases, quote_count) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in article.speakers.enumerated() {
            var row = BoundInsert(speakers)
            row.bind(id)
            row.bind(i)
            row.bind(s.name)
            row.bind(s.role)
            row.bind(s.kind.rawValue)
            row.bind(s.aliases.joined(separator: "\n"))
            row.bind(s.quoteCount)
            try row.run(in: db)
        }
        let quotes = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_id, position, start, "end", text, marked_start, marked_end, kind, speaker,
                mention_start, mention_end, mention, cue_start, cue_end, cue, paragraph, sieve,
                resolution_step, evidence_start, evidence_end, evidence, evidence_paragraph)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, q) in article.quotes.enumerated() {
            let r = q.resolution
            var row = BoundInsert(quotes)
            row.bind(id)
            row.bind(i)
            row.bind(q.span.start)
            row.bind(q.span.end)
            row.bind(q.span.text)
            row.bind(q.marked.lowerBound)
            row.bind(q.marked.upperBound)
            row.bind(q.kind.rawValue)
            row.bind(q.speaker)
            row.bind(q.mention?.start)
            row.bind(q.mention?.end)
            row.bind(q.mention?.text)
            row.bind(q.cue?.start)
            row.bind(q.cue?.end)
            row.bind(q.cue?.text)
            row.bind(q.paragraph)
            row.bind(q.sieve?.rawValue)
            row.bind(r?.step.rawValue)
            row.bind(r?.evidence?.start)
            row.bind(r?.evidence?.end)
            row.bind(r?.evidence?.text)
            row.bind(r?.evidenceParagraph)
            try row.run(in: db)
        }
        if fullText { try FullTextRows.catchUp(in: db) }
        return id
    }

    /// The articles with these row ids, keyed by id, sourced by their file's
    /// absolute path (or a fetched item's own source): a caller that was
    /// given the paths puts the path as given in front of the suffix instead.
    ///
    /// Without `text` the articles' text is left empty: enough to print
    /// their quotes (each quote keeps its own words), not to explain a quote
    /// or show the article. Half the reading when a speaker's quotes are
    /// wanted from thousands of articles.
    ///
    /// With `quotesBy`, an article keeps only the quotes of the speakers
    /// (places in its speaker list) given for it: the others are skipped
    /// before their words are decoded.
    static func fetch(_ ids: [Int64], text: Bool = true, quotesBy: [Int64: Set<Int>]? = nil, in db: Database) throws -> [Int64: Article] {
        var articles: [Int64: Article] = [:]
        // A few hundred ids a query: SQLite bounds the parameters of one statement.
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            try fetch(chunk, text: text, quotesBy: quotesBy, into: &articles, in: db)
            start += 500
        }
        return articles
    }

    private static func fetch(_ ids: [Int64], text: Bool, quotesBy: [Int64: Set<Int>]?, into articles: inout [Int64: Article],
                              in db: Database) throws {
        let list = "(" + Array(repeating: "?", count: ids.count).joined(separator: ",") + ")"
        let rows = try SteppedRows("""
            SELECT a.id, f.path || a.source_suffix, a.source, a.title, a.byline, a.published, a.site, a.link,
                \(text ? "a.text" : "''"), a.warnings
            FROM articles a LEFT JOIN files f ON f.id = a.file_id WHERE a.id IN \(list)
            """, ids: ids, in: db)
        while try rows.next() {
            let metadata = Metadata(byline: rows.optionalString(4), published: rows.optionalString(5).map(PublishedDate.init),
                                    site: rows.optionalString(6), link: rows.optionalString(7))
            articles[rows.int64(0)] = Article(
                source: rows.optionalString(2) ?? rows.optionalString(1) ?? "", text: rows.string(8), title: rows.string(3),
                metadata: metadata, paragraphs: [], warnings: lines(rows.string(9)))
        }
        let speakers = try SteppedRows("""
            SELECT article_id, name, role, kind, aliases, quote_count
            FROM speakers WHERE article_id IN \(list) ORDER BY article_id, position
            """, ids: ids, in: db)
        while try speakers.next() {
            let speaker = Speaker(name: speakers.string(1), role: speakers.optionalString(2),
                                  kind: Speaker.Kind(rawValue: speakers.string(3)) ?? .unnamed,
                                  aliases: lines(speakers.string(4)), quoteCount: speakers.int(5))
            articles[speakers.int64(0)]?.speakers.append(speaker)
        }
        // An article's quotes are inserted in order, so their ids are in
        // order: the index on article_id gives them so, where ordering by
        // position sorted every row (with its words) in a temporary B-tree.
        let quotes = try SteppedRows("""
            SELECT article_id, start, "end", text, marked_start, marked_end, kind, speaker,
                mention_start, mention_end, mention, cue_start, cue_end, cue, paragraph, sieve,
                resolution_step, evidence_start, evidence_end, evidence, evidence_paragraph
            FROM quotes WHERE article_id IN \(list) ORDER BY article_id, id
            """, ids: ids, in: db)
        func span(_ first: Int32) -> TextSpan? {
            quotes.isNull(first) ? nil : TextSpan(start: quotes.int(first), end: quotes.int(first + 1), text: quotes.string(first + 2))
        }
        while try quotes.next() {
            if let quotesBy {
                guard let speaker = quotes.optionalInt(7), quotesBy[quotes.int64(0)]?.contains(speaker) == true else { continue }
            }
            let quote = Quote(
                span: TextSpan(start: quotes.int(1), end: quotes.int(2), text: quotes.string(3)),
                marked: quotes.int(4)..<quotes.int(5),
                kind: Quote.Kind(rawValue: quotes.string(6)) ?? .unattributed,
                speaker: quotes.optionalInt(7),
                mention: span(8), cue: span(11), paragraph: quotes.int(14),
                sieve: quotes.optionalString(15).flatMap(Sieve.init(rawValue:)),
                resolution: quotes.optionalString(16).flatMap(Resolution.Step.init(rawValue:)).map {
                    Resolution(step: $0, evidence: span(17), evidenceParagraph: quotes.optionalInt(20))
                })
            articles[quotes.int64(0)]?.quotes.append(quote)
        }
    }

    /// A speaker from columns name, role, kind, aliases, quote_count starting at `first`.
    static func speaker(_ row: Row, from first: Int) -> Speaker {
        let kind: String = row[first + 2]
        let aliases: String = row[first + 3]
        return Speaker(name: row[first], role: row[first + 1], kind: Speaker.Kind(rawValue: kind) ?? .unnamed,
                       aliases: lines(aliases), quoteCount: row[first + 4])
    }

    /// A column of lines (name forms, warnings) as a list; none when empty.
    ///
    /// Cut at the newline bytes: splitting by Character took an eighth of
    /// `quotes --store --speaker`. A line feed is a grapheme of its own but
    /// after a carriage return, so text with one is cut by Character.
    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var text = text
        let cut: [String]? = text.withUTF8 { bytes in
            guard !bytes.contains(0x0D) else { return nil }
            return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        return cut ?? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The span in columns start, end, text from `first`, or nil when absent.
    static func span(_ row: Row, _ first: Int) -> TextSpan? {
        guard let start: Int = row[first], let end: Int = row[first + 1], let text: String = row[first + 2] else { return nil }
        return TextSpan(start: start, end: end, text: text)
    }
}
