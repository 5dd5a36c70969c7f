import Foundation

/// When an article was published: the text its source gave, and what that
/// text says when it can be read as a date.
///
/// Feeds write RFC 822 (`Tue, 19 Nov 2019 10:00:00 GMT`) or RFC 3339
/// (`2019-11-18T09:00:00Z`); pages write ISO 8601 in meta tags, JSON-LD and
/// `<time datetime>`, and assorted forms elsewhere (`March 5, 2019 10:30 AM
/// EST`, `2017-11-03 03:01:00.000000`). All of them become one value that
/// sorts by the moment it names and exports as ISO 8601. A text nothing can
/// be read from is kept as written, so a reader can still show it.
public struct PublishedDate: Hashable, Sendable {
    /// What a readable date text names: a day, perhaps a time on it, perhaps
    /// the zone that time is in.
    public struct Fields: Hashable, Sendable {
        public var year: Int
        public var month: Int
        public var day: Int
        public var time: TimeOfDay?
        /// Seconds east of UTC; nil when the text names no zone (the time
        /// is then read as UTC for ordering, and exported without a zone).
        public var utcOffset: Int?

        public init(year: Int, month: Int, day: Int, time: TimeOfDay? = nil, utcOffset: Int? = nil) {
            self.year = year
            self.month = month
            self.day = day
            self.time = time
            self.utcOffset = utcOffset
        }
    }

    public struct TimeOfDay: Hashable, Sendable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        public var nanosecond: Int

        public init(hour: Int, minute: Int, second: Int = 0, nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }

    /// The date as the source wrote it, spaces collapsed.
    public let text: String
    /// What the text says, or nil when it could not be read as a date.
    public let fields: Fields?

    /// Reads `text` as a date in any of the forms feeds and pages use; never
    /// fails: an unreadable text is kept with `fields` nil.
    public init(_ text: String) {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        self.text = trimmed
        self.fields = PublishedDateParser.parse(trimmed)
    }

    init(text: String, fields: Fields?) {
        self.text = text
        self.fields = fields
    }

    /// The date in ISO 8601 (RFC 3339 when a time and zone are known):
    /// `2019-11-19`, `2019-11-19T10:00:00Z`, `2015-07-10T09:53:00-04:00`,
    /// `2018-04-05T06:00:00` (no zone given); nil when the text was unreadable.
    public var iso8601: String? {
        guard let f = fields else { return nil }
        var out = Self.digits(f.year, 4) + "-" + Self.digits(f.month, 2) + "-" + Self.digits(f.day, 2)
        guard let t = f.time else { return out }
        out += "T" + Self.digits(t.hour, 2) + ":" + Self.digits(t.minute, 2) + ":" + Self.digits(t.second, 2)
        if t.nanosecond > 0 {
            var fraction = Self.digits(t.nanosecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            out += "." + fraction
        }
        if let offset = f.utcOffset {
            if offset == 0 {
                out += "Z"
            } else {
                let minutes = abs(offset) / 60
                out += (offset < 0 ? "-" : "+") + Self.digits(minutes / 60, 2) + ":" + Self.digits(minutes % 60, 2)
            }
        }
        return out
    }

    /// The day as `YYYY-MM-DD` in the source's own zone, or the text as
    /// written when it could not be read: what fits in a list column.
    public var day: String {
        guard let f = fields else { return text }
        return Self.digits(f.year, 4) + "-" + Self.digits(f.month, 2) + "-" + Self.digits(f.day, 2)
    }

    /// The moment named, a time without a zone read as UTC and a bare day
    /// as its midnight; nil when the text was unreadable.
    public var date: Date? {
        guard let seconds = secondsSince1970 else { return nil }
        return Date(timeIntervalSince1970: Double(seconds) + Double(fields?.time?.nanosecond ?? 0) / 1e9)
    }

    var secondsSince1970: Int? {
        guard let f = fields else { return nil }
        let days = PublishedDateParser.daysSince1970(year: f.year, month: f.month, day: f.day)
        let t = f.time
        let seconds = days * 86_400 + (t?.hour ?? 0) * 3600 + (t?.minute ?? 0) * 60 + (t?.second ?? 0)
        return seconds - (f.utcOffset ?? 0)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Whether `a` is newer than `b`, an undated article counting as older
    /// than any dated one: the order of a "newest first" list.
    public static func isNewer(_ a: PublishedDate?, than b: PublishedDate?) -> Bool {
        switch (a, b) {
        case let (a?, b?): return a > b
        case (_?, nil): return true
        case (nil, _): return false
        }
    }
}

extension PublishedDate: Comparable {
    /// Earlier moments first; an unreadable text sorts before every readable
    /// one (it could be any age); ties are broken by the text, so two dates
    /// are equal only when they were written the same way.
    public static func < (a: PublishedDate, b: PublishedDate) -> Bool {
        switch (a.secondsSince1970, b.secondsSince1970) {
        case let (x?, y?):
            if x != y { return x < y }
            let nx = a.fields?.time?.nanosecond ?? 0, ny = b.fields?.time?.nanosecond ?? 0
            if nx != ny { return nx < ny }
            return a.text < b.text
        case (nil, _?): return true
        case (_?, nil): return false
        case (nil, nil): return a.text < b.text
        }
    }
}

extension PublishedDate: CustomStringConvertible {
    /// ISO 8601 when readable, else the text as written.
    public var description: String { iso8601 ?? text }
}

extension PublishedDate: Codable {
    /// Stored as the text as written, so decoding reads it the same way again.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
