import Foundation

/// Matching the way people type: case- and accent-insensitive.
///
/// "zelensky" finds "Zelensky", "senor" finds "señor". Shared by the quote
/// filter, `--grep` and `--speaker`, so every search in quoth agrees.
public enum SearchText {
    /// Lowercased, without diacritics, with curly apostrophes made straight.
    public static func fold(_ s: String) -> String {
        // Plain ASCII (most English text) only needs lowercasing; Foundation's
        // folding costs ten times more, which a library of 10,000 quotes feels.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }

    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        let n = fold(needle)
        return n.isEmpty || fold(haystack).contains(n)
    }

    /// Whether `query` names `speaker`: its canonical name or any alias,
    /// whole, or by the last word ("blair" names Tony Blair).
    public static func matchesName(_ query: String, _ speaker: Speaker) -> Bool {
        matchesName(folded: foldedName(query), speaker)
    }

    /// `query` as `matchesName(folded:_:)` takes it: folded once for a whole
    /// directory of speakers rather than once per speaker.
    public static func foldedName(_ query: String) -> String {
        fold(query).trimmingCharacters(in: .whitespaces)
    }

    public static func matchesName(folded q: String, _ speaker: Speaker) -> Bool {
        guard !q.isEmpty else { return true }
        for name in [speaker.name] + speaker.aliases {
            let f = fold(name)
            // The whole name, or its end ("blair", "tony blair" in "Prime Minister Tony Blair"),
            // never a part of something longer ("Tony Blair's spokesman").
            if f == q || f.hasSuffix(" " + q) { return true }
        }
        return false
    }
}
