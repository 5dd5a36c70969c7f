import Testing
@testable import ArticleKit

/// "She then addressed the supporters: "…"": a colon introduces the quote.
@Suite struct ColonIntroductionSieveTests {
    @Test func theClauseSubjectBeforeTheColon() {
        // polnear/train, breitbart 2016-07-21
        let a = story(#"Donald Trump took the stage. Trump gestured as if to stop the ruckus, then leaned in and boomed: "Let's defeat her in November.""#)
        #expect(a.sieve(of: "defeat her in November") == .colonIntroduction)
        #expect(a.speaker(of: "defeat her in November") == "Donald Trump")
        #expect(a.quote("defeat her in November")?.cue?.text == ":")
    }
}
