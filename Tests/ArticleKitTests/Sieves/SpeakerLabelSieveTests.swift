import Testing
@testable import ArticleKit

/// "RAMOS: Secretary Clinton, …": a transcript's speaker label.
@Suite struct SpeakerLabelSieveTests {
    @Test func aCapitalisedNameAndAColonOpenTheQuote() {
        // polnear/train, breitbart 2016-03-09
        let a = story(#"Jorge Ramos asked the question. "RAMOS: Secretary Clinton, did you lie to them?""#)
        #expect(a.sieve(of: "did you lie") == .speakerLabel)
        #expect(a.speaker(of: "did you lie") == "Jorge Ramos")
    }
}
