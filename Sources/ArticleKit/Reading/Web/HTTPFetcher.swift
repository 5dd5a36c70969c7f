import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a web page or feed over HTTP(S), within limits a reader can
/// live with: a timeout, a size cap, a bounded number of redirects.
///
/// Synchronous on purpose: `ArticleReader.read` is, and a reader opening
/// one URL has nothing else to do meanwhile. Failures come back as one
/// `ReadError` line that says what went wrong ("HTTP 404 Not Found",
/// "cannot connect to the server", "timed out after 20 s").
struct HTTPFetcher: Sendable {
    struct Response: Sendable {
        var data: Data
        /// The Content-Type header, if any, for telling pages from feeds.
        var contentType: String?
        /// Where the redirects ended.
        var url: URL
        /// The validators to send next time (ETag, Last-Modified).
        var validators = FeedValidators()
        /// A 304: what was asked for with `validators` has not changed, and
        /// `data` is empty.
        var notModified = false
    }

    var timeout: TimeInterval = 20
    var maximumSize: Int = 64 << 20
    var maximumRedirects = 10

    /// Whether `path` is an http(s) URL rather than a file name.
    static func isWebAddress(_ path: String) -> Bool {
        let lower = path.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Fetches `address`. With `validators` the request is conditional
    /// (If-None-Match, If-Modified-Since) and a 304 comes back as a
    /// response marked `notModified`; without, a 304 is an error like any
    /// other status outside 2xx.
    func fetch(_ address: String, validators: FeedValidators? = nil) throws(ReadError) -> Response {
        guard let url = URL(string: address), url.host != nil else {
            throw ReadError(path: address, reason: "not a valid URL")
        }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("quoth (terminal news reader)", forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
                         forHTTPHeaderField: "Accept")
        if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let date = validators?.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let delegate = FetchDelegate(maximumSize: maximumSize, maximumRedirects: maximumRedirects)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request).resume()
        guard delegate.done.wait(timeout: .now() + timeout + 5) == .success else {
            session.invalidateAndCancel()
            throw ReadError(path: address, reason: "timed out after \(Int(timeout)) s")
        }
        let outcome = delegate.outcome
        if let failure = outcome.failure { throw ReadError(path: address, reason: failure) }
        if let error = outcome.error { throw ReadError(path: address, reason: reason(for: error)) }
        guard let http = outcome.response as? HTTPURLResponse else {
            throw ReadError(path: address, reason: "no HTTP response")
        }
        let given = FeedValidators(etag: http.value(forHTTPHeaderField: "ETag").flatMap(FeedValidators.field),
                                   lastModified: http.value(forHTTPHeaderField: "Last-Modified").flatMap(FeedValidators.field))
        if http.statusCode == 304, let validators, !validators.isEmpty {
            return Response(data: Data(), contentType: nil, url: http.url ?? url,
                            validators: given.isEmpty ? validators : given, notModified: true)
        }
        guard (200..<300).contains(http.statusCode) else {
            let phrase = HTTPURLResponse.localizedString(forStatusCode: http.statusCode).capitalized
            throw ReadError(path: address, reason: "HTTP \(http.statusCode) \(phrase)")
        }
        return Response(data: outcome.data, contentType: http.value(forHTTPHeaderField: "Content-Type"),
                        url: http.url ?? url, validators: given)
    }

    /// "too large (over 64 MB)", or in KB under a megabyte (a feed's cap is small).
    static func tooLarge(_ limit: Int) -> String {
        limit >= 1 << 20 ? "too large (over \(limit >> 20) MB)" : "too large (over \(max(1, limit >> 10)) KB)"
    }

    private func reason(for error: Error) -> String {
        guard let error = error as? URLError else { return "download failed" }
        switch error.code {
        case .timedOut: return "timed out after \(Int(timeout)) s"
        case .cannotFindHost, .dnsLookupFailed: return "cannot find the server (offline, or a mistyped address?)"
        case .cannotConnectToHost: return "cannot connect to the server (offline, or nothing listening?)"
        case .notConnectedToInternet, .networkConnectionLost: return "no network connection"
        case .httpTooManyRedirects: return "too many redirects"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "secure connection failed (certificate problem)"
        case .unsupportedURL: return "unsupported URL"
        default: return "download failed (\(error.code.rawValue))"
        }
    }
}

/// Collects one response for `HTTPFetcher`, stopping at the size cap and
/// the redirect limit. Its state is only touched under `lock`.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Outcome {
        var data = Data()
        var response: URLResponse?
        var error: Error?
        /// Set when the fetch was stopped on purpose, with the reason.
        var failure: String?
        var redirects = 0
    }

    let maximumSize: Int
    let maximumRedirects: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var state = Outcome()

    init(maximumSize: Int, maximumRedirects: Int) {
        self.maximumSize = maximumSize
        self.maximumRedirects = maximumRedirects
    }

    var outcome: Outcome { lock.withLock { state } }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(maximumSize)
        lock.withLock {
            state.response = response
            if tooLarge { state.failure = HTTPFetcher.tooLarge(maximumSize) }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            state.data.append(data)
            guard state.data.count > maximumSize else { return false }
            state.failure = HTTPFetcher.tooLarge(maximumSize)
            return true
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let allowed = lock.withLock { () -> Bool in
            state.redirects += 1
            guard state.redirects > maximumRedirects else { return true }
            state.failure = "too many redirects (more than \(maximumRedirects))"
            return false
        }
        if allowed {
            completionHandler(request)
        } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock { if state.error == nil { state.error = error } }
        done.signal()
    }
}
