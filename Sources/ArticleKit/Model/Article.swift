/// An article as read and analysed: its text, its blocks, every quotation
/// and every speaker.
///
/// A value: reading and analysis produce a new one; nothing mutates it
/// behind the reader's back.
public struct Article: Sendable {
    /// The path or URL as the user gave it.
    public var source: String
    /// The decoded text, unchanged: every offset in the article points here.
    public var text: String
    public var title: String
    public var metadata: Metadata
    public var paragraphs: [Paragraph]
    /// Quotes in text order.
    public var quotes: [Quote]
    /// Speakers, most quoted first (ties: first quoted first).
    public var speakers: [Speaker]
    /// Things the reader should know but that did not stop reading
    /// ("not UTF-8; read as Windows-1252").
    public var warnings: [String]

    public init(source: String, text: String, title: String, metadata: Metadata = Metadata(),
                paragraphs: [Paragraph], quotes: [Quote] = [], speakers: [Speaker] = [],
                warnings: [String] = []) {
        self.source = source
        self.text = text
        self.title = title
        self.metadata = metadata
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.speakers = speakers
        self.warnings = warnings
    }

    /// Summary bullets under the title.
    public var summary: [Paragraph] { paragraphs.filter { $0.kind == .summary } }

    /// Quotes attributed to the speaker at `index`, in text order.
    public func quotes(by index: Int) -> [Quote] { quotes.filter { $0.speaker == index } }
}

/// What a page or feed says about an article besides its text.
public struct Metadata: Hashable, Sendable, Codable {
    public var byline: String?
    /// When the source says it was published.
    public var published: PublishedDate?
    public var site: String?
    public var link: String?

    public init(byline: String? = nil, published: PublishedDate? = nil, site: String? = nil, link: String? = nil) {
        self.byline = byline
        self.published = published
        self.site = site
        self.link = link
    }
}
