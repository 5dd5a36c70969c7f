import ArticleKit

/// An article as plain text, for when standard output is not a terminal
/// (`quoth article.txt | less`): title, bullets, paragraphs, blank lines
/// between, every control character made visible.
public enum PlainTextView {
    public static func render(_ article: Article) -> String {
        var out = ""
        var previous: Paragraph.Kind?
        for paragraph in article.paragraphs {
            if let previous, !(previous == paragraph.kind && (paragraph.kind == .summary || paragraph.kind == .listItem)) {
                out += "\n"
            }
            previous = paragraph.kind
            let text = String(ArticleContent.atoms(of: paragraph).map(\.character))
            switch paragraph.kind {
            case .summary, .listItem: out += "- " + text
            case .blockQuote: out += "> " + text
            case .heading: out += "## " + text
            case .title, .body: out += text
            }
            out += "\n"
        }
        return out
    }
}
