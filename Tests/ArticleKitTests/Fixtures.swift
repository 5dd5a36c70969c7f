import Foundation
import Testing
@testable import ArticleKit

/// Articles for the tests, from two places.
///
/// `Tests/Fixtures` travels with the repository: the seed article and a few
/// short articles written for this project. The corpora (BBC, PolNeAR, saved
/// pages) and the scorers live in ../shared beside a checkout: CI has them, a
/// lone clone does not, so a test that reads them carries `.needsShared(…)`
/// and is skipped, with the reason, when they are absent.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let own = packageRoot.appendingPathComponent("Tests/Fixtures")
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let data = shared.appendingPathComponent("data")

    /// A path in ../shared/data (only for tests marked `.needsShared`).
    static func path(_ relative: String) -> String { data.appendingPathComponent(relative).path }

    /// A path in Tests/Fixtures.
    static func fixture(_ relative: String) -> String { own.appendingPathComponent(relative).path }

    static func read(_ path: String) throws -> Article {
        try #require(try ArticleReader().read(path).first)
    }

    /// An article from ../shared/data.
    static func article(_ relative: String) throws -> Article { try read(path(relative)) }

    /// An article from text written in the test, as a plain-text file would hold it.
    static func article(text: String) -> Article {
        ArticleReader.plainText(text, source: "test.txt")
    }

    static var seed: Article { get throws { try read(fixture("seed/lavrov-no-war.txt")) } }

    /// Four short stories in two topic folders (Tests/Fixtures/articles).
    static var articles: String { fixture("articles") }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when every one of `paths` (relative to ../shared)
    /// is there; otherwise Swift Testing reports it skipped with this reason.
    static func needsShared(_ paths: String...) -> Self {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: Fixtures.shared.appendingPathComponent($0).path) }
        return .enabled(if: missing.isEmpty, "needs ../shared/\(missing.first ?? "") beside the checkout")
    }
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
