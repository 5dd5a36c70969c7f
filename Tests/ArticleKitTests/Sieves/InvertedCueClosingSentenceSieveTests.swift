import Testing
@testable import ArticleKit

/// "…, said Christine Link, executive director…": an inverted cue closing the sentence.
@Suite struct InvertedCueClosingSentenceSieveTests {
    @Test func saysThenTheSourceAtTheEnd() {
        // bbc/politics/101
        let a = story(#"Welsh councils should set their taxes at "reasonable levels" after being given an average funding increase of 6%, says the assembly government."#)
        #expect(a.sieve(of: "reasonable levels") == .invertedCueClosingSentence)
        #expect(a.quote("reasonable levels")?.mention?.text == "the assembly government")
    }
}
