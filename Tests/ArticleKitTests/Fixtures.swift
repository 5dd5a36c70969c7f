import Foundation
@testable import ArticleKit

/// Paths to the real articles in ../shared/data, beside the package.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let data = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static func path(_ relative: String) -> String { data.appendingPathComponent(relative).path }

    static func article(_ relative: String) throws -> Article {
        try ArticleReader().read(path(relative))[0]
    }

    /// An article from text written in the test, as a plain-text file would hold it.
    static func article(text: String) -> Article {
        ArticleReader.plainText(text, source: "test.txt")
    }

    static var seed: Article { get throws { try article("seed/lavrov-no-war.txt") } }
}

extension Article {
    /// "speaker: quote" for each quote, the way a reader would check them.
    var attributions: [String] {
        quotes.map { q in (q.speaker.map { speakers[$0].name } ?? "-") + ": " + q.text }
    }

    func speaker(of quoteText: String) -> String? {
        guard let q = quotes.first(where: { $0.text.contains(quoteText) }), let s = q.speaker else { return nil }
        return speakers[s].name
    }

    func quote(_ containing: String) -> Quote? { quotes.first { $0.text.contains(containing) } }
}
