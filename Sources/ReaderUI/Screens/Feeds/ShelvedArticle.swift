import ArticleKit

/// One article of a feed as its list shows it: enough for a row, nothing
/// analysed (the reader asks the shelf for the whole article on Enter).
public struct ShelvedArticle: Hashable, Sendable {
    /// The article's link, or `FEED#key` when it has none: what
    /// `FeedShelf.article` is asked for and what read marks are kept under.
    public var source: String
    public var title: String
    public var published: PublishedDate?
    public var link: String?

    public init(source: String, title: String, published: PublishedDate? = nil, link: String? = nil) {
        self.source = source
        self.title = title
        self.published = published
        self.link = link
    }
}
