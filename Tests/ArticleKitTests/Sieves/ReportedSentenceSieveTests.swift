import Testing
@testable import ArticleKit

/// "Bystrom agreed. "…"": the sentence before reports it.
@Suite struct ReportedSentenceSieveTests {
    @Test func aReportThenTheQuote() {
        // bbc/politics/142
        let a = story(#"Foreign Secretary Jack Straw spoke in London. Patriots wanted the UK to be prosperous at home, Mr Straw said. "Our role as a leading member of the EU is a crucial part of securing that.""#)
        #expect(a.sieve(of: "Our role as a leading member") == .reportedSentence)
        #expect(a.speaker(of: "Our role as a leading member") == "Jack Straw")
    }
}
