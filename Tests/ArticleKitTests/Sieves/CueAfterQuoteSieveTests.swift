import Testing
@testable import ArticleKit

/// "Q," S said · "Q," said S · "Q," S, a role, said.
@Suite struct CueAfterQuoteSieveTests {
    @Test func sourceThenVerbAfterTheQuote() {
        // bbc/business/100
        let a = story(#""In a lot of weeks, we would speak ... three or four times," Mr Ebbers said, adding that conversations were rarely one-on-one."#)
        #expect(a.sieve(of: "three or four times") == .cueAfterQuote)
        #expect(a.quote("three or four times")?.cue?.text == "said")
        #expect(a.quote("three or four times")?.mention?.text == "Mr Ebbers")
    }

    @Test func invertedVerbThenATitledName() {
        // bbc/business/077
        let a = story(#""There is nothing unusual that the pre-payment is for five to six years," said Russian oil official Sergei Oganesyan."#)
        #expect(a.speaker(of: "nothing unusual") == "Sergei Oganesyan")
        #expect(a.speakers.first?.role == "Russian oil official")
    }

    @Test func anAppositiveRoleBetweenNameAndVerb() {
        // bbc/business/263
        let a = story(#""This should save investors from having to take their case to the Financial Ombudsman Service," Rob McIvor, FSA spokesman, told BBC News."#)
        #expect(a.speaker(of: "This should save") == "Rob McIvor")
        #expect(a.speakers.first?.role == "FSA spokesman")
    }

    @Test func withoutItOnlyTheLastResortFindsTheSpeaker() {
        let a = story(#""We don't need panic," Zelensky told the nation."#)
        #expect(a.speaker(of: "need panic") == "Zelensky")
        #expect(a.without(.cueAfterQuote).sieve(of: "need panic") == .looseCue)
    }
}
