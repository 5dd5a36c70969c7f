import ArticleKit
import Foundation
@testable import ArticleStore

/// Articles for the store's tests: Tests/Fixtures travels with the
/// repository; ../shared/data beside a checkout is used where marked.
enum StoreFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let own = packageRoot.appendingPathComponent("Tests/Fixtures")
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A copy of Tests/Fixtures/articles (four stories in two folders) and
    /// the seed article, in `folder`/library, free to change.
    static func library(in folder: TemporaryFolder) throws -> String {
        let library = folder.url.appendingPathComponent("library")
        try FileManager.default.copyItem(at: own.appendingPathComponent("articles"), to: library)
        try FileManager.default.copyItem(at: own.appendingPathComponent("seed/lavrov-no-war.txt"),
                                         to: library.appendingPathComponent("lavrov-no-war.txt"))
        return library.path
    }

    /// A store in `folder`.
    static func store(in folder: TemporaryFolder) throws -> ArticleStore {
        try ArticleStore.open(StoreLocation(url: folder.url.appendingPathComponent("data/quoth/quoth.sqlite")))
    }

    /// What a read of `paths` gives, each quote as `quoth quotes --format jsonl` prints it.
    static func readQuotes(_ paths: [String]) -> [String] {
        var lines: [String] = []
        ArticleBatch.read(paths) { item in
            if case .article(let a) = item { lines += a.quotes.map { QuoteExporter.jsonLine($0, in: a) } }
        }
        return lines
    }

    /// The same, answered from the store.
    static func storedQuotes(_ store: ArticleStore, _ report: IndexReport) throws -> [String] {
        let library = try StoredLibrary(store: store, report: report)
        return try library.articles(at: Array(library.entries.indices)).flatMap { a in a.quotes.map { QuoteExporter.jsonLine($0, in: a) } }
    }
}
