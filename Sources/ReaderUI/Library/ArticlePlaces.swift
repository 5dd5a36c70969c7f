/// Where each article is in the library, by its key in the reading memory
/// (its source made absolute, or its link).
///
/// The article list's header counts the unread articles every frame: asking
/// the memory about each of 100,000 sources took 5–6 ms of every key. With
/// this map the count looks up only the articles marked read. Two articles
/// may share a key (a link fetched by two feeds): both are kept.
public struct ArticlePlaces: Sendable {
    private var first: [String: Int] = [:]
    /// Places after the first for a key that names more than one article.
    private var more: [String: [Int]] = [:]
    /// How many places are kept: the next one added is this.
    public private(set) var count = 0

    public init() {}

    /// The places of `keys`, in order from place 0.
    public init<Keys: Sequence<String>>(_ keys: Keys) {
        first.reserveCapacity(keys.underestimatedCount)
        for key in keys { append(key) }
    }

    /// Adds the next place, with its key (an empty key, of a row not listed yet, is left out).
    public mutating func append(_ key: String) {
        defer { count += 1 }
        guard !key.isEmpty else { return }
        if first[key] == nil { first[key] = count } else { more[key, default: []].append(count) }
    }

    /// Calls `body` with every place `key` names.
    public func forEachPlace(of key: String, _ body: (Int) -> Void) {
        guard let place = first[key] else { return }
        body(place)
        more[key]?.forEach(body)
    }

    /// The first place `key` names.
    public func place(of key: String) -> Int? { first[key] }
}
