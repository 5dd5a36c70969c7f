import Testing
@testable import ArticleKit

/// ""…," he said. "…"": the last speaker goes on.
@Suite struct SpeakerGoesOnSieveTests {
    @Test func aSecondQuoteInTheParagraph() {
        // bbc/business/146
        let a = story(#"Wim Kok presented the review. "Lisbon is at risk," Mr Kok said. "The status quo is not an option.""#)
        #expect(a.sieve(of: "status quo") == .speakerGoesOn)
        #expect(a.speaker(of: "status quo") == "Wim Kok")
    }

    @Test func oneCapitalisedWordAloneGoesOnWithNobody() {
        let a = story(#""Lisbon is at risk," Wim Kok said. "Nooooo!""#)
        #expect(a.speaker(of: "Nooooo") == nil)
    }
}
