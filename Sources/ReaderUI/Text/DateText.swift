import ArticleKit
import Foundation

/// Publication dates in a short local form: "2 Dec 2009" in a list,
/// "2 Dec 2009, 15:00" under a title, in the reader's time zone.
///
/// A date with a time and a zone is moved to the local zone (a story
/// stamped 23:30 UTC is the next day in Berlin); a bare day, or a time with
/// no zone, is shown as the source wrote it, since there is nothing to move
/// it from. A text no date can be read from is shown as written.
public struct DateText: Sendable {
    /// nil for the reader's own, looked up only when a date is shown: the
    /// current locale and zone cost megabytes of data to load, which a
    /// library without dates never needs.
    public var timeZone: TimeZone?
    public var locale: Locale?

    public init(timeZone: TimeZone?, locale: Locale?) {
        self.timeZone = timeZone
        self.locale = locale
    }

    /// The reader's own zone and language.
    public static let local = DateText(timeZone: nil, locale: nil)

    /// One that never depends on the machine: UTC, English month names (for tests).
    public static let utc = DateText(timeZone: TimeZone(identifier: "UTC")!, locale: Locale(identifier: "en_US_POSIX"))

    /// Formats many dates with formatters made once (they are slow to make).
    public final class Labeler {
        private let day: DateFormatter
        private let dayAsWritten: DateFormatter
        private let moment: DateFormatter
        private let momentAsWritten: DateFormatter

        init(_ text: DateText) {
            func formatter(_ format: String, _ zone: TimeZone) -> DateFormatter {
                let f = DateFormatter()
                f.locale = text.locale ?? .current
                f.timeZone = zone
                f.dateFormat = format
                return f
            }
            let utc = TimeZone(identifier: "UTC")!
            let local = text.timeZone ?? .current
            day = formatter("d MMM yyyy", local)
            dayAsWritten = formatter("d MMM yyyy", utc)
            moment = formatter("d MMM yyyy, HH:mm", local)
            momentAsWritten = formatter("d MMM yyyy, HH:mm", utc)
        }

        /// "2 Dec 2009": what fits a list's date column (11 columns at most).
        public func day(_ published: PublishedDate) -> String {
            guard let fields = published.fields, let date = published.date else { return published.text }
            return (fields.time != nil && fields.utcOffset != nil ? day : dayAsWritten).string(from: date)
        }

        /// "2 Dec 2009, 15:00" when the source gives a time, else the day.
        public func moment(_ published: PublishedDate) -> String {
            guard let fields = published.fields, let date = published.date else { return published.text }
            guard fields.time != nil else { return dayAsWritten.string(from: date) }
            return (fields.utcOffset != nil ? moment : momentAsWritten).string(from: date)
        }
    }

    public func labeler() -> Labeler { Labeler(self) }
}
