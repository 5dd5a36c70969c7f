/// Finds Markdown `*em*`, `_em_` and `**strong**` runs in a paragraph.
///
/// Only flanking markers count (an opener followed by a letter, a closer
/// preceded by one, on one paragraph), so arithmetic, snake_case names and
/// stray asterisks stay text.
enum EmphasisScanner {
    static func scan(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> [Emphasis] {
        var found: [Emphasis] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // Markers are rare: find the next through a buffer, without the
            // array's per-index checks.
            i = s.withUnsafeBufferPointer { p in
                var k = i
                while k < end, p[k] != "*" && p[k] != "_" { k += 1 }
                return k
            }
            guard i < end else { break }
            let c = s[i]
            guard c == "*" || c == "_" else { i += 1; continue }
            let width = (i + 1 < end && s[i + 1] == c) ? 2 : 1
            let before: Unicode.Scalar? = i > range.lowerBound ? s[i - 1] : nil
            let after: Unicode.Scalar? = i + width < end ? s[i + width] : nil
            let opens = after.map { !ScalarText.isWhitespace($0) && $0 != c } ?? false
                && (before.map { !isWordScalar($0) } ?? true)
            guard opens else { i += width; continue }
            // Find the matching closer on the same paragraph.
            var j = i + width
            var closer: Int?
            while j + width <= end {
                if s[j] == c, (width == 1 || s[j + 1] == c),
                   !ScalarText.isWhitespace(s[j - 1]),
                   j + width == end || !isWordScalar(s[j + width]),
                   width == 2 || j + 1 >= end || s[j + 1] != c {
                    closer = j
                    break
                }
                j += 1
            }
            guard let close = closer, close > i + width else { i += width; continue }
            found.append(Emphasis(weight: width == 2 ? .strong : .emphasis,
                                  range: (i + width)..<close,
                                  markers: [i..<(i + width), close..<(close + width)]))
            i = close + width
        }
        return found
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
