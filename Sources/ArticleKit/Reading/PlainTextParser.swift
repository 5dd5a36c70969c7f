/// Splits a plain-text (or light Markdown) article into title, summary
/// bullets and paragraphs, keeping every offset in the original text.
///
/// The conventions, as news text files use them:
/// - the first non-empty line is the title (a leading `#` is markup);
/// - `- ` / `* ` lines right after it are summary bullets;
/// - blank lines separate paragraphs, and lines of a hard-wrapped paragraph
///   are joined; but a block of long lines (one paragraph a line, as in
///   text copied from a web page) keeps a paragraph per line;
/// - `#` lines are headings, `>` lines block quotes, `- `/`* `/`1. ` list items.
public enum PlainTextParser {
    /// A line longer than this is not the product of hard wrapping.
    static let wrapWidth = 100

    /// `titled: false` is for a body whose title is kept apart (an archive's
    /// `title` field): its first line is then a paragraph like the others.
    public static func parse(_ scalars: [Unicode.Scalar], titled: Bool = true) -> (title: String, paragraphs: [Paragraph]) {
        let lines = splitLines(scalars)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(lines.count)   // at most one a line
        var title = ""
        var index = 0
        while index < lines.count, isBlank(lines[index], scalars) { index += 1 }
        if titled, index < lines.count {
            var line = lines[index]
            line = stripPrefix(line, scalars, markup: ["#"], repeating: true)
            let p = make(.title, line, scalars)
            title = p.text.trimmingSpaces()
            if !p.range.isEmpty { paragraphs.append(p) }
            index += 1
        }
        // Summary bullets directly under the title (a blank line may separate them).
        var probe = index
        while probe < lines.count, isBlank(lines[probe], scalars) { probe += 1 }
        if titled, probe < lines.count, bulletContent(lines[probe], scalars) != nil {
            index = probe
            while index < lines.count, let content = bulletContent(lines[index], scalars) {
                paragraphs.append(make(.summary, content, scalars))
                index += 1
            }
        }
        // Blocks of non-blank lines.
        var block: [Range<Int>] = []
        func flush() {
            guard !block.isEmpty else { return }
            paragraphs.append(contentsOf: blockParagraphs(block, scalars))
            block.removeAll(keepingCapacity: true)
        }
        while index < lines.count {
            if isBlank(lines[index], scalars) { flush() } else { block.append(lines[index]) }
            index += 1
        }
        flush()
        return (title, paragraphs)
    }

    /// Line ranges without their line terminators.
    static func splitLines(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        s.withUnsafeBufferPointer { s in
            var lines: [Range<Int>] = []
            // Sized from the text (a line every 64 characters is plenty for
            // prose), not doubled from one.
            lines.reserveCapacity(s.count / 64)
            var start = 0
            var i = 0
            let n = s.count
            while i < n {
                // Eight scalars at a time to the next of the four line ends.
                i = ScalarText.firstIndex(s, from: i, to: n, of: LineEnds.self)
                guard i < n else { break }
                lines.append(start..<i)
                if s[i] == "\r", i + 1 < n, s[i + 1] == "\n" { i += 1 }
                start = i + 1
                i += 1
            }
            if start < n { lines.append(start..<n) }
            return lines
        }
    }

    /// The four line ends, and (in `block`) the other control characters
    /// below them, which `contains` rules out.
    enum LineEnds: ScalarClass {
        @inline(__always)
        static func block(_ v: SIMD8<UInt32>) -> SIMD8<UInt32> {
            ScalarText.lanes(v, below: 0x0E) | ScalarText.lanes(v & SIMD8(repeating: ~1), equal: 0x2028)
        }
        @inline(__always) static func contains(_ v: UInt32) -> Bool { v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 }
    }

    static func isBlank(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        line.allSatisfy { ScalarText.isWhitespace(s[$0]) }
    }

    static func trim(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, ScalarText.isWhitespace(s[a]) { a += 1 }
        while b > a, ScalarText.isWhitespace(s[b - 1]) { b -= 1 }
        return a..<b
    }

    /// The line without a leading markup mark and the space after it.
    static func stripPrefix(_ line: Range<Int>, _ s: [Unicode.Scalar], markup: Set<Unicode.Scalar>, repeating: Bool) -> Range<Int> {
        let t = trim(line, s)
        var a = t.lowerBound
        while a < t.upperBound, markup.contains(s[a]) {
            a += 1
            if !repeating { break }
        }
        guard a > t.lowerBound, a == t.upperBound || s[a] == " " else { return t }
        return trim(a..<t.upperBound, s)
    }

    /// The text of a `- ` or `* ` (or `• `) line, or nil.
    static func bulletContent(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int>? {
        let t = trim(line, s)
        guard t.count >= 2, ["-", "*", "•"].contains(s[t.lowerBound]), s[t.lowerBound + 1] == " " else { return nil }
        return trim(t.lowerBound + 2..<t.upperBound, s)
    }

    static func numberedContent(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int>? {
        let t = trim(line, s)
        var a = t.lowerBound
        while a < t.upperBound, a - t.lowerBound < 3, ("0"..."9").contains(s[a]) { a += 1 }
        guard a > t.lowerBound, a + 1 < t.upperBound, s[a] == "." || s[a] == ")", s[a + 1] == " " else { return nil }
        return trim(a + 2..<t.upperBound, s)
    }

    static func blockParagraphs(_ block: [Range<Int>], _ s: [Unicode.Scalar]) -> [Paragraph] {
        var out: [Paragraph] = []
        var longest = 0
        for line in block { longest = max(longest, trim(line, s).count) }
        let oneParagraphPerLine = block.count > 1 && block.dropLast().contains { trim($0, s).count > wrapWidth } && longest > wrapWidth
        var run: [Range<Int>] = []
        var runKind = Paragraph.Kind.body
        func flushRun() {
            guard let first = run.first, let last = run.last else { return }
            out.append(make(runKind, first.lowerBound..<last.upperBound, s))
            run.removeAll()
        }
        for line in block {
            let t = trim(line, s)
            if s[t.lowerBound] == "#", case let content = stripPrefix(t, s, markup: ["#"], repeating: true), content != t {
                flushRun()
                out.append(make(.heading, content, s))
            } else if s[t.lowerBound] == ">" {
                let content = stripPrefix(t, s, markup: [">"], repeating: false)
                if runKind != .blockQuote || oneParagraphPerLine { flushRun() }
                runKind = .blockQuote
                run.append(content)
            } else if let content = bulletContent(t, s) ?? numberedContent(t, s) {
                flushRun()
                out.append(make(.listItem, content, s))
                runKind = .listItem
            } else {
                if runKind == .blockQuote || oneParagraphPerLine { flushRun() }
                if runKind == .listItem && !run.isEmpty { flushRun() }
                if runKind == .listItem, let previous = out.last, previous.kind == .listItem, !oneParagraphPerLine,
                   line.lowerBound > 0, ScalarText.isWhitespace(s[line.lowerBound]) {
                    // An indented line continues the list item above it.
                    out.removeLast()
                    out.append(make(.listItem, previous.range.lowerBound..<t.upperBound, s))
                    continue
                }
                runKind = .body
                run.append(t)
            }
        }
        flushRun()
        return out
    }

    /// A paragraph over `range`, its display text with line breaks as spaces.
    ///
    /// An ASCII paragraph is copied in one pass that also notes whether it has
    /// an emphasis marker at all; most have none, and skip the scan for them.
    static func make(_ kind: Paragraph.Kind, _ range: Range<Int>, _ s: [Unicode.Scalar]) -> Paragraph {
        if let (text, markers) = ScalarText.flattenedASCII(s, range) {
            return Paragraph(kind: kind, range: range, text: text, emphasis: markers ? EmphasisScanner.scan(range, s) : [])
        }
        return Paragraph(kind: kind, range: range, text: ScalarText.string(s, range, flattenLines: true),
                         emphasis: EmphasisScanner.scan(range, s))
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, ScalarText.isWhitespace(f) { scalars.removeFirst() }
        while let l = scalars.last, ScalarText.isWhitespace(l) { scalars.removeLast() }
        return String(scalars)
    }
}
