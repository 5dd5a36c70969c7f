/// Writes articles as the text quoth reads from them, for scripts and
/// scorers: the exact `article.text` that quote offsets point into.
public enum ArticleTextExport {
    public enum Format: String, CaseIterable, Sendable {
        /// The article text as is; with several articles, each under a
        /// `==> source <==` line, as `head` and `tail` do.
        case text
        /// One JSON object a line: article, title, byline, published, site,
        /// link, text (what ../shared/eval/score_html.py reads); `published`
        /// in ISO 8601, null when absent or unreadable.
        case jsonl
        /// The jsonl fields as CSV records under a header line; the text,
        /// line breaks and all, in one quoted field.
        case csv
        /// A document: the title as a heading, the metadata under it, then
        /// each block as Markdown writes it (summary and list items as
        /// bullets, headings, block quotes).
        case markdown
    }

    public static let csvHeader = "article,title,byline,published,site,link,text"

    /// The line that introduces an article in text output when there are several.
    public static func header(_ article: Article) -> String {
        "==> \(article.source) <==\n"
    }

    /// One article rendered in `format`, ending in a newline; with `bodyOnly`,
    /// without its title line.
    public static func render(_ article: Article, format: Format, withHeader: Bool = false,
                              bodyOnly: Bool = false) -> String {
        let text = bodyOnly ? body(article) : article.text
        switch format {
        case .text:
            return (withHeader ? header(article) : "") + text + "\n"
        case .jsonl:
            var json = JSONWriter()
            json.beginObject()
            json.field("article", article.source)
            json.field("title", article.title)
            json.field("byline", article.metadata.byline)
            json.field("published", article.metadata.published?.iso8601)
            json.field("site", article.metadata.site)
            json.field("link", article.metadata.link)
            json.field("text", text)
            json.endObject()
            return json.output + "\n"
        case .csv:
            let m = article.metadata
            return [article.source, article.title, m.byline ?? "", m.published?.iso8601 ?? "", m.site ?? "", m.link ?? "", text]
                .map(QuoteExporter.csvField).joined(separator: ",") + "\n"
        case .markdown:
            return markdown(article)
        }
    }

    /// A paragraph that starts like a list item ("- ", "+ ", "2004. ") would
    /// become one; a backslash before the mark keeps it a paragraph.
    static func startEscaped(_ text: String) -> String {
        if text.hasPrefix("- ") || text.hasPrefix("+ ") { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return text }
        return digits + "\\" + rest
    }

    /// `<link>` when it can stand as a Markdown autolink, else escaped text.
    static func autolink(_ link: String) -> String {
        link.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) ? QuoteExporter.markdownEscaped(link) : "<\(link)>"
    }

    /// `# Title`, a line of metadata, then the blocks, a blank line apart.
    static func markdown(_ article: Article) -> String {
        let escaped = QuoteExporter.markdownEscaped
        let m = article.metadata
        let about = [m.byline.map { "by " + escaped($0) }, m.published.map { escaped($0.description) }, m.site.map(escaped), m.link.map(autolink)]
            .compactMap { $0 }
        var blocks = ["# " + escaped(article.title.isEmpty ? article.source : article.title),
                      (["_" + escaped(article.source) + "_"] + about).joined(separator: " · ")]
        var bullets: [String] = []
        for paragraph in article.paragraphs where paragraph.kind != .title {
            let text = startEscaped(escaped(paragraph.text))
            if paragraph.kind == .summary || paragraph.kind == .listItem {
                bullets.append("- " + text)
                continue
            }
            if !bullets.isEmpty { blocks.append(bullets.joined(separator: "\n")); bullets = [] }
            switch paragraph.kind {
            case .heading: blocks.append("## " + text)
            case .blockQuote: blocks.append("> " + text)
            default: blocks.append(text)
            }
        }
        if !bullets.isEmpty { blocks.append(bullets.joined(separator: "\n")) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The article text after its title line: the body alone, as extraction
    /// benchmarks score it (their gold bodies never hold the headline, so a
    /// title line would count as extracted boilerplate).
    public static func body(_ article: Article) -> String {
        guard let first = article.paragraphs.first, first.kind == .title else { return article.text }
        guard let next = article.paragraphs.dropFirst().first else { return "" }
        let scalars = article.text.unicodeScalars
        return String(scalars[scalars.index(scalars.startIndex, offsetBy: next.range.lowerBound)...])
    }
}
