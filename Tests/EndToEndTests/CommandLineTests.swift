import Foundation
import Testing

/// The quoth binary as a script would run it: output, errors, exit codes.
@Suite struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The newest built binary (CI builds release first; `swift test` builds debug).
    static var binary: String {
        let candidates = ["release", "debug"].map { root.appendingPathComponent(".build/\($0)/quoth").path }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
        func modified(_ path: String) -> Date {
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
        }
        return candidates.max { modified($0) < modified($1) } ?? root.appendingPathComponent(".build/debug/quoth").path
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func quoth(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static let seed = TestData.seed

    @Test func quotesAsJSONLines() throws {
        let run = try Self.quoth(["quotes", "--format", "jsonl", Self.seed])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 9)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["article"] as? String == Self.seed)
        #expect(first["speaker"] as? String == "Sergey Lavrov")
    }

    @Test func speakerAndGrepFilters() throws {
        let run = try Self.quoth(["quotes", "--format", "jsonl", "--speaker", "zelensky", "--grep", "PANIC", Self.seed])
        #expect(run.stdout.split(separator: "\n").count == 3)
        // "Ms Okafor" in council/2 is the mayor of council/1: the filter finds her under either name.
        let mayor = try Self.quoth(["quotes", "--format", "jsonl", "--speaker", "ms okafor", TestData.articles])
        let lines = mayor.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.contains("\"speaker\":\"Ann Okafor\"") })
    }

    @Test(.needsShared("data/bbc"))
    func speakerFilterMergesAcrossTheBBCPoliticsFolder() throws {
        let politics = TestData.shared("data/bbc/politics")
        let bbc = try Self.quoth(["quotes", "--format", "jsonl", "--speaker", "Tony Blair", politics])
        #expect(bbc.stdout.split(separator: "\n").count > 100)
        #expect(!bbc.stdout.contains("\"speaker\":\"Cherie Blair\""))
        // The same merging as `quoth speakers`: as many quotes, all under the merged name.
        let speakers = try Self.quoth(["speakers", "--format", "jsonl", politics])
        let blair = try #require(speakers.stdout.split(separator: "\n").first { $0.contains("\"speaker\":\"Tony Blair\"") })
        let count = try #require(try JSONSerialization.jsonObject(with: Data(blair.utf8)) as? [String: Any])["quotes"] as? Int
        let lines = bbc.stdout.split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.allSatisfy { $0.contains("\"speaker\":\"Tony Blair\"") })
    }

    @Test func textReportIsPlainWhenPiped() throws {
        let run = try Self.quoth(["quotes", Self.seed])
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.contains("Sergey Lavrov (Russian Foreign Minister) [partial]: “want wars”"))
    }

    @Test func speakersAsJSONLines() throws {
        let run = try Self.quoth(["speakers", "--format", "jsonl", Self.seed])
        let first = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(first["speaker"] as? String == "Sergey Lavrov")
        #expect(first["quotes"] as? Int == 4)
        #expect(first["articles"] as? Int == 1)
    }

    @Test func badInputsAreReportedOneLineEachAndTheRestStillLoads() throws {
        let run = try Self.quoth(["quotes", "--format", "jsonl", "/no/such/article.txt", Self.seed])
        #expect(run.status == 1)
        #expect(run.stderr == "quoth: /no/such/article.txt: no such file or directory\n")
        #expect(run.stdout.split(separator: "\n").count == 9)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let run = try Self.quoth(["quotes", "--format", "yaml", Self.seed])
        #expect(run.status == 2)
        #expect(run.stderr.contains("yaml"))
    }

    @Test func standardInputIsAnArticle() throws {
        let run = try Self.quoth(["quotes", "--format", "jsonl", "-"], stdin: "Title\n\n\"We will win,\" Ms Smith said.\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"article\":\"-\""))
        #expect(run.stdout.contains("\"speaker\":\"Smith\""))
    }
}
