/// A stretch of an article's text: where it is and what it says.
///
/// Offsets count Unicode scalars (code points) into the article's decoded
/// text, unchanged, so `start`/`end` can be handed to any tool that indexes
/// text by code point (Python's `str`, the scorers in ../shared/eval).
public struct TextSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
}
