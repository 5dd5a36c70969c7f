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

    static func quoth(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Written from another thread: quoth streams, so it may write output
        // before it has read all its input, and a full pipe would block both.
        let writer = input.fileHandleForWriting
        let feeding = Thread {
            if let stdin { writer.write(Data(stdin.utf8)) }
            try? writer.close()
        }
        feeding.start()
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

    @Test func versionIsOneLine() throws {
        let run = try Self.quoth(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.wholeMatch(of: /quoth \d+\.\d+\.\d+\n/) != nil, "\(run.stdout)")
    }

    @Test func aMistypedCommandIsSuggestedNotOpened() throws {
        let run = try Self.quoth(["quote", Self.seed])
        #expect(run.status == 2)
        #expect(run.stderr == "quoth: quote: no such command or file; did you mean `quoth quotes`?\n")
        #expect(run.stdout.isEmpty)
        #expect(try Self.quoth(["speakrs", Self.seed]).stderr.contains("did you mean `quoth speakers`?"))
        #expect(try Self.quoth(["txt", Self.seed]).stderr.contains("did you mean `quoth text`?"))
        // A word near no command is a path like any other.
        #expect(try Self.quoth(["elephant"]).stderr == "quoth: elephant: no such file or directory\n")
    }

    @Test func aFileNamedLikeACommandIsStillRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "A note called quote\n\nNothing quoted here.\n".write(to: folder.appendingPathComponent("quote"), atomically: true, encoding: .utf8)
        let run = try Self.quoth(["quote"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("A note called quote"))
    }

    @Test func helpNamesNoPathOutsideTheRepository() throws {
        for command in [[], ["read"], ["quotes"], ["speakers"], ["text"], ["bench"], ["bench-ui"]] {
            let help = try Self.quoth(command + ["--help"])
            #expect(help.status == 0)
            #expect(!help.stdout.contains("../"), "quoth \(command.joined()) --help: \(help.stdout)")
            #expect(!help.stdout.contains("shared/"), "quoth \(command.joined()) --help")
            #expect(!help.stdout.contains(Self.root.path), "quoth \(command.joined()) --help")
        }
    }

    @Test func speakersAsCSVAndMarkdown() throws {
        let csv = try Self.quoth(["speakers", "--format", "csv", TestData.articles])
        #expect(csv.stdout.split(separator: "\n").prefix(2) == ["speaker,role,kind,quotes,articles,aliases",
                                                                "Ann Okafor,Mayor,person,4,2,Ann Okafor; Mayor Ann Okafor; Ms Okafor; Okafor"])
        let markdown = try Self.quoth(["speakers", "--format", "markdown", TestData.articles])
        let rows = markdown.stdout.split(separator: "\n")
        #expect(rows.count == 2 + 5)
        #expect(rows[2] == "| Ann Okafor | Mayor | 4 | 2 | Mayor Ann Okafor, Ms Okafor, Okafor |")
    }

    @Test func textAsCSVAndMarkdown() throws {
        let stories = ["council/1.txt", "sport/1.txt"].map { TestData.articles + "/" + $0 }
        let csv = try Self.quoth(["text", "--format", "csv"] + stories)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("article,title,byline,published,site,link,text\n\(stories[0]),Council backs river bridge after decade of delay,,,,,\""))
        #expect(csv.stdout.contains("\n\(stories[1]),Rovers hold on for late win,"))
        let markdown = try Self.quoth(["text", "--format", "markdown"] + stories)
        #expect(markdown.stdout.hasPrefix("# Council backs river bridge after decade of delay\n\n_\(stories[0])_\n\nThe city council voted"))
        #expect(markdown.stdout.contains("the river conservation trust, said they would appeal.\n\n# Rovers hold on for late win\n"))
    }

    /// Piped, every format is exact: a program gets the article's own characters.
    @Test func pipedOutputIsExact() throws {
        let article = try TerminalSafetyTests.hostileArticle()
        defer { unlink(article) }
        let text = try String(contentsOfFile: article, encoding: .utf8)
        let jsonl = try Self.quoth(["text", "--format", "jsonl", article])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(jsonl.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Evil \u{1B}]0;PWNED\u{07} title \u{1B}[2J here")
        #expect((object["text"] as? String)?.contains("C1 \u{9B}2J and bidi \u{202E}desrever") == true)
        #expect(try Self.quoth(["text", article]).stdout.hasPrefix(text.trimmingCharacters(in: .newlines)))
        let csv = try Self.quoth(["quotes", "--format", "csv", article])
        #expect(csv.stdout.contains("\"Hello \u{1B}[31mred\u{1B}[0m world,\""))
    }
}
