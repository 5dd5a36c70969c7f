import ArticleKit

/// One input the user named: read when first shown, kept afterwards
/// (standard input cannot be read twice).
public struct Document: Sendable {
    public var path: String
    public var article: Article?
    /// Why reading failed, as `PATH: reason`.
    public var error: String?

    public init(path: String, article: Article? = nil, error: String? = nil) {
        self.path = path
        self.article = article
        self.error = error
    }
}
