import Testing
@testable import ArticleKit

/// Speakers across the fixture stories: one entry per person.
@Suite struct SpeakerDirectoryTests {
    static func directory(_ folder: String) -> (entries: [SpeakerDirectory.Entry], index: [SpeakerDirectory.Member: Int]) {
        var directory = SpeakerDirectory()
        var n = 0
        ArticleBatch.read([folder]) { item in
            if case .article(let a) = item { directory.add(a, index: n); n += 1 }
        }
        return directory.merged()
    }

    @Test func aBareSurnameJoinsTheOnlyFullNameEndingWithIt() throws {
        let (entries, _) = Self.directory(Fixtures.articles)
        // council/2 calls her only "Ms Okafor"; council/1 names her Mayor Ann Okafor.
        let mayor = try #require(entries.first)
        #expect(mayor.name == "Ann Okafor")
        #expect(mayor.role == "Mayor")
        #expect(mayor.aliases.contains("Ms Okafor"))
        #expect(mayor.articleCount == 2)
        #expect(mayor.quoteCount == 4)
        #expect(!entries.contains { $0.name == "Okafor" })
    }

    @Test func aPeerIsNotSomebodyElseWithTheSurname() {
        // bbc/politics/027 and bbc/sport/024: the peer who led the inquiry
        // into pre-war intelligence is not the runner.
        var directory = SpeakerDirectory()
        directory.add(story(#"The former cabinet secretary Lord Butler said: "There was a lack of rigour." "It was too informal," Butler added."#), index: 0)
        directory.add(story(#"Kathy Butler said: "I am delighted to be running in Birmingham.""#), index: 1)
        let entries = directory.merged().entries
        #expect(Set(entries.map(\.name)) == ["Lord Butler", "Kathy Butler"])
        #expect(entries.first { $0.name == "Lord Butler" }?.quoteCount == 2)
        #expect(entries.first { $0.name == "Kathy Butler" }?.aliases == ["Kathy Butler"])
    }

    @Test func twoPeopleWhoShareASurnameNeverMerge() throws {
        let (entries, index) = Self.directory(Fixtures.articles)
        #expect(entries.map(\.name) == ["Ann Okafor", "Priya Nair", "Maria Santos", "Sam Whitley", "Ravi Nair"])
        #expect(entries.first { $0.name == "Ravi Nair" }?.aliases == ["Ravi Nair"])
        #expect(entries.flatMap(\.members).count == index.count)
    }
}

/// Speakers across the BBC politics folder: one entry per person.
@Suite(.needsShared("data/bbc")) struct BBCSpeakerDirectoryTests {
    static let politics = SpeakerDirectoryTests.directory(Fixtures.path("bbc/politics"))

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

    @Test func aPartyIsOneBodyAcrossArticles() throws {
        // "The Tories say Labour is acting too late while the Lib Dems say…" (bbc/politics/153)
        for party in ["Labour", "Tories", "Liberal Democrats"] {
            let rows = Self.politics.entries.filter { $0.name == party }
            #expect(rows.count == 1, "\(party) is one entry")
            #expect(rows.first?.kind == .organisation, "\(party) is a body, not a person")
            #expect((rows.first?.articleCount ?? 0) >= 2)
        }
    }

    @Test func thePeersOfThePoliticsFolderKeepTheirTitles() throws {
        let goldsmith = try #require(Self.politics.entries.first { $0.name == "Lord Goldsmith" })
        #expect(goldsmith.articleCount >= 3)
        #expect(!Self.politics.entries.contains { $0.name == "Goldsmith" || $0.name == "Falconer" || $0.name == "Woolf" })
    }

    @Test func theRoleShownIsTheOneMostQuotedUnder() throws {
        // One article calls him "the prime minister" (a description it learned
        // him by); most name him "Prime Minister Tony Blair".
        let blair = try #require(Self.politics.entries.first { $0.name == "Tony Blair" })
        #expect(blair.role == "Prime Minister")
    }

    @Test func everyArticleSpeakerHasAnEntry() {
        let (entries, index) = Self.politics
        let members = entries.flatMap(\.members)
        #expect(members.count == index.count)
        #expect(entries.map(\.quoteCount) == entries.map(\.quoteCount).sorted(by: >))
    }
}
