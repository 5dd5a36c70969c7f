import Foundation

/// Fetches many feeds at once and reads what is new in each.
///
/// The issue's words: "fetches every feed in parallel, with conditional GET
/// (ETag, Last-Modified), a timeout and a size cap; keeps each article once
/// (by guid or link); gives one clear line per failing feed, and the rest
/// still fetch." And: "when an item carries only a summary, the article
/// page is fetched and extracted with the existing HTML reader, and kept."
///
/// Nothing here is stored: the caller passes in what it knows (a
/// `FeedRequest` per feed, from a `FetchLedger`) and gets back a
/// `FeedFetchResult` per feed, so any store can sit behind it.
///
/// Feed content is hostile input: every response is capped, a feed's items
/// and the pages fetched for it are counted and capped, only http(s) links
/// are followed, and text is kept exact (as everywhere in ArticleKit) for
/// the output side to make visible.
public struct FeedFetcher: Sendable {
    /// How many HTTP requests run at once, feeds and pages together.
    public var concurrency: Int
    /// Per request: a feed (or page) that takes longer fails alone.
    public var timeout: TimeInterval
    public var maximumFeedSize: Int
    public var maximumPageSize: Int
    /// Items past this many in one feed are not read (a feed is a list of
    /// recent items; thousands are a mistake or an attack).
    public var maximumItems: Int
    /// At most this many pages are fetched for one feed in one run; the
    /// other summary-only items keep their summaries, and say so.
    public var maximumPagesPerFeed: Int
    /// An item whose text (title aside) is shorter than this many
    /// characters carries "only a summary": its page is fetched.
    public var summaryLength: Int
    /// Whether summary-only items' pages are fetched at all.
    public var fetchesPages: Bool

    public init(concurrency: Int = 8, timeout: TimeInterval = 20, maximumFeedSize: Int = 8 << 20,
                maximumPageSize: Int = 8 << 20, maximumItems: Int = 500, maximumPagesPerFeed: Int = 100,
                summaryLength: Int = 500, fetchesPages: Bool = true) {
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
        self.maximumFeedSize = maximumFeedSize
        self.maximumPageSize = maximumPageSize
        self.maximumItems = maximumItems
        self.maximumPagesPerFeed = maximumPagesPerFeed
        self.summaryLength = summaryLength
        self.fetchesPages = fetchesPages
    }

    /// Fetches every feed in `requests` and returns a result for each, in
    /// the same order. `onResult` sees each result as its feed finishes,
    /// on the calling thread (so it may record it, or draw progress,
    /// without locks).
    public func fetch(_ requests: [FeedRequest], onResult: (FeedFetchResult) -> Void = { _ in }) -> [FeedFetchResult] {
        let mailbox = Mailbox()
        let gate = DispatchSemaphore(value: concurrency)
        let workers = Thread { [self] in
            ParallelWork.forEach(requests.count, workers: concurrency) { index in
                mailbox.post(index, fetchOne(requests[index], gate: gate))
            }
        }
        workers.start()
        var results = [FeedFetchResult?](repeating: nil, count: requests.count)
        for _ in requests.indices {
            let (index, result) = mailbox.take()
            results[index] = result
            onResult(result)
        }
        return results.map { $0! }
    }

    /// Fetches `subscriptions` with what `ledger` knows of them and records
    /// each result in it as its feed finishes, so a run cut short keeps
    /// every feed recorded so far. `onResult` gets each result with the
    /// error recording it raised, if any (a full disk, a read-only folder).
    public func refresh<Ledger: FetchLedger>(_ subscriptions: [Subscription], into ledger: inout Ledger,
                                             onResult: (FeedFetchResult, Error?) -> Void = { _, _ in }) throws -> [FeedFetchResult] {
        let requests = try ledger.requests(for: subscriptions)
        return fetch(requests) { result in
            do {
                try ledger.record(result, at: Date())
                onResult(result, nil)
            } catch {
                onResult(result, error)
            }
        }
    }

    /// One feed: download (conditionally), read, keep what is new.
    func fetchOne(_ request: FeedRequest, gate: DispatchSemaphore) -> FeedFetchResult {
        let http = HTTPFetcher(timeout: timeout, maximumSize: maximumFeedSize)
        let response: HTTPFetcher.Response
        do {
            gate.wait()
            defer { gate.signal() }
            response = try http.fetch(request.url, validators: request.validators.isEmpty ? nil : request.validators)
        } catch {
            return FeedFetchResult(url: request.url, outcome: .failed(error.reason))
        }
        let finalURL = response.url.absoluteString == request.url ? nil : response.url.absoluteString
        if response.notModified { return FeedFetchResult(url: request.url, outcome: .notModified, finalURL: finalURL) }
        if InputFormat.detect(response.data, name: request.url, contentType: response.contentType) == .html {
            return FeedFetchResult(url: request.url, outcome: .failed("a web page, not a feed (the page may link to its feed)"),
                                   finalURL: finalURL)
        }
        let entries: [FeedEntry]
        do {
            let charset = response.contentType.flatMap(HTMLCharset.charset(fromContentType:))
            entries = try FeedReader.entries(from: response.data, source: request.url, httpCharset: charset)
        } catch {
            return FeedFetchResult(url: request.url, outcome: .failed(error.reason), finalURL: finalURL)
        }
        let listed = entries.prefix(maximumItems)
        var seen = request.knownKeys
        let fresh = listed.compactMap { entry -> (key: String, entry: FeedEntry)? in
            let key = Self.key(of: entry)
            return seen.insert(key).inserted ? (key, entry) : nil
        }
        let items = read(fresh, feed: request.url, gate: gate)
        let update = FeedFetchResult.Update(title: entries.first?.site.map { String($0.prefix(300)) }, newItems: items,
                                            validators: response.validators, itemCount: listed.count)
        return FeedFetchResult(url: request.url, outcome: .updated(update), finalURL: finalURL)
    }

    /// The new items as articles, fetching the pages of those that carry
    /// only a summary (in parallel, under the same gate as the feeds).
    private func read(_ fresh: [(key: String, entry: FeedEntry)], feed: String, gate: DispatchSemaphore) -> [FetchedItem] {
        var items = fresh.map { key, entry in
            FetchedItem(key: key, article: entry.article(source: entry.link.flatMap(Self.webAddress) ?? "\(feed)#\(key)"))
        }
        guard fetchesPages else { return items }
        let wanted = items.indices.filter { Self.bodyLength(items[$0].article) < summaryLength && fresh[$0].entry.link.flatMap(Self.webAddress) != nil }
        let fetched = wanted.prefix(maximumPagesPerFeed)
        let box = Results<FetchedItem>(count: fetched.count)
        let capped = fetched.map { items[$0] }
        let links = fetched.map { fresh[$0].entry.link.flatMap(Self.webAddress)! }
        ParallelWork.forEach(fetched.count, workers: min(4, concurrency)) { [self] n in
            box.set(n, withPage(capped[n], link: links[n], gate: gate))
        }
        for (n, index) in fetched.enumerated() { items[index] = box.value(n) ?? items[index] }
        for index in wanted.dropFirst(maximumPagesPerFeed) {
            items[index].note = "only the feed's summary is kept: more than \(maximumPagesPerFeed) new items in this feed to fetch pages for"
        }
        return items
    }

    /// The item with its page's text in place of the summary, or, when the
    /// page cannot be read or says less, the summary with a note why.
    private func withPage(_ item: FetchedItem, link: String, gate: DispatchSemaphore) -> FetchedItem {
        var item = item
        func keepSummary(_ why: String) -> FetchedItem {
            item.note = "only the feed's summary is kept: \(why)"
            item.article.warnings.append(item.note!)
            return item
        }
        let response: HTTPFetcher.Response
        do {
            gate.wait()
            defer { gate.signal() }
            response = try HTTPFetcher(timeout: timeout, maximumSize: maximumPageSize).fetch(link)
        } catch {
            return keepSummary("the page could not be fetched (\(error.reason))")
        }
        guard InputFormat.detect(response.data, name: link, contentType: response.contentType) == .html else {
            return keepSummary("the link is not a web page")
        }
        var page: Article
        do {
            let charset = response.contentType.flatMap(HTMLCharset.charset(fromContentType:))
            page = try HTMLReader.article(from: response.data, source: link, httpCharset: charset)
        } catch {
            return keepSummary("the page could not be read (\(error.reason))")
        }
        guard Self.bodyLength(page) > Self.bodyLength(item.article) else {
            return keepSummary("the page gave no more text than the summary")
        }
        let feed = item.article.metadata
        page.metadata.byline = page.metadata.byline ?? feed.byline
        page.metadata.published = page.metadata.published ?? feed.published
        page.metadata.site = page.metadata.site ?? feed.site
        page.metadata.link = feed.link ?? page.metadata.link
        item.article = page
        item.isFromPage = true
        return item
    }

    /// An item's key: guid, else link, else title (an item with none of
    /// them is the same item while its title is).
    static func key(of entry: FeedEntry) -> String {
        if let guid = entry.guid { return String(guid.prefix(2000)) }
        if let link = entry.link { return String(link.prefix(2000)) }
        return "title:" + String(entry.title.prefix(2000))
    }

    /// How much text an article has besides its title.
    static func bodyLength(_ article: Article) -> Int {
        article.paragraphs.reduce(0) { $0 + ($1.kind == .title ? 0 : $1.range.count) }
    }

    /// `link` when it is an http(s) address (a feed may link anything:
    /// `file:`, `javascript:`; only the web is fetched).
    static func webAddress(_ link: String) -> String? {
        Subscription.isWebAddress(link) ? link : nil
    }
}

/// Results handed from the worker threads to the caller's, one at a time.
private final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private var queue: [(Int, FeedFetchResult)] = []

    func post(_ index: Int, _ result: FeedFetchResult) {
        lock.withLock { queue.append((index, result)) }
        ready.signal()
    }

    func take() -> (Int, FeedFetchResult) {
        ready.wait()
        return lock.withLock { queue.removeFirst() }
    }
}

/// Slots the worker threads fill by index.
private final class Results<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Value) { lock.withLock { values[index] = value } }
    func value(_ index: Int) -> Value? { lock.withLock { values[index] } }
}
