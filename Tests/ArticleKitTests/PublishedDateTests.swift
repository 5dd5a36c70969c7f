import Foundation
import Testing
@testable import ArticleKit

@Suite("Published dates")
struct PublishedDateTests {
    /// Each form as feeds and pages write it, and the ISO 8601 it exports as.
    @Test(arguments: [
        // RFC 822 (RSS pubDate), with named zones, numeric zones, no seconds, two-digit years.
        ("Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19T10:00:00Z"),
        ("Tue, 19 Nov 2019 10:00:00 +0000", "2019-11-19T10:00:00Z"),
        ("Tue, 19 Nov 2019 10:00 EST", "2019-11-19T10:00:00-05:00"),
        ("19 Nov 19 10:00:00 PDT", "2019-11-19T10:00:00-07:00"),
        ("Wed, 02 Oct 2002 15:00:00 +0200", "2002-10-02T15:00:00+02:00"),
        ("Sun, 6 Nov 1994 08:49:37 UT", "1994-11-06T08:49:37Z"),
        // RFC 3339 (Atom, dc:date) and ISO 8601 (meta tags, JSON-LD, <time datetime>).
        ("2019-11-18T09:00:00Z", "2019-11-18T09:00:00Z"),
        ("2019-11-18t09:00:00z", "2019-11-18T09:00:00Z"),
        ("2019-11-18T09:00Z", "2019-11-18T09:00:00Z"),
        ("2015-07-10T09:53:00-04:00", "2015-07-10T09:53:00-04:00"),
        ("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00"),
        ("2019-01-03T07:00:02.000Z", "2019-01-03T07:00:02Z"),
        ("2015-03-27T13:07:55.096Z", "2015-03-27T13:07:55.096Z"),
        ("2017-11-24T18:42:20.314667", "2017-11-24T18:42:20.314667"),
        ("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"),
        ("2018-04-05T06:00", "2018-04-05T06:00:00"),
        ("2024-06-25", "2024-06-25"),
        ("20191119T103000Z", "2019-11-19T10:30:00Z"),
        ("2019-11-19 10:30:00 +05:30", "2019-11-19T10:30:00+05:30"),
        // Assorted forms in pages.
        ("March 5, 2019 10:30 a.m. EST", "2019-03-05T10:30:00-05:00"),
        ("Mar. 5, 2019, 12:15 PM", "2019-03-05T12:15:00"),
        ("Updated 12:05 AM GMT, Tue 5th March 2019", "2019-03-05T00:05:00Z"),
        ("Fri Nov 22 2019 14:10:31 GMT+0000 (Coordinated Universal Time)", "2019-11-22T14:10:31Z"),
        ("Fri 22 Nov 2019 14.10 GMT+1", "2019-11-22T14:10:00+01:00"),
        ("5 de marzo de 2019", "2019-03-05"),
        ("21. Dezember 2018", "2018-12-21"),
        ("21.12.2018 12:55", "2018-12-21T12:55:00"),
        ("11/19/2019", "2019-11-19"),
        ("19/11/2019", "2019-11-19"),
        ("2019/11/19", "2019-11-19"),
        ("2019年4月28日 06:01", "2019-04-28T06:01:00"),
        ("1556431267", "2019-04-28T06:01:07Z"),
    ])
    func readsTheFormsSourcesWrite(_ text: String, _ iso: String) {
        let date = PublishedDate(text)
        #expect(date.iso8601 == iso, "\(text)")
        #expect(date.text == text)
    }

    @Test(arguments: ["3 hours ago", "just now", "2019", "2019-13-01", "2019-02-30", "February 30, 2019",
                      "2019-11-19T25:00:00Z", "n/a", ""])
    func keepsWhatItCannotReadAsWritten(_ text: String) {
        let date = PublishedDate(text)
        #expect(date.fields == nil)
        #expect(date.iso8601 == nil)
        #expect(date.text == text)
        #expect(date.day == text, "shown as written")
    }

    @Test func leapDaysAndZonesLandOnTheRightMoment() throws {
        #expect(PublishedDate("2020-02-29").iso8601 == "2020-02-29")
        #expect(PublishedDate("2019-02-29").fields == nil)
        let rss = try #require(PublishedDate("Tue, 19 Nov 2019 10:00:00 EST").date)
        let atom = try #require(PublishedDate("2019-11-19T15:00:00Z").date)
        #expect(rss == atom, "10:00 in New York is 15:00 UTC")
        #expect(PublishedDate("2019-11-19T15:00:00Z").date == Date(timeIntervalSince1970: 1_574_175_600))
    }

    @Test func sortsByTheMomentWhateverTheForm() {
        let dates = [
            PublishedDate("Tue, 19 Nov 2019 10:00:00 EST"),   // 15:00 UTC
            PublishedDate("2019-11-19T14:00:00Z"),
            PublishedDate("19 Nov 2019"),                     // midnight
            PublishedDate("sometime last year"),              // unreadable: oldest
            PublishedDate("2019-11-19T16:30:00+02:00"),       // 14:30 UTC
        ]
        #expect(dates.sorted().map(\.text) == [
            "sometime last year", "19 Nov 2019", "2019-11-19T14:00:00Z", "2019-11-19T16:30:00+02:00",
            "Tue, 19 Nov 2019 10:00:00 EST",
        ])
        #expect(PublishedDate.isNewer(PublishedDate("2005-03-01"), than: nil), "undated sorts last, newest first")
        #expect(!PublishedDate.isNewer(nil, than: PublishedDate("2005-03-01")))
        #expect(PublishedDate("2005-03-01") == PublishedDate("2005-03-01"))
        #expect(PublishedDate("2005-03-01") != PublishedDate("1 March 2005"), "the same day written two ways")
    }

    @Test func theDayIsTheSourcesOwnAndItCodesAsWritten() throws {
        let late = PublishedDate("2015-07-10T23:53:00-04:00")
        #expect(late.day == "2015-07-10", "the day where it was published, not in UTC")
        #expect(late.description == "2015-07-10T23:53:00-04:00")
        let encoded = try JSONEncoder().encode(Metadata(published: late))
        #expect(String(decoding: encoded, as: UTF8.self).contains("\"2015-07-10T23:53:00-04:00\""))
        #expect(try JSONDecoder().decode(Metadata.self, from: encoded).published == late)
    }

    @Test func jsonLinesCarryISO8601() throws {
        let feed = """
        <rss version="2.0"><channel><title>T</title><item><title>A</title><pubDate>Tue, 19 Nov 2019 10:00 EST</pubDate>
        <description>Some text.</description></item><item><title>B</title><pubDate>last Tuesday</pubDate>
        <description>More text.</description></item></channel></rss>
        """
        let articles = try ArticleReader().articles(from: Data(feed.utf8), source: "f.rss")
        let objects = try articles.map { a in
            try #require(try JSONSerialization.jsonObject(with: Data(ArticleTextExport.render(a, format: .jsonl).utf8)) as? [String: Any])
        }
        #expect(objects[0]["published"] as? String == "2019-11-19T10:00:00-05:00")
        #expect(objects[1]["published"] is NSNull, "an unreadable date is not passed off as ISO 8601")
        #expect(articles[1].metadata.published?.text == "last Tuesday", "but it is kept for display")
    }
}
