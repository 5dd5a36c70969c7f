import Foundation
import Testing
@testable import ArticleKit

/// Keeps attribution accuracy from slipping: scores PolNeAR dev and the seed
/// with ../shared/eval/score_quotes.py (the project's scorer, run as is) and
/// fails below the level reached, less a small margin.
@Suite(.serialized) struct AccuracyTests {
    /// Dev figures when this floor was set: quote F1 0.937, speaker 0.944, e2e 0.881.
    static let floor = (quoteF1: 0.930, speakerAccuracy: 0.938, e2eF1: 0.875)

    static func score(articles folder: String, gold: String) throws -> [String: Double] {
        var lines: [String] = []
        ArticleBatch.read([folder]) { item in
            if case .article(let article) = item {
                lines += article.quotes.map { QuoteExporter.jsonLine($0, in: article) }
            }
        }
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-accuracy-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: predictions, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: predictions) }

        let scorer = Process()
        scorer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        scorer.arguments = ["python3", Fixtures.data.deletingLastPathComponent().appendingPathComponent("eval/score_quotes.py").path,
                            "--pred", predictions.path, "--gold", gold]
        let out = Pipe()
        scorer.standardOutput = out
        try scorer.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        scorer.waitUntilExit()
        #expect(scorer.terminationStatus == 0)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return json.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    @Test(.needsShared("data/polnear/dev", "eval/score_quotes.py"))
    func polnearDevStaysAboveTheFloor() throws {
        let scores = try Self.score(articles: Fixtures.path("polnear/dev/text"), gold: Fixtures.path("polnear/dev"))
        let quoteF1 = try #require(scores["quote_f1"]), speaker = try #require(scores["speaker_accuracy"]), e2e = try #require(scores["e2e_f1"])
        #expect(quoteF1 >= Self.floor.quoteF1, "quote F1 \(quoteF1)")
        #expect(speaker >= Self.floor.speakerAccuracy, "speaker accuracy \(speaker)")
        #expect(e2e >= Self.floor.e2eF1, "end-to-end F1 \(e2e)")
    }

    @Test(.needsShared("data/seed/lavrov-no-war.gold.json", "eval/score_quotes.py"))
    func seedArticleIsPerfect() throws {
        let scores = try Self.score(articles: Fixtures.fixture("seed/lavrov-no-war.txt"), gold: Fixtures.path("seed/lavrov-no-war.gold.json"))
        #expect(scores["e2e_f1"] == 1.0)
        #expect(scores["gold"] == 9)
    }
}
