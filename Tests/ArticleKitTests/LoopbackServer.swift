import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 that a test starts and stops:
/// canned responses by path, each connection answered on its own thread
/// (so a slow route holds up nothing else).
///
/// It answers conditional GETs as a server should: a request whose
/// If-None-Match is the route's ETag, or whose If-Modified-Since is its
/// Last-Modified, gets 304 Not Modified and no body. Routes can change
/// while it runs, as a feed does between fetches, and every request is
/// logged with its headers.
final class LoopbackServer: @unchecked Sendable {
    struct Reply: Sendable {
        var status = "200 OK"
        var headers: [String: String] = [:]
        var body = Data()
        /// Seconds to wait before answering, to provoke timeouts.
        var delay: Double = 0
    }

    struct Request: Sendable {
        var path: String
        /// Header names lowercased.
        var headers: [String: String]
    }

    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var routes: [String: Reply]
    private var log: [Request] = []
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
        guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
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

    /// Changes (or adds) what `path` answers from now on.
    func set(_ path: String, _ reply: Reply) { lock.withLock { routes[path] = reply } }

    /// The requests so far for `path`, oldest first.
    func requests(_ path: String) -> [Request] { lock.withLock { log.filter { $0.path == path } } }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve() {
        while !lock.withLock({ stopped }) {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            let thread = Thread { [self] in
                handle(client)
                close(client)
            }
            thread.start()
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
        let lines = String(decoding: request, as: UTF8.self).components(separatedBy: "\r\n")
        let first = lines.first?.split(separator: " ") ?? []
        let path = first.count > 1 ? String(first[1]) : "/"
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let reply = lock.withLock { () -> Reply in
            log.append(Request(path: path, headers: headers))
            return routes[path] ?? Reply(status: "404 Not Found", body: Data("not here".utf8))
        }
        if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
        let etag = reply.headers["ETag"], modified = reply.headers["Last-Modified"]
        let unchanged = (etag != nil && headers["if-none-match"] == etag)
            || (etag == nil && modified != nil && headers["if-modified-since"] == modified)
        let status = unchanged ? "304 Not Modified" : reply.status
        let body = unchanged ? Data() : reply.body
        var head = "HTTP/1.1 \(status)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        for (key, value) in reply.headers { head += "\(key): \(value)\r\n" }
        let bytes = Data((head + "\r\n").utf8) + body
        _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
