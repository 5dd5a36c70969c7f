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
            p.withMemoryRebound(to: UInt32.self) { v in
                for paragraph in paragraphs {
                    starts.append(paragraph.lowerBound)
                    var i = paragraph.lowerBound
                    let end = paragraph.upperBound
                    while i < end {
                        let c = v[i]
                        i += 1
                        // Most scalars are letters and spaces: one test rules them out.
                        guard c == 0x2E || c == 0x21 || c == 0x3F else { continue }
                        // A quote may close after the stop: `…today." "We…`.
                        var k = i
                        while k < end, v[k] == 0x22 || v[k] == 0x201D || v[k] == 0x27 || v[k] == 0x2019 { k += 1 }
                        guard k + 1 < end, v[k] == 0x20 else { continue }
                        let n = p[k + 1]
                        guard ScalarText.isUppercase(n) || (n.value >= 0x30 && n.value <= 0x39) || n == "\"" || n == "\u{201C}" || n == "'",
                              c != 0x2E || !Self.endsAbbreviation(p, i - 1, floor: paragraph.lowerBound) else { continue }
                        starts.append(k + 1)
                    }
                }
            }
        }
    }

    private static func endsAbbreviation(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ dot: Int, floor: Int) -> Bool {
        var start = dot
        while start > floor, QuoteScanner.isWordScalar(p[start - 1]) || p[start - 1] == "." { start -= 1 }
        guard start < dot else { return false }
        if dot - start == 1 { return ScalarText.isUppercase(p[start]) }   // "J. Smith"
        return Tokenizer.isAbbreviation(p, start..<dot)
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
