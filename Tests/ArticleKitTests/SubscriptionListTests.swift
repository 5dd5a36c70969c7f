import Foundation
import Testing
@testable import ArticleKit

@Suite("Subscriptions: the urls file")
struct SubscriptionListTests {
    /// A newsboat urls file as people write them.
    static let newsboat = """
        # news
        https://feeds.bbci.co.uk/news/rss.xml news "~BBC News" uk
        http://example.org/feed.atom  "long tag" tech   # trailing comment

        "query:Unread:unread = \\"yes\\"" reading
        exec:~/bin/feed.sh
        "filter:~/bin/clean:https://example.net/rss"
        https://example.com/hidden.xml !hidden "say \\"hi\\""
        https://feeds.bbci.co.uk/news/rss.xml again
        file:///home/me/local.xml
        """

    @Test func readsURLsTagsTitlesAndSkipsWhatItCannotFollow() {
        let (list, warnings) = SubscriptionList.parse(Self.newsboat, source: "urls")
        let feeds = list.subscriptions
        #expect(feeds.map(\.url) == ["https://feeds.bbci.co.uk/news/rss.xml", "http://example.org/feed.atom",
                                     "https://example.com/hidden.xml"])
        #expect(feeds[0].tags == ["news", "~BBC News", "uk"])
        #expect(feeds[0].title == "BBC News")
        #expect(feeds[0].categories == ["news", "uk"])
        #expect(feeds[1].tags == ["long tag", "tech"], "a # that starts a word begins a comment")
        #expect(feeds[1].title == nil)
        #expect(feeds[2].isHidden)
        #expect(feeds[2].tags == ["!hidden", "say \"hi\""])
        #expect(warnings.count == 5, "one warning per skipped line: \(warnings)")
        #expect(warnings[0].hasPrefix("urls line 5: query feeds"))
        #expect(warnings[0].contains("query:Unread"), "the warning names the line")
        #expect(warnings[1].hasPrefix("urls line 6: exec feeds run a command"))
        #expect(warnings[2].hasPrefix("urls line 7: filter feeds"))
        #expect(warnings[3].hasPrefix("urls line 9: https://feeds.bbci.co.uk/news/rss.xml is already listed"))
        #expect(warnings[4].hasPrefix("urls line 10: not an http(s) feed address"))
    }

    @Test func writingBackKeepsCommentsAndSkippedLines() {
        var (list, _) = SubscriptionList.parse(Self.newsboat, source: "urls")
        #expect(list.text == Self.newsboat + "\n", "unchanged, the file is written back byte for byte")
        let added = list.add(Subscription(url: "https://new.example/feed", tags: ["a b", "#x", "plain"]))
        let again = list.add(Subscription(url: "http://example.org/feed.atom", tags: ["tech"]))
        let merged = list.add(Subscription(url: "http://example.org/feed.atom", tags: ["science"]))
        #expect(added)
        #expect(!again, "already there with that tag: nothing new")
        #expect(merged)
        let lines = list.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "# news")
        #expect(lines[2] == "http://example.org/feed.atom \"long tag\" tech science")
        #expect(lines[4] == "\"query:Unread:unread = \\\"yes\\\"\" reading")
        #expect(lines[10] == "https://new.example/feed \"a b\" \"#x\" plain")
        let (reread, _) = SubscriptionList.parse(list.text, source: "urls")
        #expect(reread.subscriptions == list.subscriptions, "what is written reads back the same")
    }

    @Test func theFileLivesUnderXDGConfigHomeAndUpdatesInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-urls-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SubscriptionsFile.standard(environment: ["XDG_CONFIG_HOME": folder.path, "HOME": "/nonexistent"])
        #expect(file.url.path == folder.path + "/quoth/urls")
        #expect(SubscriptionsFile.standard(environment: ["HOME": "/home/ann"]).url.path == "/home/ann/.config/quoth/urls")
        #expect(try file.load().list.subscriptions.isEmpty, "no file yet is no feeds")
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("# mine\nhttps://a.example/rss x\n".utf8).write(to: file.url)
        _ = try file.update { $0.add(Subscription(url: "https://b.example/atom")) }
        #expect(try String(contentsOf: file.url, encoding: .utf8) == "# mine\nhttps://a.example/rss x\nhttps://b.example/atom\n")
    }

    @Test func anUnreadableFileIsOneErrorNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-urls-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SubscriptionsFile(url: folder.appendingPathComponent("urls"))
        try FileManager.default.createDirectory(at: file.url, withIntermediateDirectories: true)
        let error = #expect(throws: ReadError.self) { try file.load() }
        #expect(error?.path == file.url.path)
        #expect(error?.reason == "is a directory")
    }
}
