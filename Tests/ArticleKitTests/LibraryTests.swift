import Foundation
import Testing
@testable import ArticleKit

/// A library of folders: every article in, speakers merged across articles,
/// the quote filter and quote echoes. First on the four short fixture
/// stories, then on the whole BBC folder when ../shared has it.
@Suite struct LibraryTests {
    static func library(_ folder: String) -> Library {
        var articles: [Article] = []
        ArticleBatch.read([folder]) { item in
            if case .article(let a) = item { articles.append(a) }
        }
        return Library(articles)
    }

    static let stories = library(Fixtures.articles)

    @Test func holdsEveryStoryAndQuote() {
        let library = Self.stories
        #expect(library.articles.map(\.title) == ["Council backs river bridge after decade of delay", "Bridge toll plan draws shopkeepers' anger",
                                                  "Library hours to be cut", "Rovers hold on for late win"])
        #expect(library.failures.isEmpty)
        #expect(library.quotes.count == 10)
        #expect(library.search.count == library.quotes.count)
        #expect(library.indexedCount == 4)
    }

    @Test func msOkaforIsTheMayorInTheNextStoryAndTheNairsStayApart() throws {
        let library = Self.stories
        let mayor = try #require(library.speakers.firstIndex { $0.name == "Ann Okafor" })
        #expect(library.speakers[mayor].articleCount == 2)
        #expect(library.quotesBySpeaker[mayor].count == 4)
        #expect(!library.speakers.contains { $0.name == "Okafor" })
        let councillor = try #require(library.speakers.firstIndex { $0.name == "Priya Nair" })
        let manager = try #require(library.speakers.firstIndex { $0.name == "Ravi Nair" })
        #expect(councillor != manager)
        #expect(library.quotesBySpeaker[councillor].count == 2)
        #expect(library.quotesBySpeaker[manager].count == 1)
    }

    @Test func theMayorsLineInTwoStoriesIsAnEcho() throws {
        let library = Self.stories
        let line = "It is the most important project this council has taken on in a generation"
        let first = try #require(library.articles[0].quotes.firstIndex { $0.text.contains(line) })
        let second = try #require(library.articles[1].quotes.firstIndex { $0.text.contains(line) })
        #expect(library.echoes.echoes(of: library.quoteIndex(article: 0, quote: first)).contains(library.quoteIndex(article: 1, quote: second)))
        #expect(library.echoes.groups.count == 1)
    }

    @Test func filterFindsAQuoteByASpeakersOtherName() {
        let library = Self.stories
        let okafor = library.search.matches("ms okafor")
        #expect(okafor.count == 4)
        #expect(library.search.matches("crumbling bridge").count == 1)
    }

    @Test func echoesAllowACutOrAChangedWord() {
        let words = ["we will not raise income tax in the next parliament", "we will not raise income tax in the next parliament at all",
                     "we will raise income tax", "the weather was fine on the coast all day long"]
            .map { Library.wordHashes($0) }
        let echoes = QuoteEchoes(words: words, article: [0, 1, 2, 3])
        #expect(echoes.groups == [[0, 1]])
        // Two quotes in one article are never echoes of each other.
        #expect(QuoteEchoes(words: Array(words.prefix(2)), article: [0, 0]).groups.isEmpty)
    }
}

/// The library of the whole BBC folder (2,200 articles in five topics).
@Suite(.needsShared("data/bbc")) struct BBCLibraryTests {
    static let bbc = LibraryTests.library(Fixtures.path("bbc"))

    @Test func holdsEveryArticleAndQuote() {
        let library = Self.bbc
        #expect(library.articles.count == 2200)
        #expect(library.articles.filter { $0.source.contains("/politics/") }.count == 407)
        #expect(library.failures.isEmpty)
        #expect(library.quotes.count == library.articles.reduce(0) { $0 + $1.quotes.count })
        #expect(library.search.count == library.quotes.count)
        #expect(library.indexedCount == 2200)
    }

    @Test func tonyBlairIsOneSpeakerAcrossManyArticlesAndTheClarkesStayApart() throws {
        let library = Self.bbc
        let blair = try #require(library.speakers.firstIndex { $0.name == "Tony Blair" })
        #expect(library.speakers[blair].articleCount >= 40)
        #expect(library.quotesBySpeaker[blair].count == library.speakers[blair].quoteCount)
        // Every quote listed under him is attributed, in its article, to a name of his.
        for q in library.quotesBySpeaker[blair] {
            let ref = library.quotes[q]
            let speaker = library.articles[ref.article].speakers[try #require(library.quote(ref).speaker)]
            #expect(speaker.name.hasSuffix("Blair"))
            #expect(speaker.name != "Cherie Blair")
        }
        let charles = try #require(library.speakers.firstIndex { $0.name == "Charles Clarke" })
        let ken = try #require(library.speakers.firstIndex { $0.name == "Ken Clarke" })
        #expect(charles != ken)
        #expect(Set(library.quotesBySpeaker[charles]).isDisjoint(with: library.quotesBySpeaker[ken]))
    }

    @Test func filterFindsQuotesByTextAndBySpeakerName() throws {
        let library = Self.bbc
        let war = library.search.matches("war")
        #expect(!war.isEmpty)
        for q in war.prefix(50) {
            let quote = library.quote(library.quotes[q])
            let speaker = quote.speaker.map { library.articles[library.quotes[q].article].speakers[$0] }
            let names = speaker.map { ([$0.name] + $0.aliases).joined(separator: " ") } ?? ""
            #expect(SearchText.contains(quote.text + " " + names, "war"))
        }
        #expect(war == war.sorted())
        // Text that no quote holds finds nothing, and an empty filter finds all.
        #expect(library.search.matches("zzqx").isEmpty)
        #expect(library.search.matches("").count == library.quotes.count)
    }

    @Test func aQuoteRepeatedInAnotherArticleIsAnEcho() throws {
        let library = Self.bbc
        // politics/059.txt and 298.txt are the same story filed twice.
        let first = try #require(library.articles.firstIndex { $0.source.hasSuffix("politics/059.txt") })
        let second = try #require(library.articles.firstIndex { $0.source.hasSuffix("politics/298.txt") })
        let long = try #require(library.articles[first].quotes.indices.first { Library.wordHashes(SearchText.fold(library.articles[first].quotes[$0].text)).count >= QuoteEchoes.minimumWords })
        let echoes = library.echoes.echoes(of: library.quoteIndex(article: first, quote: long))
        #expect(echoes.contains(library.quoteIndex(article: second, quote: long)))
        // Every group spans at least two articles.
        for group in library.echoes.groups { #expect(Set(group.map { library.quotes[$0].article }).count >= 2) }
    }
}
