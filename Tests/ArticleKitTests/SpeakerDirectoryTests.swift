import Testing
@testable import ArticleKit

/// Speakers across the BBC politics folder: one entry per person.
@Suite struct SpeakerDirectoryTests {
    static let politics: (entries: [SpeakerDirectory.Entry], index: [SpeakerDirectory.Member: Int]) = {
        var directory = SpeakerDirectory()
        var n = 0
        ArticleBatch.read([Fixtures.path("bbc/politics")]) { item in
            if case .article(let a) = item { directory.add(a, index: n); n += 1 }
        }
        return directory.merged()
    }()

    @Test func tonyBlairIsOneEntryAcrossManyArticles() throws {
        let blair = try #require(Self.politics.entries.first { $0.name == "Tony Blair" })
        #expect(blair.articleCount >= 40)
        #expect(blair.aliases.contains("Mr Blair"))
        #expect(Self.politics.entries.first?.name == "Tony Blair")
        #expect(!Self.politics.entries.contains { $0.name == "Blair" })
    }

    @Test func theClarkesNeverMerge() throws {
        let charles = try #require(Self.politics.entries.first { $0.name == "Charles Clarke" })
        let ken = try #require(Self.politics.entries.first { $0.name == "Ken Clarke" })
        #expect(charles != ken)
        #expect(!charles.aliases.contains("Ken Clarke"))
    }

    @Test func everyArticleSpeakerHasAnEntry() {
        let (entries, index) = Self.politics
        let members = entries.flatMap(\.members)
        #expect(members.count == index.count)
        #expect(entries.map(\.quoteCount) == entries.map(\.quoteCount).sorted(by: >))
    }
}
