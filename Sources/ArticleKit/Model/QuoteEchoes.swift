/// Quotes repeated across articles: the same words, or most of them, in
/// several articles (agencies and follow-up stories quote the same line).
///
/// Quotes are compared by their folded words. Two quotes echo each other
/// when they come from different articles and the shorter one's words are
/// at least `threshold` of the way in the longer one, so a quote cut short or
/// with a word changed still counts. Candidates come from shared runs of
/// four words, so only quotes that could match are compared.
public struct QuoteEchoes: Sendable {
    /// Groups of library quote indices, in library order, each spanning two
    /// or more articles.
    public private(set) var groups: [[Int]] = []
    /// Library quote index → its group in `groups`.
    public private(set) var groupOf: [Int: Int] = [:]

    /// Quotes shorter than this are too common to call echoes ("a disaster").
    public static let minimumWords = 6
    public static let threshold = 0.8

    public init() {}

    /// - Parameters:
    ///   - words: each quote's folded words, hashed (`Library.wordHashes`), in library order.
    ///   - article: each quote's article.
    public init(words: [[UInt64]], article: [Int]) {
        precondition(words.count == article.count)
        var sets: [Set<UInt64>] = []
        sets.reserveCapacity(words.count)
        // (shingle, quote) pairs sorted by shingle: runs are the quotes sharing
        // one; cheaper than a dictionary of 250,000 little arrays.
        var shingles: [(key: UInt64, quote: Int)] = []
        for (q, w) in words.enumerated() {
            sets.append(w.count >= Self.minimumWords ? Set(w) : [])
            guard w.count >= Self.minimumWords else { continue }
            for i in 0...(w.count - 4) {
                // Word hashes are already well mixed; rotating keeps the order.
                // A run repeated within one quote pairs it with itself, which the
                // same-article test below skips.
                let key = w[i] ^ (w[i + 1] << 1 | w[i + 1] >> 63) ^ (w[i + 2] << 2 | w[i + 2] >> 62) ^ (w[i + 3] << 3 | w[i + 3] >> 61)
                shingles.append((key, q))
            }
        }
        var parent = Array(words.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var compared = Set<Int64>()
        shingles.sort { $0.key < $1.key }
        var start = 0
        while start < shingles.count {
            var end = start + 1
            while end < shingles.count, shingles[end].key == shingles[start].key { end += 1 }
            defer { start = end }
            guard end - start > 1, end - start <= 64 else { continue }
            let list = shingles[start..<end].map(\.quote)
            for i in 0..<list.count {
                for j in (i + 1)..<list.count {
                    let a = list[i], b = list[j]
                    guard article[a] != article[b], root(a) != root(b) else { continue }
                    guard compared.insert(Int64(min(a, b)) << 32 | Int64(max(a, b))).inserted else { continue }
                    if Self.similar(sets[a], sets[b]) { parent[root(b)] = root(a) }
                }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        for q in words.indices where !sets[q].isEmpty { byRoot[root(q), default: []].append(q) }
        for group in byRoot.values where group.count > 1 && Set(group.map { article[$0] }).count > 1 {
            groups.append(group)
        }
        groups.sort { $0[0] < $1[0] }
        for (g, group) in groups.enumerated() { for q in group { groupOf[q] = g } }
    }

    /// Most of the shorter quote's words are in the longer one.
    static func similar(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Bool {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        guard !small.isEmpty else { return false }
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(shared) >= threshold * Double(small.count)
    }

    /// The other quotes that echo quote `q` (empty when none do).
    public func echoes(of q: Int) -> [Int] {
        guard let g = groupOf[q] else { return [] }
        return groups[g].filter { $0 != q }
    }
}
