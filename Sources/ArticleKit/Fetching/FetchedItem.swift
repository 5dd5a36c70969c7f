/// A feed item seen for the first time, read and analysed.
public struct FetchedItem: Sendable {
    /// What names the item across fetches: its guid (Atom id), else its
    /// link, else its title. "Keeps each article once (by guid or link)."
    public var key: String
    /// The article: the item's own text, or the page its link points to
    /// when the item carried only a summary.
    public var article: Article
    /// Whether `article` is the linked page rather than the feed's text.
    public var isFromPage: Bool
    /// Set when the item carried only a summary and its page could not be
    /// read: says why, and that the summary is kept.
    public var note: String?

    public init(key: String, article: Article, isFromPage: Bool = false, note: String? = nil) {
        self.key = key
        self.article = article
        self.isFromPage = isFromPage
        self.note = note
    }
}
