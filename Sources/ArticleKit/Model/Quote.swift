/// A quotation found in an article, with whoever said it.
public struct Quote: Hashable, Sendable {
    /// How a quotation stands in its sentence.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Whole sentences in quote marks, attributed in the same sentence.
        case full
        /// A fragment quoted inside paraphrase: would not permit its "interests…".
        case partial
        /// No attribution of its own: the previous speaker goes on.
        case continuation
        /// Scare quotes, titles, terms: quoted, but nobody is said to say it.
        case unattributed
    }

    /// The quoted words, without the marks.
    public var span: TextSpan
    /// The words with their marks, for highlighting (equal to `span` where
    /// a mark is missing, as in an unclosed quote).
    public var marked: Range<Int>
    public var kind: Kind
    /// Index into `Article.speakers`, or nil when unattributed.
    public var speaker: Int?
    /// Where the text names this quote's source ("he" in "he said").
    public var mention: TextSpan?
    /// The reporting verb or phrase ("said", "according to", ":").
    public var cue: TextSpan?
    /// Index into `Article.paragraphs` of the paragraph the quote opens in.
    public var paragraph: Int
    /// The attribution rule that decided this quote (nil when none did).
    public var sieve: Sieve?
    /// How the mention became the speaker (nil when unattributed).
    public var resolution: Resolution?

    public init(span: TextSpan, marked: Range<Int>, kind: Kind, speaker: Int? = nil,
                mention: TextSpan? = nil, cue: TextSpan? = nil, paragraph: Int,
                sieve: Sieve? = nil, resolution: Resolution? = nil) {
        self.span = span
        self.marked = marked
        self.kind = kind
        self.speaker = speaker
        self.mention = mention
        self.cue = cue
        self.paragraph = paragraph
        self.sieve = sieve
        self.resolution = resolution
    }

    public var text: String { span.text }
    public var range: Range<Int> { span.range }
}
