import ArticleKit
import Foundation

/// A fetched article's paragraphs as one column, and back.
///
/// A file's articles are shown by reading the file again, but a fetched
/// article has no file: its paragraphs are kept beside it, so opening it
/// gives the article as fetched ("opening one gives the stored Article
/// without re-analysing"), its quotes' paragraph numbers still pointing at
/// the right blocks.
enum StoredParagraphs {
    private struct Block: Codable {
        var kind: Paragraph.Kind
        var start: Int
        var end: Int
        var text: String
        var emphasis: [Mark]?
    }

    private struct Mark: Codable {
        var strong: Bool
        var start: Int
        var end: Int
        /// Marker ranges, as start, end pairs.
        var markers: [Int]
    }

    static func encode(_ paragraphs: [Paragraph]) throws -> Data {
        try JSONEncoder().encode(paragraphs.map { p in
            Block(kind: p.kind, start: p.range.lowerBound, end: p.range.upperBound, text: p.text,
                  emphasis: p.emphasis.isEmpty ? nil : p.emphasis.map { e in
                      Mark(strong: e.weight == .strong, start: e.range.lowerBound, end: e.range.upperBound,
                           markers: e.markers.flatMap { [$0.lowerBound, $0.upperBound] })
                  })
        })
    }

    /// The paragraphs kept, or nil when the column is not what `encode` wrote.
    static func decode(_ data: Data) -> [Paragraph]? {
        guard let blocks = try? JSONDecoder().decode([Block].self, from: data) else { return nil }
        var paragraphs: [Paragraph] = []
        for b in blocks {
            guard b.start <= b.end else { return nil }
            var emphasis: [Emphasis] = []
            for m in b.emphasis ?? [] {
                guard m.start <= m.end, m.markers.count % 2 == 0 else { return nil }
                var markers: [Range<Int>] = []
                for i in stride(from: 0, to: m.markers.count, by: 2) {
                    guard m.markers[i] <= m.markers[i + 1] else { return nil }
                    markers.append(m.markers[i]..<m.markers[i + 1])
                }
                emphasis.append(Emphasis(weight: m.strong ? .strong : .emphasis, range: m.start..<m.end, markers: markers))
            }
            paragraphs.append(Paragraph(kind: b.kind, range: b.start..<b.end, text: b.text, emphasis: emphasis))
        }
        return paragraphs
    }
}
