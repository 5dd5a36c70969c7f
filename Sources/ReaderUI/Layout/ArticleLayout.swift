import ArticleKit

/// An article wrapped to a width: the lines the reader pane scrolls through.
///
/// Greedy word wrap at spaces, and between CJK characters (which have no
/// spaces); a word longer than the line is cut. Title, summary bullets and
/// paragraphs are spaced apart; bullets hang.
public struct ArticleLayout: Sendable {
    /// Decoration in front of a line.
    public enum Marker: Hashable, Sendable { case none, bullet, bar }

    public struct Line: Hashable, Sendable {
        /// Index into `Article.paragraphs`, or -1 for a line without article
        /// text: the blank line between blocks, or a metadata line.
        public var paragraph: Int
        /// Which of the paragraph's atoms the line shows.
        public var atoms: Range<Int>
        /// Columns before the text (a bullet's hang).
        public var indent: Int
        public var marker: Marker
        /// Index into `ArticleContent.metaLines` for a line of metadata under the title.
        public var meta: Int? = nil

        /// True when the line shows no article text (a blank line, or metadata).
        public var isBlank: Bool { paragraph < 0 }
    }

    /// The width the text was wrapped to.
    public let width: Int
    public let lines: [Line]
    /// Per paragraph, the index of its first line.
    public let firstLine: [Int]

    public init(_ content: ArticleContent, width: Int) {
        self.width = width
        var lines: [Line] = []
        var firstLine: [Int] = []
        let paragraphs = content.article.paragraphs
        var previous: Paragraph.Kind?
        var metaPlaced = content.metaLines.isEmpty
        func placeMeta() {
            for (m, meta) in content.metaLines.enumerated() {
                for range in ArticleLayout.wrap(meta.atoms, width: max(1, width)) {
                    lines.append(Line(paragraph: -1, atoms: range, indent: 0, marker: .none, meta: m))
                }
            }
            metaPlaced = true
        }
        for (p, paragraph) in paragraphs.enumerated() {
            // Byline, date, site and link go under the title, before the first other block.
            if !metaPlaced, paragraph.kind != .title { placeMeta() }
            let kind = paragraph.kind
            if let previous, !(previous == kind && (kind == .summary || kind == .listItem)) {
                lines.append(Line(paragraph: -1, atoms: 0..<0, indent: 0, marker: .none))
            }
            previous = kind
            firstLine.append(lines.count)
            let hangs = kind == .summary || kind == .listItem || kind == .blockQuote
            let indent = hangs && width > 6 ? 2 : 0
            let ranges = ArticleLayout.wrap(content.atoms[p], width: max(1, width - indent))
            for (i, range) in ranges.enumerated() {
                let marker: Marker = indent == 0 ? .none : kind == .blockQuote ? .bar : (i == 0 ? .bullet : .none)
                lines.append(Line(paragraph: p, atoms: range, indent: indent, marker: marker))
            }
        }
        if !metaPlaced { placeMeta() }
        self.lines = lines
        self.firstLine = firstLine
    }

    /// Splits atoms into lines of at most `width` columns.
    static func wrap(_ atoms: [ArticleContent.Atom], width: Int) -> [Range<Int>] {
        guard !atoms.isEmpty else { return [0..<0] }
        var result: [Range<Int>] = []
        var start = 0
        var column = 0
        var breakEnd = -1, breakNext = -1
        var i = 0
        while i < atoms.count {
            let atom = atoms[i]
            if atom.isSpace {
                if i == start { start += 1; i += 1; continue }
                breakEnd = i
                breakNext = i + 1
                column += 1
                i += 1
                continue
            }
            if i > start, !atoms[i - 1].isSpace, ArticleLayout.canBreak(between: atoms[i - 1].character, and: atom.character,
                                                                       wide: atom.width > 1 || atoms[i - 1].width > 1) {
                breakEnd = i
                breakNext = i
            }
            let w = Int(atom.width)
            if column + w > width && i > start {
                if breakEnd > start {
                    result.append(start..<breakEnd)
                    start = breakNext
                } else {
                    result.append(start..<i)
                    start = i
                }
                breakEnd = -1
                column = 0
                for j in start..<i { column += Int(atoms[j].width) }
                continue
            }
            column += w
            i += 1
        }
        var end = atoms.count
        while end > start, atoms[end - 1].isSpace { end -= 1 }
        if end > start || result.isEmpty { result.append(start..<end) }
        return result
    }

    /// Whether a line may end between two glyphs with no space between
    /// them: only next to a wide (CJK) glyph, and never before closing
    /// punctuation or after opening punctuation (kinsoku, simply).
    static func canBreak(between before: Character, and after: Character, wide: Bool) -> Bool {
        guard wide else { return false }
        return !noBreakBefore.contains(after) && !noBreakAfter.contains(before)
    }

    static let noBreakBefore: Set<Character> = [
        "。", "、", "，", "．", "・", "：", "；", "！", "？", "」", "』", "）", "】", "〉", "》", "ー", "ゝ", "々",
        ".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", "…",
    ]
    static let noBreakAfter: Set<Character> = ["「", "『", "（", "【", "〈", "《", "(", "[", "{", "“", "‘"]

    /// The line showing article offset `offset` (or the nearest one after it).
    public func line(containing offset: Int, in content: ArticleContent) -> Int {
        let paragraphs = content.article.paragraphs
        guard !paragraphs.isEmpty, !lines.isEmpty else { return 0 }
        // The last paragraph starting at or before the offset.
        var lo = 0, hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        var p = max(0, lo - 1)
        if offset >= paragraphs[p].range.upperBound, p + 1 < paragraphs.count, lo > 0 { p += 1 }
        if offset < paragraphs[p].range.lowerBound { return firstLine[p] }
        let atoms = content.atoms[p]
        var best = firstLine[p]
        var l = firstLine[p]
        while l < lines.count, lines[l].paragraph == p {
            let range = lines[l].atoms
            if range.lowerBound < atoms.count, atoms[range.lowerBound].offset <= offset { best = l } else { break }
            l += 1
        }
        return best
    }

    /// The article offset a line starts at, for keeping the same text in view across a re-wrap.
    public func anchor(ofLine index: Int, in content: ArticleContent) -> Int {
        guard !lines.isEmpty else { return 0 }
        var l = min(max(0, index), lines.count - 1)
        while l < lines.count - 1, lines[l].isBlank { l += 1 }
        let line = lines[l]
        guard !line.isBlank else { return 0 }
        let atoms = content.atoms[line.paragraph]
        return line.atoms.lowerBound < atoms.count ? atoms[line.atoms.lowerBound].offset
            : content.article.paragraphs[line.paragraph].range.lowerBound
    }
}
