import Foundation
import Testing
@testable import ArticleKit
#if canImport(Glibc)
import Glibc
#endif

@Suite("Web fetching", .serialized)
struct WebFetchTests {
    static let page = Data("""
    <!DOCTYPE html><html><head><title>Bridge to be built</title></head><body><article>
    <p>"We have waited long enough," said Mayor Ann Lee on Monday, announcing that the bridge would be built.</p>
    </article></body></html>
    """.utf8)

    @Test func fetchesPagesAndFeedsTellingThemApart() throws {
        let server = try LoopbackServer(routes: [
            "/story": .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: Self.page),
            "/feed": .init(headers: ["Content-Type": "application/rss+xml"], body: Data(FeedReaderTests.rss2.utf8)),
            "/untyped-feed": .init(headers: ["Content-Type": "text/xml"], body: Data(FeedReaderTests.atom.utf8)),
            "/old": .init(status: "301 Moved Permanently", headers: ["Location": "/story"]),
        ])
        defer { server.stop() }
        let reader = ArticleReader()
        let story = try reader.read(server.url("/story"))
        #expect(story.first?.title == "Bridge to be built")
        #expect(story.first?.source == server.url("/story"))
        #expect(try reader.read(server.url("/feed")).count == 2)
        #expect(try reader.read(server.url("/untyped-feed")).first?.title == "Q&A today")
        #expect(try reader.read(server.url("/old")).first?.title == "Bridge to be built", "redirects are followed")
    }

    @Test func failuresAreOneClearLine() throws {
        let server = try LoopbackServer(routes: [
            "/gone": .init(status: "410 Gone"),
            "/error": .init(status: "500 Internal Server Error"),
            "/loop": .init(status: "302 Found", headers: ["Location": "/loop"]),
        ])
        defer { server.stop() }
        let reader = ArticleReader()
        for (path, reason) in [("/missing", "HTTP 404 Not Found"), ("/gone", "HTTP 410 Gone"),
                               ("/error", "HTTP 500 Internal Server Error")] {
            let error = #expect(throws: ReadError.self) { try reader.read(server.url(path)) }
            #expect(error?.reason == reason)
            #expect(error?.path == server.url(path))
        }
        let loop = #expect(throws: ReadError.self) { try reader.read(server.url("/loop")) }
        #expect(loop?.reason.contains("redirect") == true)
    }

    @Test func nothingListeningSaysCannotConnect() throws {
        let server = try LoopbackServer(routes: [:])
        let address = server.url("/")
        server.stop()
        let error = #expect(throws: ReadError.self) { try ArticleReader().read(address) }
        #expect(error?.reason.hasPrefix("cannot connect") == true)
    }

    @Test func slowServerTimesOut() throws {
        let server = try LoopbackServer(routes: ["/slow": .init(body: Self.page, delay: 3)])
        defer { server.stop() }
        let start = ContinuousClock.now
        let error = #expect(throws: ReadError.self) { try HTTPFetcher(timeout: 1).fetch(server.url("/slow")) }
        #expect(error?.reason.hasPrefix("timed out") == true)
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test func responsesOverTheSizeCapAreRefused() throws {
        let big = Data(repeating: UInt8(ascii: "a"), count: 300_000)
        let server = try LoopbackServer(routes: ["/big": .init(headers: ["Content-Type": "text/html"], body: big)])
        defer { server.stop() }
        let error = #expect(throws: ReadError.self) { try HTTPFetcher(maximumSize: 100_000).fetch(server.url("/big")) }
        #expect(error?.reason.hasPrefix("too large") == true)
    }

    @Test func notAURL() {
        let error = #expect(throws: ReadError.self) { try HTTPFetcher().fetch("http://") }
        #expect(error?.reason == "not a valid URL")
    }
}
