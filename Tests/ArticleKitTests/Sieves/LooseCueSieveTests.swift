import Testing
@testable import ArticleKit

/// Trump likened the refugees to a "vicious snake": a cue elsewhere in the sentence.
@Suite struct LooseCueSieveTests {
    @Test func aFragmentAfterAPastTense() {
        let a = story(#"Donald Trump likened the refugees to a "vicious snake" at the rally."#)
        #expect(a.sieve(of: "vicious snake") == .looseCue)
        #expect(a.speaker(of: "vicious snake") == "Donald Trump")
    }
}
