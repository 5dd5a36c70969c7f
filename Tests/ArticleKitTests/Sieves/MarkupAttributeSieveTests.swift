import Testing
@testable import ArticleKit

/// `<tweet datetime="2016-06-29">`: markup, not speech.
@Suite struct MarkupAttributeSieveTests {
    @Test func anAttributeValueInMarkup() {
        let a = story(#"Trump wrote <tweet author="@realDonaldTrump" datetime="2016-06-29">Thank you</tweet>."#)
        #expect(a.sieve(of: "2016-06-29") == .markupAttribute)
        #expect(a.speaker(of: "2016-06-29") == nil)
    }
}
