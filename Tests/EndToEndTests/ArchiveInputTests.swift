import Foundation
import Testing

/// `--input jsonl`: an archive as JSON Lines on standard input, as Spark's
/// `rdd.pipe` and Hadoop Streaming feed a mapper, and the reduce step that
/// merges speakers from the quote lines many mappers wrote.
@Suite struct ArchiveInputTests {
    /// The fixture stories as archive lines: {"id": path, "text": file}.
    static func storyLines() throws -> String {
        try ["council/1.txt", "council/2.txt", "council/10.txt", "sport/1.txt"].map { name in
            let path = TestData.articles + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let line = try JSONSerialization.data(withJSONObject: ["id": path, "text": text], options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: line, as: UTF8.self) + "\n"
        }.joined()
    }

    @Test func quotesFromLinesAreTheQuotesFromTheFiles() throws {
        let files = try CommandLineTests.quoth(["quotes", "--format", "jsonl", TestData.articles])
        let lines = try CommandLineTests.quoth(["quotes", "--input", "jsonl", "--format", "jsonl"], stdin: try Self.storyLines())
        #expect(lines.status == 0)
        #expect(lines.stderr.isEmpty)
        #expect(lines.stdout == files.stdout)
        #expect(lines.stdout.split(separator: "\n").count == 10)
    }

    @Test func idsNameTheArticlesAndEveryFormatWorks() throws {
        let input = #"{"id": 7, "title": "Rovers win", "text": "\"We never stopped believing,\" said coach Maria Santos."}"# + "\n"
        let quotes = try CommandLineTests.quoth(["quotes", "--input", "jsonl", "--format", "csv"], stdin: input)
        #expect(quotes.stdout == "article,start,end,kind,speaker,role,mention,cue,text\n7,1,28,full,Maria Santos,coach,coach Maria Santos,said,\"We never stopped believing,\"\n")
        let text = try CommandLineTests.quoth(["text", "--input", "jsonl", "--format", "jsonl"], stdin: input)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.stdout.utf8)) as? [String: Any])
        #expect(object["article"] as? String == "7")
        #expect(object["title"] as? String == "Rovers win")
        let speakers = try CommandLineTests.quoth(["speakers", "--input", "jsonl"], stdin: input)
        #expect(speakers.stdout == "Maria Santos (coach) — 1 quote, 1 article  also: coach Maria Santos\n")
    }

    /// Lines that trickle in (`tail -f archive.jsonl | quoth …`): each
    /// article's quotes come out while the input is still open.
    @Test func quotesAreWrittenAsTheirLinesArrive() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = ["quotes", "--input", "jsonl", "--format", "jsonl"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let stories = try Self.storyLines().split(separator: "\n")
        let arrived = Arrivals(output.fileHandleForReading)
        for (n, story) in stories.enumerated() {
            input.fileHandleForWriting.write(Data((story + "\n").utf8))
            let text = arrived.wait(forLineContaining: "\"article\":\"\(TestData.articles)/", count: [2, 5, 7, 10][n], timeout: 30)
            #expect(text != nil, "the quotes of story \(n + 1) came out before story \(n + 2) was sent")
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Output read as it comes, on a thread of its own.
    final class Arrivals: @unchecked Sendable {
        private let condition = NSCondition()
        private var text = ""

        init(_ handle: FileHandle) {
            Thread { [self] in
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    condition.lock()
                    text += String(decoding: data, as: UTF8.self)
                    condition.broadcast()
                    condition.unlock()
                }
            }.start()
        }

        /// The output so far once `count` lines contain `needle`, or nil after `timeout` seconds.
        func wait(forLineContaining needle: String, count: Int, timeout: TimeInterval) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            condition.lock()
            defer { condition.unlock() }
            while text.split(separator: "\n").filter({ $0.contains(needle) }).count < count {
                if !condition.wait(until: deadline) { return nil }
            }
            return text
        }
    }

    @Test func aMalformedLineIsOneErrorAndTheRunGoesOn() throws {
        let good = try Self.storyLines().split(separator: "\n").map(String.init)
        let input = [good[0], "{\"id\": \"broken\", \"text\": \"no end", good[1], "", #"{"text": "no id"}"#, good[2], "[1, 2]", good[3]]
            .joined(separator: "\n") + "\n"
        let run = try CommandLineTests.quoth(["quotes", "--input", "jsonl", "--format", "jsonl"], stdin: input)
        #expect(run.status == 1)
        #expect(run.stderr == """
            quoth: stdin:2: not valid JSON at column 26: the string is not closed
            quoth: stdin:5: no "id"
            quoth: stdin:7: not a JSON object

            """)
        let files = try CommandLineTests.quoth(["quotes", "--format", "jsonl", TestData.articles])
        #expect(run.stdout == files.stdout, "every good line still gives its quotes, in order")
    }

    @Test func linesComeFromFilesToo() throws {
        let path = NSTemporaryDirectory() + "quoth-archive-\(UUID().uuidString).jsonl"
        try Self.storyLines().write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let run = try CommandLineTests.quoth(["quotes", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", path, "/no/such.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr == "quoth: /no/such.jsonl: no such file or directory\n")
        #expect(run.stdout.split(separator: "\n").count == 10)
    }

    @Test func speakersMergeFromQuoteLinesAsFromArticles() throws {
        let direct = try CommandLineTests.quoth(["speakers", "--format", "jsonl", TestData.articles, TestData.seed])
        // Two mappers' outputs, concatenated: the reduce step.
        let first = try CommandLineTests.quoth(["quotes", "--format", "jsonl", TestData.articles])
        let second = try CommandLineTests.quoth(["quotes", "--format", "jsonl", TestData.seed])
        let reduced = try CommandLineTests.quoth(["speakers", "--input", "jsonl", "--from-quotes", "--format", "jsonl"],
                                                 stdin: first.stdout + second.stdout)
        #expect(reduced.status == 0)
        #expect(reduced.stdout == direct.stdout)
        #expect(reduced.stdout.contains(#"{"speaker":"Ann Okafor","role":"Mayor","aliases":["Ann Okafor","Mayor Ann Okafor","Ms Okafor","Okafor"],"quotes":4,"articles":2,"kind":"person"}"#))
    }

    @Test func fromQuotesNeedsJSONLines() throws {
        let run = try CommandLineTests.quoth(["speakers", "--from-quotes", TestData.seed])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--from-quotes reads quote lines: add --input jsonl"))
        let lines = try CommandLineTests.quoth(["speakers", "--input", "jsonl", "--from-quotes"], stdin: #"{"article": "a", "text": "no speaker field"}"# + "\n")
        #expect(lines.status == 1)
        #expect(lines.stderr == "quoth: stdin:1: no \"speaker\" (a quote line has one, null when unattributed)\n")
    }

    @Test(.needsShared("data/bbc"))
    func theBBCCorpusAsLinesGivesTheSameQuotesAndSpeakers() throws {
        let bbc = TestData.shared("data/bbc")
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        convert.arguments = ["python3", TmuxSession.packageRoot.appendingPathComponent("Scripts/corpus-to-jsonl").path, bbc]
        let pipe = Pipe()
        convert.standardOutput = pipe
        try convert.run()
        let lines = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        convert.waitUntilExit()
        #expect(lines.split(separator: "\n").count == 2200)
        let files = try CommandLineTests.quoth(["quotes", "--format", "jsonl", bbc])
        let streamed = try CommandLineTests.quoth(["quotes", "--input", "jsonl", "--format", "jsonl"], stdin: lines)
        #expect(streamed.stdout == files.stdout)
        let speakers = try CommandLineTests.quoth(["speakers", "--format", "jsonl", bbc])
        let reduced = try CommandLineTests.quoth(["speakers", "--input", "jsonl", "--from-quotes", "--format", "jsonl"], stdin: files.stdout)
        #expect(reduced.stdout == speakers.stdout)
    }
}
