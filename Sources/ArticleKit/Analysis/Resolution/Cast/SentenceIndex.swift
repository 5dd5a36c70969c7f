/// Which sentence of the article an offset falls in, by a cheap scan for
/// sentence ends: salience fades with every sentence between a name and a
/// pronoun, so it needs sentence numbers for every name in the article, not
/// only for the paragraphs that were tokenized for their quotes.
struct SentenceIndex {
    /// Offsets where sentences start, ascending.
    private(set) var starts: [Int] = []

    /// A full stop, "!" or "?" followed by a space and a capital, digit or
    /// quote mark ends a sentence, unless the word before is an abbreviation
    /// ("Mr. Trump", "U.S. officials"); every paragraph starts one.
    init(_ s: [Unicode.Scalar], paragraphs: [Range<Int>]) {
        starts.reserveCapacity(paragraphs.count * 4)
        s.withUnsafeBufferPointer { p in
            for paragraph in paragraphs {
                starts.append(paragraph.lowerBound)
                let end = paragraph.upperBound
                // Eight scalars a step to the next stop: most are letters and spaces.
                var i = ScalarText.firstIndex(p, from: paragraph.lowerBound, to: end, of: Stops.self)
                while i < end {
                    let c = p[i].value
                    // A quote may close after the stop: `…today." "We…`.
                    var k = i + 1
                    while k < end, p[k].value == 0x22 || p[k].value == 0x201D || p[k].value == 0x27 || p[k].value == 0x2019 { k += 1 }
                    if k + 1 < end, p[k] == " " {
                        let n = p[k + 1]
                        if ScalarText.isUppercase(n) || (n.value >= 0x30 && n.value <= 0x39) || n == "\"" || n == "\u{201C}" || n == "'",
                           c != 0x2E || !Self.endsAbbreviation(p, i, floor: paragraph.lowerBound) {
                            starts.append(k + 1)
                        }
                    }
                    i = ScalarText.firstIndex(p, from: i + 1, to: end, of: Stops.self)
                }
            }
        }
    }

    /// ".", "!" and "?".
    enum Stops: ScalarClass {
        @inline(__always)
        static func block(_ v: SIMD8<UInt32>) -> SIMD8<UInt32> {
            ScalarText.lanes(v, equal: 0x2E) | ScalarText.lanes(v, equal: 0x21) | ScalarText.lanes(v, equal: 0x3F)
        }
        @inline(__always) static func contains(_ v: UInt32) -> Bool { v == 0x2E || v == 0x21 || v == 0x3F }
    }

    private static func endsAbbreviation(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ dot: Int, floor: Int) -> Bool {
        var start = dot
        while start > floor, QuoteScanner.isWordScalar(p[start - 1]) || p[start - 1] == "." { start -= 1 }
        guard start < dot else { return false }
        if dot - start == 1 { return ScalarText.isUppercase(p[start]) }   // "J. Smith"
        return Tokenizer.isAbbreviation(p, start..<dot)
    }

    /// Whether a sentence starts at `position`.
    func isStart(_ position: Int) -> Bool {
        let n = sentence(at: position)
        return n < starts.count && starts[n] == position
    }

    /// The sentence number of `position`.
    func sentence(at position: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= position { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }
}
