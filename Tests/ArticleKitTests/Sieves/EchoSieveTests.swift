import Testing
@testable import ArticleKit

/// A pull quote set apart above its paragraph is the speaker's whom the
/// paragraph names (cbsnews, msn and polygraph pages in the audit of unseen outlets).
@Suite struct EchoSieveTests {
    @Test func aPullQuoteBeforeItsParagraphTakesThatSpeaker() {
        let a = story("The hearing went on into the evening.\n\n\"My fears have been realized\"\n\n" + #"Tim Morrison, a former National Security Council official, testified on Tuesday. "I was concerned," Morrison said. "My fears have been realized," he added."#)
        let pull = a.quotes.first { $0.text == "My fears have been realized" }
        #expect(pull?.sieve == .echo)
        #expect(pull.flatMap { $0.speaker }.map { a.speakers[$0].name } == "Tim Morrison")
    }

    @Test func aHeadingInTitleCaseIsTheWritersNotAnEcho() {
        // PolNeAR train: "Legend in the Coal Fields." stands as a heading.
        let a = story("\"All Bets Are Off.\"\n\n" + #"The historian was blunt. "All bets are off," said Douglas Brinkley."#)
        #expect(a.sieve(of: "All Bets Are Off") != .echo)
    }

    @Test func aShortQuoteSetApartIsNoEcho() {
        let a = story("\"Too late\"\n\n" + #""It is too late," said Jane Smith."#)
        #expect(a.sieve(of: "Too late") != .echo)
    }
}
