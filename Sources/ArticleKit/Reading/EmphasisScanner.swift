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
                ScalarText.firstIndex(p, from: i, to: end, of: Markers.self)
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

    /// `*` and `_`, where a marker may stand.
    enum Markers: ScalarClass {
        @inline(__always)
        static func block(_ v: SIMD8<UInt32>) -> SIMD8<UInt32> { ScalarText.lanes(v, equal: 0x2A) | ScalarText.lanes(v, equal: 0x5F) }
        @inline(__always) static func contains(_ v: UInt32) -> Bool { v == 0x2A || v == 0x5F }
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
