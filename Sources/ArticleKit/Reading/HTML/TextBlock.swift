/// One displayed block of extracted text: a heading, a paragraph, a list
/// item or a block quote, whitespace already collapsed.
struct TextBlock: Hashable, Sendable {
    /// `<em>`/`<i>` or `<strong>`/`<b>` words, as code-point offsets into `text`.
    struct Span: Hashable, Sendable {
        var weight: Emphasis.Weight
        var range: Range<Int>
    }

    var kind: Paragraph.Kind
    var text: String
    var emphasis: [Span] = []

    init(kind: Paragraph.Kind, text: String, emphasis: [Span] = []) {
        self.kind = kind
        self.text = text
        self.emphasis = emphasis
    }

    /// A block from raw text with emphasis at raw offsets: whitespace runs
    /// collapse to one space and the ends are trimmed (as
    /// `collapsingSpaces` does), and each span moves with its words, its
    /// own edge spaces left out.
    static func collapsing(_ raw: String, kind: Paragraph.Kind,
                           emphasis: [(weight: Emphasis.Weight, start: Int, end: Int)]) -> TextBlock {
        var out = String.UnicodeScalarView()
        // For each raw offset, the output offset of the next kept scalar.
        var map: [Int] = []
        var pendingSpace = false
        var count = 0
        var spaceAt: [Bool] = []
        for c in raw.unicodeScalars {
            let isSpace = c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" || c == "\u{A0}"
            if isSpace {
                // The space this run becomes, if any text follows.
                map.append(count)
                pendingSpace = count > 0
            } else {
                if pendingSpace { out.append(" "); spaceAt.append(true); count += 1; pendingSpace = false }
                map.append(count)
                out.append(c)
                spaceAt.append(false)
                count += 1
            }
        }
        map.append(count)
        var spans: [Span] = []
        for e in emphasis {
            var lower = map[min(e.start, map.count - 1)]
            var upper = min(map[min(e.end, map.count - 1)], count)
            while lower < upper, spaceAt[lower] { lower += 1 }
            while upper > lower, spaceAt[upper - 1] { upper -= 1 }
            if lower < upper { spans.append(Span(weight: e.weight, range: lower..<upper)) }
        }
        return TextBlock(kind: kind, text: String(out), emphasis: spans.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
}
