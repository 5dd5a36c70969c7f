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
    @discardableResult
    static func insert(_ article: Article, fileID: Int64?, position: Int, sourceSuffix: String, in db: Database) throws -> Int64 {
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
        return id
    }

    /// The articles with these row ids, keyed by id, sourced by their file's
    /// absolute path (or a fetched item's own source): a caller that was
    /// given the paths puts the path as given in front of the suffix instead.
    static func fetch(_ ids: [Int64], in db: Database) throws -> [Int64: Article] {
        var articles: [Int64: Article] = [:]
        // A few hundred ids a query: SQLite bounds the parameters of one statement.
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            try fetch(chunk, into: &articles, in: db)
            start += 500
        }
        return articles
    }

    private static func fetch(_ ids: [Int64], into articles: inout [Int64: Article], in db: Database) throws {
        let list = "(" + Array(repeating: "?", count: ids.count).joined(separator: ",") + ")"
        let arguments = StatementArguments(ids)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, f.path || a.source_suffix, a.source, a.title, a.byline, a.published, a.site, a.link, a.text, a.warnings
            FROM articles a LEFT JOIN files f ON f.id = a.file_id WHERE a.id IN \(list)
            """, arguments: arguments)
        while let row = try rows.next() {
            let published: String? = row[5]
            let warnings: String = row[9]
            let metadata = Metadata(byline: row[4], published: published.map(PublishedDate.init), site: row[6], link: row[7])
            let source: String? = row[2]
            let filed: String? = row[1]
            articles[row[0]] = Article(source: source ?? filed ?? "", text: row[8], title: row[3], metadata: metadata, paragraphs: [],
                                       warnings: warnings.isEmpty ? [] : warnings.components(separatedBy: "\n"))
        }
        let speakers = try Row.fetchCursor(db, sql: """
            SELECT article_id, name, role, kind, aliases, quote_count
            FROM speakers WHERE article_id IN \(list) ORDER BY article_id, position
            """, arguments: arguments)
        while let row = try speakers.next() {
            articles[row[0]]?.speakers.append(speaker(row, from: 1))
        }
        let quotes = try Row.fetchCursor(db, sql: """
            SELECT article_id, start, "end", text, marked_start, marked_end, kind, speaker,
                mention_start, mention_end, mention, cue_start, cue_end, cue, paragraph, sieve,
                resolution_step, evidence_start, evidence_end, evidence, evidence_paragraph
            FROM quotes WHERE article_id IN \(list) ORDER BY article_id, position
            """, arguments: arguments)
        while let row = try quotes.next() {
            let step: String? = row[16]
            let sieve: String? = row[15]
            let kind: String = row[6]
            let quote = Quote(
                span: TextSpan(start: row[1], end: row[2], text: row[3]),
                marked: (row[4] as Int)..<(row[5] as Int),
                kind: Quote.Kind(rawValue: kind) ?? .unattributed,
                speaker: row[7],
                mention: span(row, 8), cue: span(row, 11), paragraph: row[14],
                sieve: sieve.flatMap(Sieve.init(rawValue:)),
                resolution: step.flatMap(Resolution.Step.init(rawValue:)).map {
                    Resolution(step: $0, evidence: span(row, 17), evidenceParagraph: row[20])
                })
            articles[row[0]]?.quotes.append(quote)
        }
    }

    /// A speaker from columns name, role, kind, aliases, quote_count starting at `first`.
    static func speaker(_ row: Row, from first: Int) -> Speaker {
        let kind: String = row[first + 2]
        let aliases: String = row[first + 3]
        return Speaker(name: row[first], role: row[first + 1], kind: Speaker.Kind(rawValue: kind) ?? .unnamed,
                       aliases: aliases.isEmpty ? [] : aliases.components(separatedBy: "\n"), quoteCount: row[first + 4])
    }

    /// The span in columns start, end, text from `first`, or nil when absent.
    static func span(_ row: Row, _ first: Int) -> TextSpan? {
        guard let start: Int = row[first], let end: Int = row[first + 1], let text: String = row[first + 2] else { return nil }
        return TextSpan(start: start, end: end, text: text)
    }
}
