import Testing
@testable import ArticleKit

/// "…" ¶ -Michelle Marks, Philadelphia.
@Suite struct SignatureParagraphSieveTests {
    @Test func aShortParagraphSigningTheQuote() {
        // polnear/train, wash-post 2016-07-29
        let a = story("""
            "The whole idea of a 'Crooked Hillary' is something that we hear about all the time, and it needs to stop."

            -Michelle Marks, Philadelphia.
            """)
        #expect(a.sieve(of: "whole idea") == .signatureParagraph)
        #expect(a.speaker(of: "whole idea") == "Michelle Marks")
    }
}
