import ArticleKit
import ArticleStore
import Foundation

/// The quote view's rows over the store, read a page at a time.
///
/// Everyone's quotes, filtered or not, come in row order (the order they
/// were kept: library order for a folder indexed at once) straight from
/// `quotes_fts` or `quotes`, a page after the last row id read, so a
/// keystroke costs one page and a count however many quotes match. A
/// chosen speaker's quotes (a few thousand at most) and the newest-first
/// order are listed by row id up front (`ids`); a filter over a speaker's
/// quotes reads the filter's matches a stretch at a time (`among`), so a
/// one-letter prefix over the most quoted speaker does not read 280,000
/// matches on the key. Only the ids of the rows scrolled past are kept,
/// and the text of the page last drawn.
final class StoredQuoteRows: QuoteRows, @unchecked Sendable {
    let contents: StoredLibraryContents
    let filter: String
    var count: Int { lock.withLock { rowCount } }
    var counted: Bool { lock.withLock { exact } }
    var foldedEchoes: Int { 0 }
    private var rowCount: Int
    private var exact: Bool
    private let lock = NSLock()
    /// Row ids from the top, as far as read (all of them when given).
    private var head: [Int64]
    private var headDone: Bool
    /// Row ids from the bottom up, as far as read.
    private var tail: [Int64] = []
    /// The rows last drawn, by id.
    private var page: [Int64: QuoteLine] = [:]
    /// A speaker's quotes being narrowed by the filter (`among`): their
    /// ids, and the last of the filter's matches read so far.
    private var narrowing: (own: [Int64], through: Int64)?

    /// How many ids one query reads.
    static let chunk = 256

    init(contents: StoredLibraryContents, filter: String, ids: [Int64]?) {
        self.contents = contents
        self.filter = filter
        if let ids {
            head = ids
            headDone = true
            rowCount = ids.count
            exact = true
        } else {
            head = []
            headDone = false
            // No word: every quote, counted when the contents were read.
            let found = (try? contents.catalog.quoteCount(matching: filter, all: contents.quoteCount, upTo: Self.countCap + 1)) ?? 0
            // With no word to match, every quote is listed and their number is known.
            exact = found <= Self.countCap || !LibraryCatalog.hasWords(filter)
            rowCount = exact ? found : Self.countCap
        }
    }

    /// A speaker's quotes (`own`, ascending row ids) that have every word
    /// of `filter`, found among the filter's first `limit` matches (more
    /// while fewer than `enough` are found); `count` is then a floor
    /// ("650+"), made exact when the list is scrolled near its end.
    init(contents: StoredLibraryContents, filter: String, among own: [Int64], scanning limit: Int = scanCap, enough: Int = 64) {
        self.contents = contents
        self.filter = filter
        var found: [Int64] = []
        var through: Int64? = (own.first ?? 1) - 1
        while let after = through, found.count < enough {
            guard let stretch = try? contents.catalog.quoteIDs(among: own, matching: filter, after: after, scanning: limit) else {
                through = nil
                break
            }
            found += stretch.ids
            through = stretch.through
        }
        head = found
        headDone = true
        rowCount = found.count
        exact = through == nil
        narrowing = through.map { (own, $0) }
    }

    /// How many matches a keystroke counts at most.
    static let countCap = 10_000
    /// How many of the filter's matches a keystroke reads for a speaker's
    /// quotes: 32,768 take 1–2 ms, and hold some 600 of the most quoted
    /// speaker's quotes with the commonest one-letter prefix.
    static let scanCap = 32_768

    func countAll() {
        lock.withLock {
            guard !exact else { return }
            if let narrowing {
                // The rest of the speaker's quotes, after the last match read.
                let rest = try? contents.catalog.quoteIDs(among: narrowing.own, matching: filter, after: narrowing.through, scanning: nil)
                head += rest?.ids ?? []
                rowCount = head.count
                exact = true
                self.narrowing = nil
                return
            }
            rowCount = (try? contents.catalog.quoteCount(matching: filter, all: contents.quoteCount)) ?? rowCount
            exact = true
        }
    }

    func lines(_ range: Range<Int>) -> [QuoteLine] {
        return lock.withLock {
            let range = range.clamped(to: 0..<rowCount)
            guard !range.isEmpty else { return [] }
            let ids = range.compactMap(id(at:))
            let missing = ids.filter { page[$0] == nil }
            if !missing.isEmpty {
                if page.count > 512 { page = [:] }
                for row in (try? contents.catalog.quotes(missing)) ?? [] {
                    if let line = contents.line(row) { page[row.id] = line }
                }
            }
            return ids.compactMap { page[$0] }
        }
    }

    func position(of key: Int64) -> Int? {
        lock.withLock {
            if let i = head.firstIndex(of: key) { return i }
            return exact ? tail.firstIndex(of: key).map { rowCount - 1 - $0 } : nil
        }
    }

    /// The row id at place `i`, reading more from the nearer end when needed.
    private func id(at i: Int) -> Int64? {
        if i < head.count { return head[i] }
        let fromEnd = rowCount - 1 - i
        if headDone { return nil }
        if exact, fromEnd < tail.count { return tail[fromEnd] }
        if exact, fromEnd < i - head.count {
            // Nearer the bottom (G): read up from the end.
            while tail.count <= fromEnd {
                let more = (try? contents.catalog.quoteIDs(matching: filter, after: tail.last ?? Int64.max, backward: true,
                                                           limit: max(Self.chunk, fromEnd + 1 - tail.count))) ?? []
                tail += more
                if more.isEmpty { return nil }
            }
            return tail[fromEnd]
        }
        while head.count <= i {
            let more = (try? contents.catalog.quoteIDs(matching: filter, after: head.last ?? 0,
                                                       limit: max(Self.chunk, i + 1 - head.count))) ?? []
            head += more
            if more.isEmpty { headDone = true; return nil }
        }
        return head[i]
    }
}
