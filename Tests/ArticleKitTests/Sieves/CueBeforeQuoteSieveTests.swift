import Testing
@testable import ArticleKit

/// S said: "Q" · S said that … "Q" · according to S, "Q".
@Suite struct CueBeforeQuoteSieveTests {
    @Test func sourceSaidThatAPartialQuote() {
        // bbc/business/047
        let a = story(#"Ryanair chairman David Bonderman said that the 737-800 had "significantly reduced our unit operating costs"."#)
        #expect(a.sieve(of: "unit operating costs") == .cueBeforeQuote)
        #expect(a.speaker(of: "unit operating costs") == "David Bonderman")
        #expect(a.quote("unit operating costs")?.kind == .partial)
        #expect(a.speakers.first?.role == "Ryanair chairman")
    }

    @Test func aColonAfterTheCue() {
        // bbc/politics/214
        let a = story(#"Committee chairman Labour MP Jean Corston said: "Each and every death in custody is a death too many.""#)
        #expect(a.speaker(of: "Each and every death") == "Jean Corston")
        #expect(a.quote("Each and every death")?.kind == .full)
    }

    @Test func accordingTo() {
        let a = story(#"According to Russian newspaper Vedomosti, the credits were "used to pay off the loans"."#)
        #expect(a.sieve(of: "pay off the loans") == .cueBeforeQuote)
        #expect(a.quote("pay off the loans")?.cue?.text == "According to")
    }

    @Test func withoutItOnlyTheLastResortFindsTheSpeaker() {
        let a = story(#"Ryanair chairman David Bonderman said that the 737-800 had "significantly reduced our unit operating costs"."#)
        #expect(a.without(.cueBeforeQuote).sieve(of: "unit operating costs") == .looseCue)
    }
}
