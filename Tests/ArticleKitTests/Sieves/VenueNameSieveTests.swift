import Testing
@testable import ArticleKit

/// `on CNN's "New Day"`: where something was said.
@Suite struct VenueNameSieveTests {
    @Test func aShowAfterAPossessiveOutlet() {
        // polnear/train, breitbart 2016-04-14
        let a = story(#"Friday on CNN's "New Day," Sen. Kristen Gillibrand told host Chris Cuomo she believed it."#)
        #expect(a.sieve(of: "New Day") == .venueName)
        #expect(a.speaker(of: "New Day") == nil)
    }
}
