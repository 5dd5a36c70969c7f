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

    /// One article rendered in `format`, ending in a newline.
    public static func render(_ article: Article, format: Format, withHeader: Bool = false) -> String {
        switch format {
        case .text:
            let header = withHeader ? "==> \(article.source) <==\n" : ""
            return header + article.text + "\n"
        case .jsonl:
            let fields: [(String, String?)] = [
                ("article", article.source), ("title", article.title), ("byline", article.metadata.byline),
                ("published", article.metadata.published), ("site", article.metadata.site),
                ("link", article.metadata.link), ("text", article.text),
            ]
            let body = fields.map { key, value in "\"\(key)\":" + (value.map(jsonString) ?? "null") }
            return "{" + body.joined(separator: ",") + "}\n"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters
    /// escaped; everything else as UTF-8.
    static func jsonString(_ value: String) -> String {
        var out = "\""
        out.unicodeScalars.reserveCapacity(value.unicodeScalars.count + 2)
        for c in value.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
