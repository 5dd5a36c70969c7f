import ArticleKit

/// A quote as it goes to the clipboard or to a command: the words, who
/// said them, and where, on one line that pastes anywhere.
///
///     “We don't need panic,” — Volodymyr Zelensky, Ukrainian President (Russia's top diplomat says…, https://…)
///
/// Made safe like everything else quoth writes: it may be pasted into a terminal.
public enum QuoteCitation {
    public static func text(_ quote: Quote, in article: Article) -> String {
        let words = Sanitizer.visible(quote.text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var citation = "“\(words)”"
        if let s = quote.speaker, article.speakers.indices.contains(s) {
            let speaker = article.speakers[s]
            citation += " — " + Sanitizer.visible(speaker.name) + (speaker.role.map { ", " + Sanitizer.visible($0) } ?? "")
        }
        let title = article.title.isEmpty ? ArticleTitleView.fileName(article.source) : article.title
        let link = article.metadata.link.flatMap { ExternalCommand.isWebLink($0) ? $0 : nil }
        citation += " (" + Sanitizer.visible(title) + ", " + Sanitizer.visible(link ?? article.source) + ")"
        return citation
    }
}
