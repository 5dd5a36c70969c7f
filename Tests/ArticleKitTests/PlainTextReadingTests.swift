import Foundation
import Testing
@testable import ArticleKit

/// How a text file becomes title, summary and paragraphs, offsets unchanged.
@Suite struct PlainTextReadingTests {
    @Test func titleSummaryAndOneParagraphPerLongLine() throws {
        let article = try Fixtures.seed
        #expect(article.title.hasPrefix("Russia's top diplomat says Moscow"))
        #expect(article.paragraphs.map(\.kind) == [.title, .summary, .summary] + Array(repeating: .body, count: 9))
        #expect(article.summary.first?.text.hasPrefix("Russia's top diplomat warned") == true)
    }

    @Test func blankLinesSeparateAndHardWrappedLinesJoin() {
        let article = Fixtures.article(text: """
            A title

            First paragraph, wrapped
            at a narrow width
            like email.

            Second paragraph.
            """)
        #expect(article.paragraphs.map(\.text) == ["A title", "First paragraph, wrapped at a narrow width like email.", "Second paragraph."])
        // The displayed text keeps the offsets of the original (line breaks become spaces).
        let p = article.paragraphs[1]
        #expect(p.text.unicodeScalars.count == p.range.count)
    }

    @Test func markdownHeadingsEmphasisAndLists() {
        let article = Fixtures.article(text: """
            # The headline

            ## A section

            Some *emphasis* and **strong** words, but snake_case and 2*3 stay text.

            - one point
            - another point

            > A block quote.
            """)
        #expect(article.title == "The headline")
        #expect(article.paragraphs.map(\.kind) == [.title, .heading, .body, .listItem, .listItem, .blockQuote])
        let emphasis = article.paragraphs[2].emphasis
        #expect(emphasis.map(\.weight) == [.emphasis, .strong])
        let scalars = Array(article.text.unicodeScalars)
        #expect(emphasis.map { String(String.UnicodeScalarView(scalars[$0.range])) } == ["emphasis", "strong"])
    }

    @Test func crlfAndByteOrderMark() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("Title\r\n\r\n\"Quoted words,\" she said.\r\n".utf8)
        let article = try ArticleReader().articles(from: bytes, source: "crlf.txt")[0]
        #expect(article.title == "Title")
        #expect(article.quotes.map(\.text) == ["Quoted words,"])
        let scalars = Array(article.text.unicodeScalars)
        let q = article.quotes[0]
        #expect(String(String.UnicodeScalarView(scalars[q.span.range])) == "Quoted words,")
    }

    @Test func windows1252FileReadsWithAWarning() throws {
        // Written with 0xE9 for é and 0x93/0x94 for curly double marks.
        let article = try Fixtures.read(Fixtures.fixture("windows-1252.txt"))
        #expect(article.warnings == ["not valid UTF-8; read as Windows-1252"])
        #expect(article.title == "Café owners welcome longer hours")
        #expect(article.quotes.map(\.text) == ["We have waited a long time for this."])
        #expect(TextDecoder.windows1252([0x93, 0x41, 0x94, 0xE9]) == "“A”é")
    }

    @Test(.needsShared("data/bbc"))
    func latin1BBCFileReadsAsWindows1252() throws {
        // BBC sport/199 is Latin-1, not UTF-8.
        let article = try Fixtures.article("bbc/sport/199.txt")
        #expect(article.warnings == ["not valid UTF-8; read as Windows-1252"])
        #expect(!article.text.contains("\u{FFFD}"))
    }
}
