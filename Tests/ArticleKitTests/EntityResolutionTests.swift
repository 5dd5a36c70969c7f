import Testing
@testable import ArticleKit

/// Every mention of one person resolves to one canonical entity.
@Suite struct EntityResolutionTests {
    @Test func honorificAndSurnameJoinTheFullName() {
        let article = Fixtures.article(text: """
            Clinton campaign

            Hillary Clinton spoke in Iowa on Monday. "We will win this," Ms. Clinton said.
            """)
        #expect(article.speaker(of: "We will win this") == "Hillary Clinton")
    }

    @Test func twoPeopleWhoShareASurnameStayApart() {
        let article = Fixtures.article(text: """
            Cabinet row

            Home Secretary Charles Clarke defended the plan. "It is necessary," Mr Clarke said.

            But Andy Clarke, chief executive of Asda, disagreed. "It will cost jobs," Mr Clarke said.
            """)
        #expect(article.speaker(of: "It is necessary") == "Charles Clarke")
        #expect(article.speaker(of: "It will cost jobs") == "Andy Clarke")
        #expect(article.speakers.map(\.name).sorted() == ["Andy Clarke", "Charles Clarke"])
    }

    @Test func pronounGoesToTheNearestCompatiblePerson() {
        let article = Fixtures.article(text: """
            Debate

            Theresa May met Gordon Brown on Monday. "This is a desperate bid," she said.

            "We disagree," he said.
            """)
        #expect(article.speaker(of: "desperate bid") == "Theresa May")
        #expect(article.speaker(of: "We disagree") == "Gordon Brown")
    }

    @Test func descriptionGoesToThePersonIntroducedWithThatRole() throws {
        // "Russia's top diplomat" (title) → Russian Foreign Minister Sergey Lavrov (body).
        let article = try Fixtures.seed
        let lavrov = try #require(article.speakers.first { $0.name == "Sergey Lavrov" })
        #expect(lavrov.role == "Russian Foreign Minister")
        #expect(lavrov.aliases.contains("Russia's top diplomat"))
        #expect(lavrov.aliases.contains("Lavrov"))
    }

    @Test func unnamedSourcesKeepTheArticlesWords() {
        let article = Fixtures.article(text: """
            Leak

            "The decision has been made," a senior official said.
            """)
        let speaker = article.speakers.first
        #expect(speaker?.kind == .unnamed)
        #expect(speaker?.name == "a senior official")
    }

    @Test func speakersAreRankedByQuoteCount() throws {
        #expect(try Fixtures.seed.speakers.map(\.quoteCount) == [4, 3, 2])
    }

    @Test func placesAndDatesAreNotNames() {
        let article = Fixtures.article(text: """
            Title

            Café owners in Zürich said "business is down" this year.

            "We will talk," Chinese ambassador to Britain Liu Xiaoming said.

            Trump wrote on Twitter Tuesday that it was "a disgrace."
            """)
        #expect(article.speaker(of: "business is down") == "Café owners in Zürich")
        #expect(article.speaker(of: "We will talk") == "Liu Xiaoming")
        #expect(article.speaker(of: "a disgrace") == "Trump")
    }
}
