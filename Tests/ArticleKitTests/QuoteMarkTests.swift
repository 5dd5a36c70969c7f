import Testing
@testable import ArticleKit

/// Which characters open and close quotations, and which are apostrophes.
@Suite struct QuoteMarkTests {
    func quotes(_ body: String) -> [String] {
        Fixtures.article(text: "Title\n\n" + body).quotes.map(\.text)
    }

    @Test func curlyAndStraightDoubleMarks() {
        #expect(quotes("“We don't need panic,” Zelensky said. \"It costs us,\" he added.") == ["We don't need panic,", "It costs us,"])
    }

    @Test func guillemetsAndLowNineMarks() {
        #expect(quotes("« Nous ne voulons pas la guerre », a dit le ministre.") == ["Nous ne voulons pas la guerre"])
        #expect(quotes("„Wir wollen keinen Krieg“, sagte der Minister.") == ["Wir wollen keinen Krieg"])
    }

    @Test func twoApostropheStandIns() throws {
        // NYT text in PolNeAR writes '' (and sometimes ``) for a double mark.
        #expect(quotes("''It takes the air out of their argument,'' said Geoff Garin.") == ["It takes the air out of their argument,"])
        #expect(quotes("``We will win,'' she said.") == ["We will win,"])
    }

    @Test(.needsShared("data/polnear"))
    func twoApostropheStandInsInAnNYTArticle() throws {
        let nyt = try Fixtures.article("polnear/train/text/nyt_2015-11-09_jobs-report-gives-democrats-a-li.txt")
        #expect(nyt.quotes.count >= 5)
        #expect(nyt.quotes.allSatisfy { !$0.text.hasPrefix("'") && !$0.text.hasSuffix("''") })
    }

    @Test func singleMarksInAHeadline() throws {
        let title = try Fixtures.seed.quotes.prefix(2).map(\.text)
        #expect(title == ["want wars", "we also won't allow our interests to be rudely trampled"])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quotes("Russia's troops don't move. In the '90s rock 'n' roll ruled the players' union.") == [])
        #expect(quotes("Clinton’s aides didn’t say.") == [])
    }

    @Test func multiParagraphQuoteOpensEachParagraph() {
        let article = Fixtures.article(text: """
            Title

            "We have already doubled maternity pay," Ms Hewitt said. "We are going to extend it.

            "And we will go further still."

            The plans were criticised.
            """)
        #expect(article.quotes.map(\.text) == ["We have already doubled maternity pay,", "We are going to extend it.", "And we will go further still."])
        #expect(article.quotes.map(\.kind) == [.full, .continuation, .continuation])
        #expect(Set(article.quotes.compactMap(\.speaker)).count == 1)
        #expect(article.quote("criticised") == nil)
    }

    @Test(.needsShared("data/bbc"))
    func quoteParagraphsJoinedOnOneLine() throws {
        // BBC text joins a quote's paragraphs: …26 weeks. "We are going to… (politics/001)
        let article = try Fixtures.article("bbc/politics/001.txt")
        let first = try #require(article.quote("We have already doubled"))
        let second = try #require(article.quote("We are going to extend the pay"))
        #expect(first.text.hasSuffix("up to 26 weeks."))
        #expect(first.speaker == second.speaker)
    }

    @Test func nestedQuotesStayInside() {
        let article = Fixtures.article(text: """
            Title

            "He told me, 'We are not going anywhere,' and I believed him," Mr Rhodes recalled.
            """)
        #expect(article.quotes.map(\.text) == ["He told me, 'We are not going anywhere,' and I believed him,"])
    }

    @Test func curlyQuotesNestInsideStraightOnes() {
        #expect(quotes(#""Clinton thinks this is an episode of “Shark Tank.” But this is America," he said."#)
                == ["Clinton thinks this is an episode of “Shark Tank.” But this is America,"])
    }

    @Test func missingClosingMarkStopsAtTheParagraph() {
        let article = Fixtures.article(text: """
            Title

            The minister said "we will act soon and the rest of this paragraph is hers.

            This paragraph is the reporter's, and so is "this" term.

            And this one.
            """)
        #expect(article.quotes.map(\.text) == ["we will act soon and the rest of this paragraph is hers.", "this"])
        #expect(article.quotes[1].kind == .unattributed)
    }

    @Test(.needsShared("data/bbc"))
    func oddMarksAcrossTheBBCCorpusNeverSwallowParagraphs() throws {
        // 481 BBC files have an odd number of " marks; no quote may cross a paragraph.
        for path in InputCollector.collect([Fixtures.path("bbc/politics")]).files.prefix(150) {
            let article = try ArticleReader().read(path)[0]
            for q in article.quotes {
                let paragraph = article.paragraphs[q.paragraph].range
                #expect(paragraph.contains(q.span.start) && q.span.end <= paragraph.upperBound, "\(path): \(q.text.prefix(40))")
            }
        }
    }

    @Test func everyQuoteKindHasAMeaning() throws {
        let kinds = Set(try Fixtures.seed.quotes.map(\.kind))
        #expect(kinds == [.full, .partial, .continuation])
        #expect(Set(Quote.Kind.allCases.map(\.rawValue)) == ["full", "partial", "continuation", "unattributed"])
    }
}
