import Foundation
import Testing
@testable import ArticleKit
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 that this test file starts and
/// stops: canned responses by path, one connection at a time.
final class LoopbackServer: @unchecked Sendable {
    struct Reply: Sendable {
        var status = "200 OK"
        var headers: [String: String] = [:]
        var body = Data()
        /// Seconds to wait before answering, to provoke timeouts.
        var delay: Double = 0
    }

    let port: UInt16
    private let socket: Int32
    private let routes: [String: Reply]
    private let lock = NSLock()
    private var stopped = false

    init(routes: [String: Reply]) throws {
        self.routes = routes
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socket = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve() {
        while !lock.withLock({ stopped }) {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: [13, 10, 13, 10]) && request.count < 65536 {
            let n = recv(client, &buffer, buffer.count, 0)
            guard n > 0 else { return }
            request.append(contentsOf: buffer[0..<n])
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let path = line.count > 1 ? String(line[1]) : "/"
        let reply = routes[path] ?? Reply(status: "404 Not Found", body: Data("not here".utf8))
        if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
        var head = "HTTP/1.1 \(reply.status)\r\nContent-Length: \(reply.body.count)\r\nConnection: close\r\n"
        for (key, value) in reply.headers { head += "\(key): \(value)\r\n" }
        let bytes = Data((head + "\r\n").utf8) + reply.body
        _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}

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
