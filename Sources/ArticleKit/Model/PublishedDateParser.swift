/// Reads the date forms feeds and pages write, tolerantly.
///
/// One pass over words, numbers and marks rather than a format per source:
/// "Tue, 19 Nov 2019 10:00:00 GMT" (RFC 822), "2019-11-18T09:00Z" (RFC 3339
/// without seconds), "2017-11-03 03:01:00.000000", "March 5, 2019 10:30 a.m.
/// EST", "5 de marzo de 2019", "2019年4月28日" all come out of the same rules:
/// a four-digit number is the year, a month name the month, `h:mm` a time,
/// a sign right after the time an offset, a zone name its offset. Words it
/// does not know (weekdays, "Updated", "at") are passed over.
enum PublishedDateParser {
    typealias Fields = PublishedDate.Fields

    static func parse(_ text: String) -> Fields? {
        guard !text.isEmpty, text.count <= 200 else { return nil }
        if let epoch = epochSeconds(text) { return epoch }
        let tokens = tokenize(text)
        var year: Int?
        /// How many day-or-month numbers came before the year.
        var smallBeforeYear = 0
        var month: Int?
        var small: [(value: Int, digits: Int, dotAfter: Bool)] = []
        var time: PublishedDate.TimeOfDay?
        var offset: Int?
        var zoneJustNamed = false
        var pm: Bool?
        var i = 0
        func symbol(_ k: Int, _ c: Character) -> Bool {
            guard k < tokens.count, case .symbol(let s) = tokens[k].kind else { return false }
            return s == c
        }
        func number(_ k: Int) -> (value: Int, digits: Int)? {
            guard k < tokens.count, case .number(let v, let d) = tokens[k].kind else { return nil }
            return (v, d)
        }
        func word(_ k: Int) -> String? {
            guard k < tokens.count, case .word(let w) = tokens[k].kind else { return nil }
            return w
        }
        while i < tokens.count {
            let token = tokens[i]
            defer { i += 1 }
            let wasZone = zoneJustNamed
            zoneJustNamed = false
            switch token.kind {
            case .number(let value, let digits):
                if time == nil, digits <= 2, symbol(i + 1, ":"), let minute = number(i + 2), minute.digits == 2 {
                    var t = PublishedDate.TimeOfDay(hour: value, minute: minute.value)
                    i += 2
                    if symbol(i + 1, ":"), let second = number(i + 2), second.digits == 2 {
                        t.second = second.value
                        i += 2
                        if symbol(i + 1, ".") || symbol(i + 1, ","), let fraction = number(i + 2), !tokens[i + 2].spaced {
                            t.nanosecond = nanoseconds(value: fraction.value, digits: fraction.digits)
                            i += 2
                        }
                    }
                    time = t
                } else if time == nil, digits <= 2, year != nil, month != nil || small.count >= 2, symbol(i + 1, "."),
                          let minute = number(i + 2), minute.digits == 2, !tokens[i + 2].spaced, !symbol(i + 3, ".") {
                    // After the whole date, "14.10" is a time, as British pages write it.
                    time = PublishedDate.TimeOfDay(hour: value, minute: minute.value)
                    i += 2
                } else if digits == 4, year == nil {
                    year = value
                    smallBeforeYear = small.count
                } else if digits == 8, year == nil, month == nil, small.isEmpty {
                    // ISO 8601's basic form: 20191119.
                    year = value / 10_000
                    small = [(value / 100 % 100, 2, false), (value % 100, 2, false)]
                } else if digits <= 2 {
                    small.append((value, digits, symbol(i + 1, ".")))
                }
            case .word(let w):
                if let m = Self.months[w], month == nil {
                    month = m
                } else if w == "t", time == nil, let basic = number(i + 1), basic.digits == 4 || basic.digits == 6,
                          !tokens[i + 1].spaced {
                    // ISO 8601's basic time: T1030 or T103000.
                    let v = basic.digits == 4 ? basic.value * 100 : basic.value
                    time = PublishedDate.TimeOfDay(hour: v / 10_000, minute: v / 100 % 100, second: v % 100)
                    i += 1
                } else if w == "am" || w == "pm" {
                    pm = w == "pm"
                } else if (w == "a" || w == "p"), symbol(i + 1, "."), word(i + 2) == "m" {
                    // "a.m.", "p.m."
                    pm = w == "p"
                    i += 2
                } else if offset == nil, let zone = Self.zones[w], time != nil || w == "z" || w == "gmt" || w == "utc" {
                    offset = zone
                    zoneJustNamed = true
                }
            case .symbol(let s):
                // A sign glued to digits after the time is its offset
                // ("-04:00", "+0100"), or adjusts a zone named just before
                // ("GMT+2"); anywhere else a dash only separates.
                guard s == "+" || s == "-", time != nil, offset == nil || wasZone,
                      let hours = number(i + 1), !tokens[i + 1].spaced else { continue }
                var minutes: Int
                var used = 1
                switch hours.digits {
                case 3, 4:
                    // +0100, +530
                    minutes = hours.value / 100 * 60 + hours.value % 100
                case 2, 1 where wasZone:
                    // +01, +01:00, and GMT+2
                    minutes = hours.value * 60
                    if symbol(i + 2, ":"), let m = number(i + 3), m.digits == 2 {
                        minutes += m.value
                        used = 3
                    }
                default: continue
                }
                guard minutes <= 14 * 60 else { continue }
                offset = (offset ?? 0) + (s == "-" ? -minutes : minutes) * 60
                i += used
            }
        }

        var day: Int?
        if let month {
            var rest = small.makeIterator()
            while let n = rest.next() {
                if day == nil, (1...31).contains(n.value) { day = n.value; continue }
                if year == nil, n.digits == 2 { year = twoDigitYear(n.value) }
                break
            }
            guard let d = day else { return nil }
            return fields(year, month, d, time, offset, pm)
        }
        // Numbers only: the year first reads year-month-day (ISO 8601, CJK,
        // 2019/11/19); after the day and month, a dot or a first number above
        // 12 reads day-month (19.11.2019, 19/11/2019), otherwise month-day
        // (11/19/2019), as English-language pages write it.
        if year == nil, small.count >= 3, small[2].digits == 2 {
            year = twoDigitYear(small[2].value)
            smallBeforeYear = 2
        }
        guard small.count >= 2 else { return nil }
        let a = small[0], b = small[1]
        if smallBeforeYear == 0 {
            return fields(year, a.value, b.value, time, offset, pm)
        }
        if a.dotAfter || a.value > 12 {
            return fields(year, b.value, a.value, time, offset, pm)
        }
        return fields(year, a.value, b.value, time, offset, pm)
    }

    /// The fields checked: a real day of a real month, a real time.
    private static func fields(_ year: Int?, _ month: Int, _ day: Int, _ time: PublishedDate.TimeOfDay?,
                               _ offset: Int?, _ pm: Bool?) -> Fields? {
        guard let year, (1000...9999).contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var time = time
        if var t = time {
            if let pm, (1...12).contains(t.hour) {
                if pm && t.hour < 12 { t.hour += 12 }
                if !pm && t.hour == 12 { t.hour = 0 }
            }
            // A leap second is kept as the last second of its minute.
            if t.second == 60 { t.second = 59 }
            guard (0...23).contains(t.hour), (0...59).contains(t.minute), (0...59).contains(t.second) else { return nil }
            time = t
        }
        return Fields(year: year, month: month, day: day, time: time, utcOffset: time == nil ? nil : offset)
    }

    /// Some pages give Unix time: ten digits of seconds or thirteen of milliseconds.
    private static func epochSeconds(_ text: String) -> Fields? {
        guard text.count == 10 || text.count == 13, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(text) else { return nil }
        let seconds = text.count == 13 ? value / 1000 : value
        let days = seconds / 86_400, rest = seconds % 86_400
        let (y, m, d) = civil(daysSince1970: days)
        let millis = text.count == 13 ? value % 1000 : 0
        return Fields(year: y, month: m, day: d,
                      time: .init(hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60, nanosecond: millis * 1_000_000),
                      utcOffset: 0)
    }

    private static func twoDigitYear(_ value: Int) -> Int { value < 50 ? 2000 + value : 1900 + value }

    private static func nanoseconds(value: Int, digits: Int) -> Int {
        var n = value, d = digits
        while d > 9 { n /= 10; d -= 1 }
        while d < 9 { n *= 10; d += 1 }
        return n
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard
    /// Hinnant's `days_from_civil`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `daysSince1970` (Hinnant's `civil_from_days`).
    static func civil(daysSince1970 z: Int) -> (year: Int, month: Int, day: Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    // MARK: Tokens

    struct Token {
        enum Kind {
            case number(Int, digits: Int)
            case word(String)
            case symbol(Character)
        }
        var kind: Kind
        /// Whether white space came before it.
        var spaced: Bool
    }

    /// Numbers (ASCII digits), words (letters, lowercased), and every other
    /// character as a mark of its own; white space only separates.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var spaced = false
        var number = 0, digits = 0
        var word = ""
        func flush() {
            if digits > 0 {
                tokens.append(Token(kind: .number(digits > 18 ? Int.max : number, digits: digits), spaced: spaced))
                spaced = false
            } else if !word.isEmpty {
                tokens.append(Token(kind: .word(word.lowercased()), spaced: spaced))
                spaced = false
            }
            number = 0; digits = 0; word = ""
        }
        for c in text {
            if let v = c.asciiValue, v >= 0x30, v <= 0x39 {
                if !word.isEmpty { flush() }
                if digits <= 18 { number = number * 10 + Int(v - 0x30) }
                digits += 1
            } else if c.isLetter {
                if digits > 0 { flush() }
                word.append(c)
            } else {
                flush()
                if c.isWhitespace {
                    spaced = true
                } else {
                    // U+2212 MINUS SIGN and the dashes stand for "-".
                    let mark: Character = c == "\u{2212}" || c == "\u{2013}" || c == "\u{2014}" ? "-" : c
                    tokens.append(Token(kind: .symbol(mark), spaced: spaced))
                    spaced = false
                }
            }
        }
        flush()
        return tokens
    }

    // MARK: Names

    /// Month names in English (full and abbreviated) and, written out, in the
    /// languages of the European news sites quoth meets most.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "januar", "enero", "gennaio", "janeiro", "januari"],
            ["february", "feb", "février", "févr", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari"],
            ["march", "mar", "mars", "märz", "marzo", "março", "maart"],
            ["april", "apr", "avril", "abril", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio", "mei"],
            ["june", "jun", "juin", "juni", "junio", "giugno", "junho"],
            ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"],
            ["october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro"],
        ]
        var table: [String: Int] = [:]
        for (i, forms) in names.enumerated() { for form in forms { table[form] = i + 1 } }
        return table
    }()

    /// Zone names with one meaning in news use, in seconds east of UTC: RFC
    /// 822's (UT, GMT, EST…PDT, Z) and the common abbreviations of Europe,
    /// Asia and Australia. Ambiguous ones (IST, ET) are left out: a time
    /// without a zone is better than a zone guessed wrong.
    static let zones: [String: Int] = {
        let hours: [String: Double] = [
            "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0,
            "bst": 1, "cet": 1, "met": 1, "west": 1, "cest": 2, "mest": 2, "eet": 2, "sast": 2, "eest": 3, "msk": 3,
            "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
            "akst": -9, "akdt": -8, "hst": -10, "ast": -4, "adt": -3, "nst": -3.5, "ndt": -2.5,
            "hkt": 8, "sgt": 8, "awst": 8, "jst": 9, "kst": 9, "acst": 9.5, "acdt": 10.5, "aest": 10, "aedt": 11,
            "nzst": 12, "nzdt": 13,
        ]
        return hours.mapValues { Int($0 * 3600) }
    }()
}
