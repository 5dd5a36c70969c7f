import Testing
@testable import ReaderUI

/// Counts are spelled one way on every screen, so "11360" in the title bar
/// and "10,544" in the quote view no longer read as different kinds of number.
@Suite struct CountTextTests {
    @Test func thousandsAreSeparatedByCommas() {
        #expect(CountText.number(0) == "0")
        #expect(CountText.number(999) == "999")
        #expect(CountText.number(1_000) == "1,000")
        #expect(CountText.number(11_360) == "11,360")
        #expect(CountText.number(1_234_567) == "1,234,567")
    }

    @Test func oneIsSingular() {
        #expect(CountText.counted(1, "quote", "quotes") == "1 quote")
        #expect(CountText.counted(2_200, "article", "articles") == "2,200 articles")
    }
}
