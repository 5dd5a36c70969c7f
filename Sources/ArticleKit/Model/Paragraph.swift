/// One block of an article as the reader shows it.
public struct Paragraph: Hashable, Sendable {
    /// What a block is, so the reader can style it apart.
    public enum Kind: String, Hashable, Sendable, Codable {
        case title
        case summary      // a `- ` / `* ` bullet right after the title
        case heading      // a Markdown `#` heading
        case body
        case blockQuote   // a Markdown `>` block, or an HTML <blockquote>
        case listItem
    }

    public var kind: Kind
    /// The block's extent in the article text (code-point offsets), without
    /// its leading markup (`# `, `- `, `> `).
    public var range: Range<Int>
    /// The block's text as displayed: the same code points as `range`, with
    /// line breaks inside the block turned into spaces so a hard-wrapped
    /// paragraph reads as one. Same length as `range`, so offsets carry over.
    public var text: String
    /// Markdown emphasis inside the block.
    public var emphasis: [Emphasis]

    public init(kind: Kind, range: Range<Int>, text: String, emphasis: [Emphasis] = []) {
        self.kind = kind
        self.range = range
        self.text = text
        self.emphasis = emphasis
    }
}

/// `*em*`, `_em_` or `**strong**` inside a paragraph.
public struct Emphasis: Hashable, Sendable {
    public enum Weight: String, Hashable, Sendable { case emphasis, strong }
    public var weight: Weight
    /// The emphasised words (article offsets).
    public var range: Range<Int>
    /// The markup characters around them, which the reader hides.
    public var markers: [Range<Int>]

    public init(weight: Weight, range: Range<Int>, markers: [Range<Int>]) {
        self.weight = weight
        self.range = range
        self.markers = markers
    }
}
