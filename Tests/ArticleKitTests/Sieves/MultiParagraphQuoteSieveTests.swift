import Testing
@testable import ArticleKit

/// A quoted paragraph opening while the last one is still open.
@Suite struct MultiParagraphQuoteSieveTests {
    @Test func onlyTheLastParagraphCloses() {
        // bbc/sport/049
        let a = story("""
            Jones' lawyer Richard Nicholls said: "Marion has steadfastly maintained her position throughout.

            "Mr Conte is simply not credible. We challenge him to submit to the same lie detector procedure."
            """)
        #expect(a.sieve(of: "simply not credible") == .multiParagraphQuote)
        #expect(a.speaker(of: "simply not credible") == "Richard Nicholls")
        #expect(a.quote("simply not credible")?.kind == .continuation)
    }
}
