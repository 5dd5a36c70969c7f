/// One feed item as read from the feed, before it becomes an article.
struct FeedEntry: Sendable {
    enum Body: Sendable {
        case html(String)
        case text(String)
    }

    var title: String
    /// RSS `guid` (or RSS 1.0's `rdf:about`), Atom `id`: what names the
    /// item across fetches, whatever else about it changes.
    var guid: String?
    var link: String?
    var author: String?
    var published: String?
    /// The feed's own title.
    var site: String?
    var body: Body?

    /// The entry as an analysed article: its HTML body extracted like a
    /// page's, plain-text bodies split at blank lines.
    func article(source: String) -> Article {
        var blocks: [TextBlock]
        switch body {
        case .html(let html)?:
            blocks = HTMLFragment.blocks(html)
        case .text(let text)?:
            blocks = text.components(separatedBy: "\n\n").map { TextBlock(kind: .body, text: $0.collapsingSpaces()) }
        case nil:
            blocks = []
        }
        blocks.removeAll { $0.text.isEmpty }
        let metadata = Metadata(byline: author, published: published.map(PublishedDate.init), site: site, link: link)
        let warnings = blocks.isEmpty ? ["the feed gives no text for this item; open its link to read it"] : []
        return ArticleAssembler.assemble(source: source, title: title, blocks: blocks, metadata: metadata,
                                         warnings: warnings)
    }
}
