/// Fast conversions between the scalar arrays analysis works on and Strings.
///
/// Analysis indexes text by code point, so it keeps `[Unicode.Scalar]`;
/// turning a slice back into a String one scalar at a time was the single
/// largest cost of reading an article. These encode UTF-8 straight into the
/// new String's storage, with an ASCII fast path for the common case.
enum ScalarText {
    /// The text of `range`; line breaks become spaces when `flattenLines`
    /// (one scalar for one, so offsets still line up).
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>, flattenLines: Bool = false, lowercase: Bool = false) -> String {
        s.withUnsafeBufferPointer { string($0, range, flattenLines: flattenLines, lowercase: lowercase) }
    }

    /// The same over a buffer: the tokenizer holds one for a whole paragraph,
    /// and array indexing (bounds checks, retains) was most of a word's cost.
    @inline(__always)
    static func string(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, flattenLines: Bool = false, lowercase: Bool = false) -> String {
        // Most text is ASCII: one pass to check, one to copy.
        if isASCII(p, range) { return asciiString(p, range, flattenLines: flattenLines, lowercase: lowercase) }
        return unicodeString(p, range, flattenLines: flattenLines, lowercase: lowercase)
    }

    @inline(__always)
    static func isASCII(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var bits: UInt32 = 0
        for i in range { bits |= p[i].value }
        return bits < 0x80
    }

    /// `v` lowercased if it is an ASCII capital.
    @inline(__always)
    static func asciiLower(_ v: UInt32) -> UInt32 { v &- 0x41 < 26 ? v | 0x20 : v }

    /// `range` holds only ASCII scalars: one byte each.
    static func asciiString(_ s: [Unicode.Scalar], _ range: Range<Int>, flattenLines: Bool = false, lowercase: Bool = false) -> String {
        s.withUnsafeBufferPointer { asciiString($0, range, flattenLines: flattenLines, lowercase: lowercase) }
    }

    @inline(__always)
    static func asciiString(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, flattenLines: Bool = false, lowercase: Bool = false) -> String {
        let count = range.count
        guard count > 0, let start = p.baseAddress else { return "" }
        let base = start + range.lowerBound
        return String(unsafeUninitializedCapacity: count) { buffer in
            let out = buffer.baseAddress!
            if lowercase {
                for k in 0..<count { out[k] = UInt8(truncatingIfNeeded: asciiLower(base[k].value)) }
            } else if flattenLines {
                for k in 0..<count {
                    let v = base[k].value
                    out[k] = UInt8(truncatingIfNeeded: v == 0x0A || v == 0x0D ? 0x20 : v)
                }
            } else {
                for k in 0..<count { out[k] = UInt8(truncatingIfNeeded: base[k].value) }
            }
            return count
        }
    }

    /// `string(s, range, flattenLines: true)` for an ASCII range, in one pass
    /// rather than a check and a copy, and whether it holds `*` or `_` (the
    /// only marks emphasis can start with); nil if the range is not ASCII.
    static func flattenedASCII(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (text: String, markers: Bool)? {
        let count = range.count
        guard count > 0 else { return ("", false) }
        var ascii = false
        var markers = false
        let text = s.withUnsafeBufferPointer { p in
            let base = p.baseAddress! + range.lowerBound
            return String(unsafeUninitializedCapacity: count) { buffer in
                let out = buffer.baseAddress!
                // Branch-free, so the loop vectorizes.
                var bits: UInt32 = 0
                var marks: UInt32 = 0
                for k in 0..<count {
                    let v = base[k].value
                    bits |= v
                    marks |= (v == 0x2A ? 1 : 0) | (v == 0x5F ? 1 : 0)
                    out[k] = UInt8(truncatingIfNeeded: v == 0x0A || v == 0x0D ? 0x20 : v)
                }
                ascii = bits < 0x80
                markers = marks != 0
                // Not ASCII: an empty String, and the caller encodes it in full.
                return ascii ? count : 0
            }
        }
        return ascii ? (text, markers) : nil
    }

    private static func unicodeString(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, flattenLines: Bool, lowercase: Bool) -> String {
        @inline(__always) func mapped(_ c: Unicode.Scalar) -> UInt32 {
            let v = c.value
            if flattenLines && (v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029) { return 0x20 }
            if lowercase && v >= 0x41 && v <= 0x5A { return v | 0x20 }
            return v
        }
        var byteCount = 0
        var ascii = true
        for i in range {
            let v = mapped(s[i])
            if v >= 0x80 { ascii = false }
            byteCount += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        if lowercase && !ascii {
            // Beyond ASCII, let the standard library apply Unicode case mapping.
            return string(s, range, flattenLines: flattenLines).lowercased()
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var n = 0
            for i in range {
                let v = mapped(s[i])
                if v < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    /// The text's scalars in one pass over its UTF-8 (a String is always
    /// valid UTF-8; `ScalarText.scalars(text)` decodes it twice). Written
    /// straight into the array's storage: appending one at a time cost
    /// more than the decoding.
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { u in
            let n = u.count
            guard n > 0 else { return [] }
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
                let o = out.baseAddress!
                var i = 0
                var k = 0
                let base = u.baseAddress!
                while i < n {
                    // Eight ASCII bytes at a time, widened as a vector: most text is all ASCII.
                    while i + 8 <= n {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 != 0 { break }
                        let bytes = unsafeBitCast(word, to: SIMD8<UInt8>.self)
                        UnsafeMutableRawPointer(o + k).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: bytes), as: SIMD8<UInt32>.self)
                        k += 8; i += 8
                    }
                    guard i < n else { break }
                    let b = UInt32(u[i])
                    var v: UInt32
                    if b < 0x80 {
                        o[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: b)); k += 1; i += 1
                        continue
                    } else if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F); i += 4
                    }
                    o[k] = Unicode.Scalar(v) ?? "\u{FFFD}"; k += 1
                }
                count = k
            }
        }
    }

    /// The first index in `start..<end` of a scalar in `C`, or `end`.
    /// Scans eight scalars at a time with `C.block`: the marks scanners look
    /// for (quotes, line ends, emphasis) are rare, and a few vector
    /// operations per block rule most blocks out. Generic over the class
    /// rather than taking closures, so each use is specialized and inlined.
    @inline(__always)
    static func firstIndex<C: ScalarClass>(_ p: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int,
                                           of _: C.Type) -> Int {
        var k = start
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            while k + 8 <= end {
                let v = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD8<UInt32>.self)
                let q = unsafeBitCast(C.block(v), to: (UInt64, UInt64, UInt64, UInt64).self)
                if (q.0 | q.1 | q.2 | q.3) & 0x8000_0000_8000_0000 != 0 {
                    for j in k..<(k + 8) where C.contains(p[j].value) { return j }
                }
                k += 8
            }
        }
        while k < end, !C.contains(p[k].value) { k += 1 }
        return k
    }

    /// Lanes equal to `c` get their top bit set (scalar values are below
    /// 2^31, so only a zero difference wraps around).
    @inline(__always)
    static func lanes(_ v: SIMD8<UInt32>, equal c: UInt32) -> SIMD8<UInt32> { (v ^ SIMD8(repeating: c)) &- 1 }

    /// Lanes below `c` get their top bit set.
    @inline(__always)
    static func lanes(_ v: SIMD8<UInt32>, below c: UInt32) -> SIMD8<UInt32> { v &- SIMD8(repeating: c) }

    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || v &- 0x09 < 5 }
        return isWhitespaceBeyondASCII(c)
    }

    /// Out of line, so the ASCII test inlined into scanning loops stays small.
    @inline(never)
    static func isWhitespaceBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    @inline(__always)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 }
        return isUppercaseBeyondASCII(c)
    }

    @inline(never)
    static func isUppercaseBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
}

/// A set of scalars a scanner skips to (`ScalarText.firstIndex`).
///
/// `block` must set the top bit of every lane holding a scalar `contains`
/// accepts (it may flag more). It is written with wrapping arithmetic
/// (`ScalarText.lanes`), not `.==`: Swift's SIMD comparisons compile to a
/// loop over the lanes, while arithmetic becomes vector code.
protocol ScalarClass {
    static func block(_ v: SIMD8<UInt32>) -> SIMD8<UInt32>
    static func contains(_ v: UInt32) -> Bool
}

extension String {
    /// Whether the UTF-8 bytes end with `suffix` (ASCII): a byte compare,
    /// where `hasSuffix` compares grapheme clusters.
    @inline(__always)
    func endsWithASCII(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        let u = utf8
        guard u.count >= n else { return false }
        var i = u.index(u.endIndex, offsetBy: -n)
        let p = suffix.utf8Start
        for k in 0..<n {
            if u[i] != p[k] { return false }
            i = u.index(after: i)
        }
        return true
    }
}


extension String {
    /// `split(separator: " ").map(String.init)`: the words of a name. An
    /// ASCII string (every Character one byte, none joining a space) is cut
    /// at its space bytes, the same answer without grapheme breaking, which
    /// was most of what reading an article's names cost.
    func wordsSeparatedBySpaces() -> [String] {
        var copy = self
        var words: [String] = []
        guard copy.forEachASCIIWord({ u, r in words.append(String(decoding: UnsafeBufferPointer(rebasing: u[r]), as: UTF8.self)) }) else {
            return split(separator: " ").map(String.init)
        }
        return words
    }

    /// `split(separator: " ").count`, counted on the bytes of an ASCII
    /// string: the resolver weighs every role a speaker has by it.
    func countOfWordsSeparatedBySpaces() -> Int {
        var copy = self
        var count = 0
        guard copy.forEachASCIIWord({ _, _ in count += 1 }) else { return split(separator: " ").count }
        return count
    }

    /// How many `wordsSeparatedBySpaces()` there are, and the first and
    /// last of them (nil if none), without the array or the words between:
    /// that is all the resolver asks of a name, and it asks of every one.
    func firstAndLastWordsBySpaces() -> (count: Int, first: String, last: String)? {
        var copy = self
        var count = 0
        var first = 0..<0
        var last = 0..<0
        guard copy.forEachASCIIWord({ _, r in
            if count == 0 { first = r }
            last = r
            count += 1
        }) else {
            let words = wordsSeparatedBySpaces()
            guard let f = words.first, let l = words.last else { return nil }
            return (words.count, f, l)
        }
        guard count > 0 else { return nil }
        return copy.withUTF8 { u in
            let f = String(decoding: UnsafeBufferPointer(rebasing: u[first]), as: UTF8.self)
            let l = count == 1 ? f : String(decoding: UnsafeBufferPointer(rebasing: u[last]), as: UTF8.self)
            return (count, f, l)
        }
    }

    /// Calls `visit` with the byte range of each space-separated word, when
    /// the string is ASCII; false, having visited nothing, when it is not
    /// (a non-ASCII name is cut by Character instead). The one scan the
    /// three questions above share.
    private mutating func forEachASCIIWord(_ visit: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) -> Bool {
        withUTF8 { u in
            for b in u where b >= 0x80 { return false }
            var start = 0
            for k in 0...u.count where k == u.count || u[k] == 0x20 {
                if k > start { visit(u, start..<k) }
                start = k + 1
            }
            return true
        }
    }
}
