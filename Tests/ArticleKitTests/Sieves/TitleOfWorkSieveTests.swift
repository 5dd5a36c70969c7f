import Testing
@testable import ArticleKit

/// "the novel "Opening Belle"": a title, not speech.
@Suite struct TitleOfWorkSieveTests {
    @Test func aShowNamedAfterItsWord() {
        let a = story(#"She appeared on a show called "Brokers" last year, Mr Smith said."#)
        #expect(a.sieve(of: "Brokers") == .titleOfWork)
        #expect(a.speaker(of: "Brokers") == nil)
    }

    @Test func titleCaseSpeechWithItsOwnCueIsSpeech() {
        let a = story(#""Face The Nation," said Mr Smith."#)
        #expect(a.speaker(of: "Face The Nation") == "Mr Smith" || a.speaker(of: "Face The Nation") == "Smith")
    }
}
