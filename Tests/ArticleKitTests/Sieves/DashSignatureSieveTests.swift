import Testing
@testable import ArticleKit

/// "…" ― Esther Tapia.
@Suite struct DashSignatureSieveTests {
    @Test func aDashAndANameAfterTheQuote() {
        let a = story("\u{201C}He has done more for this town than anyone.\u{201D} \u{2015} Esther Tapia")
        #expect(a.sieve(of: "more for this town") == .dashSignature)
        #expect(a.speaker(of: "more for this town") == "Esther Tapia")
    }
}
