import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds: each item or entry
/// becomes an article, its HTML body extracted like a web page's.
///
/// Fields are read the way newsboat reads them: the body from
/// `content:encoded`, else `description` (RSS); `content`, else `summary`
/// (Atom); author from `author`, `dc:creator` or Atom author names; date
/// from `pubDate`, `dc:date`, `published` or `updated`.
enum FeedReader {
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    static func articles(from data: Data, source: String, httpCharset: String? = nil) throws(ReadError) -> [Article] {
        let entries = try entries(from: data, source: source, httpCharset: httpCharset)
        guard !entries.isEmpty else { throw ReadError(path: source, reason: "feed has no items") }
        return entries.enumerated().map { index, entry in
            entry.article(source: "\(source)#\(index + 1)")
        }
    }

    /// The feed's items as read, in feed order; none is no error (a new
    /// feed may have nothing yet), but bytes that are no feed are.
    static func entries(from data: Data, source: String, httpCharset: String? = nil) throws(ReadError) -> [FeedEntry] {
        guard let root = FeedParser.parse(data, httpCharset: httpCharset) else { throw ReadError(path: source, reason: "not a readable feed (XML could not be parsed)") }
        let entries: [FeedEntry]
        switch root.name.lowercased() {
        case "rss": entries = rssEntries(root.child("channel") ?? root, items: root.child("channel")?.children("item") ?? [])
        case "rdf": entries = rssEntries(root.child("channel") ?? root, items: root.children("item"))
        case "feed": entries = atomEntries(root)
        default: throw ReadError(path: source, reason: "not a feed (root element <\(root.name)>)")
        }
        return entries
    }

    private static func rssEntries(_ channel: XMLElementValue, items: [XMLElementValue]) -> [FeedEntry] {
        let site = channel.child("title").map { plain($0.text) }
        return items.map { item in
            let body = item.child("encoded", namespace: contentNamespace) ?? item.child("description")
            return FeedEntry(
                title: plain(item.child("title")?.text ?? ""),
                guid: nonEmpty(item.child("guid")?.text) ?? nonEmpty(item.attributes["about"]),
                link: nonEmpty(item.child("link")?.text) ?? webLink(item.child("guid")?.text),
                author: nonEmpty(item.child("author")?.text).map(personName)
                    ?? nonEmpty(item.child("creator", namespace: dublinCore)?.text),
                published: nonEmpty(item.child("pubDate")?.text) ?? nonEmpty(item.child("date", namespace: dublinCore)?.text),
                site: site,
                body: body.map { FeedEntry.Body.html($0.text) })
        }
    }

    private static func atomEntries(_ feed: XMLElementValue) -> [FeedEntry] {
        let site = feed.child("title").map { plain($0.text) }
        return feed.children("entry").map { entry in
            let links = entry.children("link")
            let link = (links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first)?.attributes["href"]
            let authors = entry.children("author").compactMap { nonEmpty($0.child("name")?.text) }
            let content = entry.child("content") ?? entry.child("summary")
            return FeedEntry(
                title: content == nil && entry.child("title") == nil ? "" : textOf(entry.child("title")),
                guid: nonEmpty(entry.child("id")?.text),
                link: nonEmpty(link) ?? webLink(entry.child("id")?.text),
                author: authors.isEmpty ? nil : authors.joined(separator: ", "),
                published: nonEmpty(entry.child("published")?.text) ?? nonEmpty(entry.child("updated")?.text),
                site: site,
                body: content.map(atomBody))
        }
    }

    private static func atomBody(_ element: XMLElementValue) -> FeedEntry.Body {
        switch element.attributes["type"]?.lowercased() {
        case "html", "text/html": return .html(element.text)
        case "xhtml": return .html(element.innerMarkup ?? "")
        default: return .text(element.text)
        }
    }

    /// An Atom text construct as plain text, whatever its type.
    private static func textOf(_ element: XMLElementValue?) -> String {
        guard let element else { return "" }
        if let markup = element.innerMarkup { return plain(markup) }
        return plain(element.text)
    }

    /// Feed titles sometimes carry markup or escaped entities; neither is text.
    static func plain(_ text: String) -> String {
        let decoded = HTMLEntities.decode(text)
        guard decoded.contains("<") else { return decoded.collapsingSpaces() }
        return HTMLFragment.blocks(decoded).map(\.text).joined(separator: " ")
    }

    /// RSS `author` is an e-mail address, often followed by the name in
    /// parentheses: "editor@example.com (Sam Poe)" is Sam Poe.
    static func personName(_ author: String) -> String {
        guard author.contains("@"), let open = author.firstIndex(of: "("), let close = author.lastIndex(of: ")"),
              open < close else { return author }
        let name = author[author.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? author : name
    }

    /// A guid or Atom id is a link only when it is a web address (ids are
    /// often `urn:uuid:…` or tags).
    private static func webLink(_ text: String?) -> String? {
        guard let text = nonEmpty(text), HTTPFetcher.isWebAddress(text) else { return nil }
        return text
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.collapsingSpaces(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
