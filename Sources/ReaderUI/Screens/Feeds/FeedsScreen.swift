import ArticleKit
import Foundation

/// The feeds view: every feed with its unread and kept articles, then a
/// feed's articles, then (Enter) the reader — newsboat's feed list and
/// article list as one screen with two levels.
///
/// Holds a snapshot of what the shelf lists, taken when the screen opens, a
/// feed opens and a reload ends, never per frame; unread counts are worked
/// out from the read marks the reader keeps (`SharedState.memory`), so an
/// article read, or marked with `m`, counts at once.
public struct FeedsScreen: Sendable {
    /// Which list shows: the feeds, or one feed's articles.
    public enum Level: Hashable, Sendable {
        case feeds, articles
    }

    public let shelf: any FeedShelf
    public private(set) var feeds: [ShelvedFeed] = []
    public var feedList = ListState(selected: 0)
    public private(set) var level = Level.feeds
    /// The feed whose articles are listed (an index into `feeds`).
    public private(set) var openFeed: Int?
    /// The open feed's articles, newest first.
    public private(set) var articles: [ShelvedArticle] = []
    public var articleList = ListState(selected: 0)
    /// Each article's reading-memory key, worked out once.
    private(set) var articleKeys: [String] = []
    /// Each article's date as the list shows it ("2 Dec 2009"), or nil.
    private(set) var dateLabels: [String?] = []
    /// Each feed's last fetch as the list shows it ("2 Dec 15:20"), or nil.
    private(set) var fetchedLabels: [String?] = []
    public private(set) var size: Size
    /// How dates show: in the reader's zone (fixed in tests).
    public let dates: DateText

    public init(shelf: any FeedShelf, size: Size = Size(width: 80, height: 24), dates: DateText = .local) {
        self.shelf = shelf
        self.size = size
        self.dates = dates
        update(shelf.feeds())
    }

    /// The feed under the cursor of the feed list.
    public var selectedFeed: Int? {
        let f = feedList.selected ?? 0
        return feeds.indices.contains(f) ? f : nil
    }

    /// The row of the article list the cursor is on.
    public var articleCursor: Int { articleList.selected ?? 0 }

    // MARK: Geometry

    var regions: ScreenLayout { ScreenLayout(size: size, sidebarFocused: false) }
    /// The list under its header line.
    var listRect: Rect {
        let body = regions.body
        return Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
    }
    var listHeight: Int { max(1, listRect.height) }

    mutating func resize(to newSize: Size) {
        size = newSize
        feedList.fit(count: feeds.count, height: listHeight)
        articleList.fit(count: articles.count, height: listHeight)
    }

    // MARK: What the shelf lists

    /// Takes a newer list of feeds (a reload ended), keeping the cursor on
    /// the same feed and, in a feed, on the same article.
    public mutating func update(_ newer: [ShelvedFeed]) {
        let selectedURL = selectedFeed.map { feeds[$0].url }
        let openURL = openFeed.map { feeds[$0].url }
        feeds = newer
        let formatter = DateFormatter()
        formatter.locale = dates.locale ?? .current
        formatter.timeZone = dates.timeZone ?? .current
        formatter.dateFormat = "d MMM HH:mm"
        fetchedLabels = feeds.map { $0.lastFetched.map(formatter.string(from:)) }
        if let selectedURL, let f = feeds.firstIndex(where: { $0.url == selectedURL }) {
            feedList.select(f, count: feeds.count, height: listHeight)
        } else {
            feedList.fit(count: feeds.count, height: listHeight)
        }
        guard level == .articles else { return }
        if let openURL, let f = feeds.firstIndex(where: { $0.url == openURL }) {
            list(feed: f, keeping: articles.indices.contains(articleCursor) ? articles[articleCursor].source : nil)
        } else {
            closeFeed()
        }
    }

    /// Lists feed `f`'s articles, the cursor on `source` when it is still listed.
    mutating func list(feed f: Int, keeping source: String? = nil) {
        openFeed = f
        level = .articles
        articles = shelf.articles(of: feeds[f].url)
        articleKeys = articles.map { ReadingMemory.key($0.source) }
        var labeler: DateText.Labeler?
        dateLabels = articles.map { article in
            article.published.map { date in
                if labeler == nil { labeler = dates.labeler() }
                return labeler!.day(date)
            }
        }
        if let source, let row = articles.firstIndex(where: { $0.source == source }) {
            articleList.select(row, count: articles.count, height: listHeight)
        } else {
            articleList = ListState(selected: 0)
            articleList.fit(count: articles.count, height: listHeight)
        }
    }

    /// Back from a feed's articles to the feed list, the cursor on that feed.
    mutating func closeFeed() {
        level = .feeds
        openFeed = nil
        articles = []
        articleKeys = []
        dateLabels = []
    }

    // MARK: Read marks

    /// How many of feed `f`'s articles are unread.
    func unreadCount(ofFeed f: Int, in memory: ReadingMemory) -> Int {
        feeds[f].articleKeys.reduce(0) { $0 + (memory.articles[$1]?.read == true ? 0 : 1) }
    }

    /// Unread articles across every feed: what the title bar counts.
    func unreadCount(in memory: ReadingMemory) -> Int {
        feeds.indices.reduce(0) { $0 + unreadCount(ofFeed: $1, in: memory) }
    }

    func isRead(row: Int, in memory: ReadingMemory) -> Bool {
        memory.articles[articleKeys[row]]?.read == true
    }

    /// Feeds whose last fetch failed, as `URL: reason`, for `!`.
    public var failures: [String] {
        feeds.compactMap { feed in feed.lastError.map { "\(feed.url): \($0)" } }
    }

    /// Where the open feed's article `source` is in its list ("2/12").
    func position(of source: String) -> String? {
        guard level == .articles, let row = articles.firstIndex(where: { $0.source == source }) else { return nil }
        return "\(row + 1)/\(articles.count)"
    }
}
