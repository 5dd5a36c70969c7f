import Foundation

/// One article of an archive in JSON Lines, the shape research data already
/// has: `{"id": …, "text": …}`, with `title`, `url`, `date` and `html`
/// optional.
///
/// - `id` (a string or a number) names the article in every output line.
/// - `text` is analysed as a text file is, and quote offsets count into it
///   exactly. Without `title`, its first line is the title, as in a file;
///   with one, all of `text` is the body.
/// - `html`, when present, is extracted as a saved page is (and `text` is
///   not read); offsets then count into the extracted text.
/// - `title`, `url` and `date` become the article's title, link and
///   published date, over anything the page says.
public enum ArticleLine {
    /// The article a parsed line describes; `location` ("stdin:17") names
    /// the line in the error when it describes none.
    public static func article(from value: JSONValue, location: String) throws(ReadError) -> Article {
        let fields = try JSONFields(value, location: location)
        let id = try fields.identifier("id")
        let title = try fields.string("title"), url = try fields.string("url"), date = try fields.string("date")
        var article: Article
        if let html = try fields.string("html") {
            do {
                article = try HTMLReader.article(from: Data(html.utf8), source: id, httpCharset: "utf-8")
            } catch {
                throw fields.problem(error.reason)
            }
        } else if let text = try fields.string("text") {
            article = ArticleReader.plainText(text, source: id, title: title)
        } else {
            throw fields.problem("no \"text\" or \"html\"")
        }
        if let title { article.title = title }
        if let url { article.metadata.link = url }
        if let date { article.metadata.published = PublishedDate(date) }
        return article
    }
}
