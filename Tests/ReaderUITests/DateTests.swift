import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// Dates from feeds and pages, read by ArticleKit's PublishedDate, shown in
/// a short local form and sorted as dates, not as text.
struct DateTests {
    let berlin = DateText(timeZone: TimeZone(identifier: "Europe/Berlin")!, locale: Locale(identifier: "en_US_POSIX"))

    @Test func aDateWithAZoneIsShownInTheReadersZone() {
        let labels = berlin.labeler()
        // 23:30 in London is half past midnight the next day in Berlin.
        #expect(labels.day(PublishedDate("Wed, 02 Dec 2009 23:30:00 +0000")) == "3 Dec 2009")
        #expect(labels.moment(PublishedDate("Wed, 02 Dec 2009 23:30:00 +0000")) == "3 Dec 2009, 00:30")
        #expect(labels.moment(PublishedDate("2019-11-18T09:00:00Z")) == "18 Nov 2019, 10:00")
    }

    @Test func aBareDayOrATimeWithoutAZoneIsShownAsWritten() {
        let labels = berlin.labeler()
        #expect(labels.day(PublishedDate("2009-12-02")) == "2 Dec 2009")
        #expect(labels.moment(PublishedDate("2009-12-02")) == "2 Dec 2009")
        #expect(labels.moment(PublishedDate("2017-11-03 03:01:00")) == "3 Nov 2017, 03:01")
        #expect(labels.day(PublishedDate("the other week")) == "the other week", "unreadable: as written")
    }

    @Test func theListSortsRFC822AndISODatesByWhenTheyWereNotByTheirText() {
        // As text, "Wed" > "Mon" > "Fri" and ISO digits sort below all three.
        var articles = ArticleFixture.library
        articles[0].metadata.published = PublishedDate("Mon, 30 Nov 2009 12:00:00 +0000")
        articles[1].metadata.published = PublishedDate("Fri, 04 Dec 2009 08:00:00 +0000")
        articles[2].metadata.published = PublishedDate("2009-12-02T10:00:00Z")
        var screen = Screen(library: articles, 80, 8)
        screen.press("o o")
        #expect(screen.library.rows == [1, 2, 0])
        let rows = screen.text.split(separator: "\n")
        #expect(rows[2].contains("Clarke defends war advice") && rows[2].contains(" 4 Dec 2009 "))
        #expect(rows[3].contains("Clarke wins at the Open") && rows[3].contains(" 2 Dec 2009 "))
        #expect(rows[4].contains("Blair backs schools plan") && rows[4].contains(" 30 Nov 2009 "))
        // The quote view's newest first agrees.
        screen.press("f o")
        let articleOfFirst = screen.library.quoteRows.lines(0..<1).first?.article
        #expect(articleOfFirst == 1)
    }
}
