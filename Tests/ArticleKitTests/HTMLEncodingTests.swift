import Foundation
import Testing
@testable import ArticleKit

@Suite("HTML encodings")
struct HTMLEncodingTests {
    static func page(charsetMeta: String?) -> String {
        let meta = charsetMeta.map { "<meta charset=\"\($0)\">" } ?? ""
        return "<html><head>\(meta)<title>Caf\u{E9} news</title></head><body><p>\u{201C}Cr\u{E8}me br\u{FB}l\u{E9}e,\u{201D} she said \u{2014} na\u{EF}vely, about the caf\u{E9} that opened.</p></body></html>"
    }

    static let expected = "\u{201C}Cr\u{E8}me br\u{FB}l\u{E9}e,\u{201D} she said \u{2014} na\u{EF}vely, about the caf\u{E9} that opened."

    static func windows1252(_ text: String) -> Data {
        let table: [UInt32: UInt8] = [0x201C: 0x93, 0x201D: 0x94, 0x2014: 0x97]
        return Data(text.unicodeScalars.map { table[$0.value] ?? UInt8($0.value) })
    }

    @Test(arguments: ["windows-1252", "iso-8859-1", "latin1", nil])
    func windows1252AndLatin1Pages(_ label: String?) throws {
        let data = Self.windows1252(Self.page(charsetMeta: label))
        let article = try #require(try ArticleReader().articles(from: data, source: "page.html").first)
        #expect(article.paragraphs.last?.text == Self.expected)
        #expect(article.title == "Caf\u{E9} news")
        #expect(article.warnings.isEmpty == (label != nil), "an undeclared legacy page is worth a warning")
    }

    @Test func httpHeaderCharset() throws {
        let data = Self.windows1252(Self.page(charsetMeta: nil))
        let article = try #require(try ArticleReader().articles(from: data, source: "http://x.example/a",
                                                                contentType: "text/html; charset=ISO-8859-1").first)
        #expect(article.paragraphs.last?.text == Self.expected)
        #expect(article.warnings.isEmpty)
    }

    @Test func utf8WithByteOrderMarkAndUTF16() throws {
        let html = Self.page(charsetMeta: nil)
        let utf8 = Data([0xEF, 0xBB, 0xBF]) + Data(html.utf8)
        var utf16 = Data([0xFF, 0xFE])
        for unit in html.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        for data in [utf8, utf16] {
            let article = try #require(try ArticleReader().articles(from: data, source: "page.html").first)
            #expect(article.paragraphs.last?.text == Self.expected)
        }
    }

    @Test func otherLegacyCharsetsThroughIconv() throws {
        // "Привет, мир" in KOI8-R.
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2]
        let head = Data("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body><p>".utf8)
        let tail = Data(" \u{2014} the first words of a page written in Russian, long enough.</p></body></html>".utf8)
        // The tail is ASCII apart from the dash; keep the page pure KOI8-R.
        let asciiTail = Data(String(decoding: tail, as: UTF8.self).replacingOccurrences(of: "\u{2014}", with: "-").utf8)
        let article = try #require(try ArticleReader().articles(from: head + Data(koi8) + asciiTail, source: "ru.html").first)
        #expect(article.paragraphs.last?.text.hasPrefix("Привет, мир - the first words") == true)
    }

    @Test func staleCharsetTagOnAUTF8Page() throws {
        let html = Self.page(charsetMeta: "iso-8859-1")
        let article = try #require(try ArticleReader().articles(from: Data(html.utf8), source: "saved.html").first)
        #expect(article.paragraphs.last?.text == Self.expected)
    }
}
