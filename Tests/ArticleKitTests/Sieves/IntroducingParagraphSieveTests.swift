import Testing
@testable import ArticleKit

/// "Trump issued the following statement:" ¶ "…".
@Suite struct IntroducingParagraphSieveTests {
    @Test func aParagraphEndingInAColon() {
        let a = story("""
            Senator Ted Cruz responded on Twitter, writing:

            "The questions asked in this debate illustrate why the American people don't trust the media."
            """)
        #expect(a.sieve(of: "The questions asked") == .introducingParagraph)
        #expect(a.speaker(of: "The questions asked") == "Ted Cruz")
    }

    @Test func withoutItTheQuoteHasNoSpeaker() {
        let a = story("""
            Senator Ted Cruz responded on Twitter, writing:

            "The questions asked in this debate illustrate why the American people don't trust the media."
            """)
        #expect(a.without(.introducingParagraph).speaker(of: "The questions asked") == nil)
    }
}
