import Foundation
import Testing
@testable import ArticleKit

/// Keeps attribution accuracy from slipping: scores PolNeAR dev, bbc-gold and
/// the seed with ../shared/eval/score_quotes.py (the project's scorer, run as
/// is) and fails below the level reached, less a small margin. It also prints
/// each sieve's precision on PolNeAR dev and bbc-gold, the scorer's end-to-end
/// precision on that sieve's quotes alone, so a rule that does more harm than
/// good shows itself.
@Suite(.serialized) struct AccuracyTests {
    /// Dev figures when this floor was set: quote F1 0.937, speaker 0.944, e2e 0.882.
    static let devFloor = (quoteF1: 0.930, speakerAccuracy: 0.938, e2eF1: 0.875)
    /// bbc-gold figures when this floor was set: speaker 0.956, e2e 0.932, role 0.936.
    static let bbcGoldFloor = (speakerAccuracy: 0.950, e2eF1: 0.925, roleAccuracy: 0.930)

    static var scorer: String { Fixtures.shared.appendingPathComponent("eval/score_quotes.py").path }

    /// Every quote of the articles at `paths`, as jsonl lines with their sieve.
    static func predictions(_ paths: [String]) -> [(sieve: Sieve?, line: String)] {
        var lines: [(Sieve?, String)] = []
        ArticleBatch.read(paths) { item in
            if case .article(let article) = item {
                lines += article.quotes.map { ($0.sieve, QuoteExporter.jsonLine($0, in: article)) }
            }
        }
        return lines
    }

    /// The scorer's figures for `lines` against `gold`.
    static func score(_ lines: [String], gold: String) throws -> [String: Double] {
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-accuracy-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: predictions, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: predictions) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, "--pred", predictions.path, "--gold", gold]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return json.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    static func score(articles paths: [String], gold: String) throws -> [String: Double] {
        try score(predictions(paths).map(\.line), gold: gold)
    }

    /// Precision per sieve: each sieve's quotes scored alone. Printed, one line a sieve.
    static func precisionBySieve(_ predictions: [(sieve: Sieve?, line: String)], gold: String, set: String) throws -> [Sieve: Double] {
        var bySieve: [Sieve: Double] = [:]
        for sieve in Sieve.allCases where !sieve.marksNonSpeech {
            let lines = predictions.filter { $0.sieve == sieve }.map(\.line)
            guard !lines.isEmpty else { continue }
            let scores = try score(lines, gold: gold)
            guard let predicted = scores["predicted"], predicted > 0, let precision = scores["e2e_precision"] else { continue }
            bySieve[sieve] = precision
            print("sieve precision \(set): \(sieve.rawValue) \(String(format: "%.3f", precision)) of \(Int(predicted)) scored quotes")
        }
        return bySieve
    }

    @Test(.needsShared("data/polnear/dev", "eval/score_quotes.py"))
    func polnearDevStaysAboveTheFloor() throws {
        let predictions = Self.predictions([Fixtures.path("polnear/dev/text")])
        let scores = try Self.score(predictions.map(\.line), gold: Fixtures.path("polnear/dev"))
        let quoteF1 = try #require(scores["quote_f1"]), speaker = try #require(scores["speaker_accuracy"]), e2e = try #require(scores["e2e_f1"])
        #expect(quoteF1 >= Self.devFloor.quoteF1, "quote F1 \(quoteF1)")
        #expect(speaker >= Self.devFloor.speakerAccuracy, "speaker accuracy \(speaker)")
        #expect(e2e >= Self.devFloor.e2eF1, "end-to-end F1 \(e2e)")
        let bySieve = try Self.precisionBySieve(predictions, gold: Fixtures.path("polnear/dev"), set: "PolNeAR dev")
        // The two sieves that carry most quotes must stay sound.
        #expect(try #require(bySieve[.cueAfterQuote]) >= 0.9)
        #expect(try #require(bySieve[.cueBeforeQuote]) >= 0.8)
    }

    @Test(.needsShared("data/bbc-gold/gold.json", "eval/score_quotes.py"))
    func bbcGoldStaysAboveTheFloor() throws {
        let folder = Fixtures.path("bbc-gold")
        let articles = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder + "/" + $0 }
        let predictions = Self.predictions(articles)
        let scores = try Self.score(predictions.map(\.line), gold: folder + "/gold.json")
        let speaker = try #require(scores["speaker_accuracy"]), e2e = try #require(scores["e2e_f1"]), role = try #require(scores["role_accuracy"])
        #expect(speaker >= Self.bbcGoldFloor.speakerAccuracy, "speaker accuracy \(speaker)")
        #expect(e2e >= Self.bbcGoldFloor.e2eF1, "end-to-end F1 \(e2e)")
        #expect(role >= Self.bbcGoldFloor.roleAccuracy, "role accuracy \(role)")
        let bySieve = try Self.precisionBySieve(predictions, gold: folder + "/gold.json", set: "bbc-gold")
        #expect(try #require(bySieve[.cueAfterQuote]) >= 0.9)
        #expect(try #require(bySieve[.cueBeforeQuote]) >= 0.85)
    }

    @Test(.needsShared("data/seed/lavrov-no-war.gold.json", "eval/score_quotes.py"))
    func seedArticleIsPerfect() throws {
        let scores = try Self.score(articles: [Fixtures.fixture("seed/lavrov-no-war.txt")], gold: Fixtures.path("seed/lavrov-no-war.gold.json"))
        #expect(scores["e2e_f1"] == 1.0)
        #expect(scores["role_accuracy"] == nil || scores["role_accuracy"] == 1.0)
        #expect(scores["gold"] == 9)
        let lavrov = try Fixtures.seed.speakers.first { $0.name == "Sergey Lavrov" }
        #expect(lavrov?.role == "Russian Foreign Minister")
    }
}
