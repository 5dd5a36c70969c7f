import Testing
@testable import ArticleKit

/// "… had "Q" yet, she said.": the cue closes the sentence.
@Suite struct CueClosingSentenceSieveTests {
    @Test func aSourceAndVerbAfterAComma() {
        // bbc/business/020
        let a = story(#"Diane Diemont runs the survey. Suggestions that "outsourcing" is to blame are wrong, Ms Diemont says."#)
        #expect(a.sieve(of: "outsourcing") == .cueClosingSentence)
        #expect(a.speaker(of: "outsourcing") == "Diane Diemont")
        #expect(a.quote("outsourcing")?.cue?.text == "says")
    }

    @Test func withoutItTheQuoteHasNoSpeaker() {
        let a = story(#"Diane Diemont runs the survey. Suggestions that "outsourcing" is to blame are wrong, Ms Diemont says."#)
        #expect(a.without(.cueClosingSentence).sieve(of: "outsourcing") != .cueClosingSentence)
    }
}
