import Foundation
import Testing
@testable import ArticleKit

/// Archives as JSON Lines: the parser, one article a line, the stream that
/// reads them in constant memory, and quote lines read back as speakers.
@Suite struct JSONLinesTests {
    func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

    func syntaxError(_ text: String) -> JSONValue.SyntaxError? {
        do { _ = try JSONValue.parse(Array(text.utf8)); return nil } catch { return error }
    }

    @Test func stringsNumbersAndNesting() throws {
        let value = try parse(#" {"id": 17, "text": "say \"hi\"\n\ttab \\ \/ \u00e9\ud83d\ude00", "n": -2.5e3, "ok": true, "x": null, "a": [1, {"b": []}]} "#)
        let object = try #require(value.object)
        #expect(object["id"] == .number("17"))
        #expect(object["text"]?.string == "say \"hi\"\n\ttab \\ / é😀")
        #expect(object["n"] == .number("-2.5e3"))
        #expect(object["ok"] == .bool(true))
        #expect(object["x"] == .null)
        #expect(object["a"] == .array([.number("1"), .object(["b": .array([])])]))
        // A lone surrogate is kept as U+FFFD, as undecodable text is elsewhere.
        #expect(try parse(#""a\ud800b""#) == .string("a\u{FFFD}b"))
    }

    @Test func whatQuothWritesReadsBackExactly() throws {
        let article = Fixtures.article(text: "T\n\n\"Tab\there, bell\u{07}, line\u{2028}sep, back\\slash, \u{1B}[2J,\" she said.")
        let line = QuoteExporter.jsonLine(article.quotes[0], in: article)
        #expect(try parse(line).object?["text"]?.string == article.quotes[0].text)
    }

    @Test func brokenLinesSayWhereAndWhy() {
        #expect(syntaxError(#"{"id": 1, "text": "open"#)?.description == "not valid JSON at column 19: the string is not closed")
        #expect(syntaxError(#"{"id": 1} x"#)?.description == "not valid JSON at column 11: more after the value")
        #expect(syntaxError("{\"text\": \"a\u{01}b\"}")?.reason == "a control character inside a string (write it as \\u0001)")
        #expect(syntaxError(#"{"id": 01}"#) != nil)
        #expect(syntaxError(#"{"id": tru}"#) != nil)
        #expect(syntaxError("") != nil)
        // 100,000 brackets are refused, not followed down the stack.
        #expect(syntaxError(String(repeating: "[", count: 100_000))?.reason == "nested more than 64 deep")
    }

    static func articleLine(_ json: String) throws(ReadError) -> Article {
        let value: JSONValue
        do { value = try JSONValue.parse(Array(json.utf8)) } catch { throw ReadError(path: "test:1", reason: error.description) }
        return try ArticleLine.article(from: value, location: "test:1")
    }

    @Test func aTextLineIsReadAsTheFileWouldBe() throws {
        let path = Fixtures.fixture("articles/council/1.txt")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let line = try Self.articleLine(#"{"id": "bridge-1", "text": \#(Self.jsonString(text))}"#)
        let file = try Fixtures.read(path)
        #expect(line.source == "bridge-1")
        #expect(line.title == file.title)
        #expect(line.quotes.map(\.span) == file.quotes.map(\.span))
        #expect(line.attributions == file.attributions)
    }

    @Test func aTitleGivenApartLeavesTheTextAllBody() throws {
        let article = try Self.articleLine(#"""
            {"id": 42, "title": "Rovers win", "url": "https://example.org/rovers", "date": "2024-05-04",
             "text": "\"We never stopped believing,\" said coach Maria Santos.\n\nThe players celebrated."}
            """#.replacingOccurrences(of: "\n ", with: " "))
        #expect(article.source == "42")
        #expect(article.title == "Rovers win")
        #expect(article.metadata.link == "https://example.org/rovers")
        #expect(article.metadata.published?.iso8601 == "2024-05-04")
        #expect(article.paragraphs.map(\.kind) == [.body, .body])
        // Offsets count into "text" as given.
        #expect(article.quotes.first?.span.start == 1)
        #expect(article.speaker(of: "We never stopped believing") == "Maria Santos")
    }

    @Test func anHTMLLineIsExtractedAsASavedPage() throws {
        let html = HTMLExtractionTests.newsPage
        let article = try Self.articleLine(#"{"id": "courier", "html": \#(Self.jsonString(html)), "text": "ignored"}"#)
        let page = try HTMLTestData.page(html, source: "courier")
        #expect(article.text == page.text)
        #expect(article.speaker(of: "We have waited long enough") == "Ann Lee")
    }

    @Test func linesThatAreNoArticleSayWhy() {
        func reason(_ json: String) -> String? {
            do { _ = try Self.articleLine(json); return nil } catch { return error.description }
        }
        #expect(reason(#"{"text": "x"}"#) == #"test:1: no "id""#)
        #expect(reason(#"{"id": true, "text": "x"}"#) == #"test:1: "id" is neither a string nor a number"#)
        #expect(reason(#"{"id": "a"}"#) == #"test:1: no "text" or "html""#)
        #expect(reason(#"{"id": "a", "text": 3}"#) == #"test:1: "text" is not a string"#)
        #expect(reason(#"["id", "text"]"#) == "test:1: not a JSON object")
    }

    static func jsonString(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }

    /// A file of lines written for a test; removed by the caller.
    static func file(_ contents: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "quoth-lines-\(UUID().uuidString).jsonl"
        try Data(contents).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theStreamKeepsOrderAndLineNumbersAcrossChunks() throws {
        // Lines of 0.3 MB cross the reader's 1 MB chunks; blank lines count but are not handed out.
        var bytes: [UInt8] = []
        for n in 1...40 {
            if n % 7 == 0 { bytes += Array(" \r\n".utf8); continue }
            bytes += Array("{\"n\": \(n), \"pad\": \"\(String(repeating: "x", count: n % 3 == 0 ? 300_000 : 10))\"}\r\n".utf8)
        }
        bytes += Array("{\"n\": 41}".utf8)   // no final line break
        let path = try Self.file(bytes)
        defer { unlink(path) }
        var seen: [(Int, String)] = []
        let failure = JSONLinesStream.map(path, workers: 2, transform: { line in
            (line.number, (try? JSONValue.parse(line.bytes))?.object?["n"] ?? .null)
        }) { number, n in
            if case .number(let text) = n { seen.append((number, text)) }
        }
        #expect(failure == nil)
        let expected = (1...41).filter { $0 % 7 != 0 }
        #expect(seen.map(\.0) == expected)
        #expect(seen.map(\.1) == expected.map(String.init))
    }

    @Test func aLineOverTheLimitIsSkippedAndTheRestRead() throws {
        let path = try Self.file(Array("{\"n\": 1}\n{\"pad\": \"\(String(repeating: "y", count: 3_000_000))\"}\n{\"n\": 3}\n".utf8))
        defer { unlink(path) }
        var seen: [String] = []
        let failure = JSONLinesStream.map(path, maximumLineLength: 1 << 20, transform: { line in
            line.problem.map { "\(line.number): \($0)" } ?? "\(line.number): \(line.bytes.count) bytes"
        }) { seen.append($0) }
        #expect(failure == nil)
        #expect(seen == ["1: 8 bytes", "2: line too long (2 MB; the limit is 1 MB)", "3: 8 bytes"])
        #expect(JSONLinesStream.map("/no/such.jsonl", transform: { $0 }) { _ in } == ReadError(path: "/no/such.jsonl", reason: "no such file or directory"))
    }

    @Test func quoteLinesGiveBackTheSpeakersOfTheirArticles() throws {
        var direct = SpeakerDirectory(), rebuilt = SpeakerDirectory()
        var lines: [String] = []
        var n = 0
        ArticleBatch.read([Fixtures.articles, Fixtures.fixture("seed")]) { item in
            guard case .article(let article) = item else { return }
            direct.add(article, index: n)
            n += 1
            lines += article.quotes.map { QuoteExporter.jsonLine($0, in: article) }
        }
        let path = try Self.file(Array((lines.joined(separator: "\n") + "\n").utf8))
        defer { unlink(path) }
        var m = 0
        QuoteLines.articles([path]) { item in
            if case .article(let article) = item { rebuilt.add(article, index: m); m += 1 }
        }
        #expect(m == n)
        #expect(rebuilt.merged().entries == direct.merged().entries)
    }

    @Test func aTranscriptLabelIsTheNameItStandsFor() throws {
        // "PENCE:" is Mike Pence, and so is the continuation after it.
        let article = Fixtures.article(text: """
            Pence on the debate

            Governor Mike Pence spoke to Fox News on Sunday.

            "PENCE: Well, look, this is serious business and the American people have a choice to make."

            "(CROSSTALK.)"
            """)
        let lines = article.quotes.map { QuoteExporter.jsonLine($0, in: article) }
        let records = try lines.enumerated().map { i, line in
            try QuoteLines.record(JSONLinesStream.Line(number: i + 1, bytes: Array(line.utf8), problem: nil), location: "test")
        }
        #expect(QuoteLines.article("pence", records).speakers.map(\.aliases) == article.speakers.map(\.aliases))
        #expect(QuoteLines.labelName("O'BRIEN") == "O'brien")
    }
}
