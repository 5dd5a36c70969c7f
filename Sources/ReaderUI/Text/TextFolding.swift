import ArticleKit

/// Case- and accent-insensitive search in article text, mapped back to offsets.
///
/// Folding is ArticleKit's `SearchText.fold`, so the reader's search agrees
/// with `--grep`; what this adds is the way back: text is folded one
/// character at a time, keeping for every folded scalar the offset of the
/// character it came from, so a match in folded text maps to the article.
public enum TextFolding {

    /// Text folded for searching, with a map back to the original offsets.
    public struct Folded: Sendable {
        /// The folded scalars.
        public var scalars: [Unicode.Scalar]
        /// For each folded scalar, the code-point offset (in the source) of
        /// the scalar it came from.
        public var origins: [Int]

        /// Offsets (in the source's numbering) of every match of `needle`,
        /// which must already be folded.
        public func matches(of needle: [Unicode.Scalar]) -> [Range<Int>] {
            guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
            var found: [Range<Int>] = []
            var i = 0
            let last = scalars.count - needle.count
            while i <= last {
                if scalars[i] == needle[0] && scalars[i..<(i + needle.count)].elementsEqual(needle) {
                    found.append(origins[i]..<(origins[i + needle.count - 1] + 1))
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return found
        }
    }

    /// Folds `text`, whose first scalar is at `offset` in some larger text.
    public static func folded(_ text: String, offset: Int = 0) -> Folded {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        origins.reserveCapacity(text.unicodeScalars.count)
        var position = offset
        for character in text {
            let count = character.unicodeScalars.count
            if count == 1, let s = character.unicodeScalars.first, s.value < 0x80 {
                scalars.append((0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value + 0x20)! : s)
                origins.append(position)
            } else {
                for s in SearchText.fold(String(character)).unicodeScalars {
                    scalars.append(s)
                    origins.append(position)
                }
            }
            position += count
        }
        return Folded(scalars: scalars, origins: origins)
    }
}
