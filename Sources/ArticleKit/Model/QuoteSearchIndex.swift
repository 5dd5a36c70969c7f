import Foundation

/// Every quote's folded text and speaker names in one byte buffer, so the
/// library's quote filter is one sweep of `memchr` and `memcmp` per keystroke.
///
/// Ten thousand Swift `String.contains` calls per keystroke cost more than a
/// frame; scanning one contiguous UTF-8 buffer costs well under a
/// millisecond. Keys are separated by a zero byte, which folded text never
/// contains, so a match never spans two quotes.
public struct QuoteSearchIndex: Sendable {
    private var bytes: [UInt8] = []
    /// Where each key starts in `bytes`, in quote order.
    private var starts: [Int] = []

    public init() {}

    public var count: Int { starts.count }

    /// Appends the key of the next quote: text and speaker names, already folded.
    public mutating func append(folded key: String) {
        starts.append(bytes.count)
        bytes.append(contentsOf: key.utf8.lazy.map { $0 == 0 ? 32 : $0 })
        bytes.append(0)
    }

    /// Indices of the quotes whose key contains `needle` (already folded), in order.
    public func matches(_ needle: String) -> [Int] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return Array(starts.indices) }
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { hay in
            pattern.withUnsafeBufferPointer { pat in
                guard let base = hay.baseAddress, let p = pat.baseAddress else { return }
                var position = 0
                var quote = 0
                while position < hay.count {
                    guard let offset = Self.find(p, pat.count, in: base, from: position, to: hay.count) else { break }
                    quote = quoteIndex(at: offset, from: quote)
                    found.append(quote)
                    // The next quote can match again; this one is counted.
                    position = quote + 1 < starts.count ? starts[quote + 1] : hay.count
                }
            }
        }
        return found
    }

    /// The first place at or after `from` where the pattern starts (glibc's
    /// `memmem` is not visible to Swift without _GNU_SOURCE).
    private static func find(_ pattern: UnsafePointer<UInt8>, _ length: Int, in base: UnsafePointer<UInt8>,
                             from: Int, to end: Int) -> Int? {
        var i = from
        let first = Int32(pattern[0])
        while end - i >= length {
            guard let hit = memchr(base + i, first, end - i - length + 1) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, pattern, length) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// The quote whose key holds byte `offset`, at or after quote `first`
    /// (whose key starts at or before it). Matches come in order, mostly a
    /// few keys apart: galloping from the last one beats a search of all
    /// 100,000 for each of the 60,000 titles a one-letter search matches.
    private func quoteIndex(at offset: Int, from first: Int) -> Int {
        var lo = first, hi = first + 1, step = 1
        while hi < starts.count, starts[hi] <= offset {
            lo = hi
            step *= 2
            hi = lo + step
        }
        hi = min(hi, starts.count) - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
