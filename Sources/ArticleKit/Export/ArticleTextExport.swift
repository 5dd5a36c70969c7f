/// Writes articles as the text quoth reads from them, for scripts and
/// scorers: the exact `article.text` that quote offsets point into.
public enum ArticleTextExport {
    public enum Format: String, CaseIterable, Sendable {
        /// The article text as is; with several articles, each under a
        /// `==> source <==` line, as `head` and `tail` do.
        case text
        /// One JSON object a line: article, title, byline, published, site,
        /// link, text (what ../shared/eval/score_html.py reads).
        case jsonl
    }

    /// The line that introduces an article in text output when there are several.
    public static func header(_ article: Article) -> String {
        "==> \(article.source) <==\n"
    }

    /// One article rendered in `format`, ending in a newline.
    public static func render(_ article: Article, format: Format, withHeader: Bool = false) -> String {
        switch format {
        case .text:
            return (withHeader ? header(article) : "") + article.text + "\n"
        case .jsonl:
            var json = JSONWriter()
            json.beginObject()
            json.field("article", article.source)
            json.field("title", article.title)
            json.field("byline", article.metadata.byline)
            json.field("published", article.metadata.published)
            json.field("site", article.metadata.site)
            json.field("link", article.metadata.link)
            json.field("text", article.text)
            json.endObject()
            return json.output + "\n"
        }
    }
}
