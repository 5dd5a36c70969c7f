/// How much of one text's wording another text shares (Readability's
/// `_textSimilarity`), for telling a headline repeated in a heading or a
/// JSON-LD name from a site's own name.
enum TextSimilarity {
    /// One minus the share of `b`'s words (by length) that `a` lacks: 1 when
    /// every word of `b` is in `a`, 0 when none is.
    static func similarity(_ a: String, _ b: String) -> Double {
        let tokens = { (s: String) in s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init) }
        let aTokens = Set(tokens(a))
        let bTokens = tokens(b)
        guard !aTokens.isEmpty, !bTokens.isEmpty else { return 0 }
        let unique = bTokens.filter { !aTokens.contains($0) }
        let bLength = bTokens.joined(separator: " ").count
        return 1 - Double(unique.joined(separator: " ").count) / Double(max(bLength, 1))
    }
}
