import Foundation

/// Short blocks that sit inside an article's markup without being its
/// text, told by what they say rather than by their class names (which
/// every site spells its own way).
///
/// Each kind is a line no article sentence is: an ad slot's label
/// ("Advertisement"), a timestamp on its own ("Published November 20th,
/// 2019 - 07:29 GMT"), a copyright or photo credit ("© Aaron Schwartz"), a
/// call to sign up or read on ("Sign up to our newsletter…", "You may also
/// like"). Only short blocks are judged, so a paragraph that happens to
/// start the same way is never dropped.
enum BoilerplateLine {
    enum Kind: Equatable {
        case placeholder, timestamp, copyright, callToAction
    }

    /// Blocks longer than this (in characters) are never boilerplate lines.
    static let maximumLength = 160

    /// Every block of every page comes through here: one pass over the
    /// scalars decides most blocks, and only short ones are lowercased.
    static func kind(of text: String) -> Kind? {
        var length = 0, digits = false, copyrightSign = false
        for c in text.unicodeScalars {
            length += 1
            if length > maximumLength { return nil }
            if c.value >= 0x30 && c.value <= 0x39 { digits = true } else if c == "©" { copyrightSign = true }
        }
        if copyrightSign { return .copyright }
        let lower = text.lowercased()
        if length <= 24, isPlaceholder(lower) { return .placeholder }
        if lower.hasPrefix("(c) ") || isCopyrightNotice(lower) || lower.hasSuffix("all rights reserved")
            || lower.hasSuffix("all rights reserved.") {
            return .copyright
        }
        if callToActionPrefixes.contains(where: { lower.hasPrefix($0) }) { return .callToAction }
        if digits, isTimestamp(lower) { return .timestamp }
        return nil
    }

    // MARK: Placeholders

    /// Ad slots' and spinners' labels, in the languages Readability knows
    /// them in and a few more.
    static let placeholders: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertising", "advertisement", "advertisements", "sponsored",
        "pub", "publicité", "publicidad", "werb", "werbung", "anzeige", "广告", "реклама", "anuncio",
        "loading", "正在加载", "загрузка", "chargement", "cargando",
    ]

    static func isPlaceholder(_ lower: String) -> Bool {
        var t = lower.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("…") { t.removeLast() } else if t.hasSuffix("...") { t.removeLast(3) }
        return placeholders.contains(t)
    }

    /// "Copyright 2019 …", "Copyright @ 2019 …", but not "Copyright law …".
    static func isCopyrightNotice(_ lower: String) -> Bool {
        guard lower.hasPrefix("copyright") else { return false }
        let rest = lower.dropFirst(9).drop { $0 == " " }
        return rest.first.map { !$0.isLetter } ?? true
    }

    // MARK: Calls to action

    static let callToActionPrefixes = [
        "sign up for", "sign up to", "sign up now", "subscribe to", "subscribe now", "subscribe for",
        "you may also like", "you might also like", "tell us what you think", "click here", "follow us",
        "join our", "get our newsletter", "download our app", "share this", "share on", "like this story",
        "this slideshow requires", "continue reading below", "scroll to continue", "story continues below",
        "article continues below",
    ]

    // MARK: Timestamps

    /// Words that label a timestamp rather than being part of it.
    static let timestampLabels: Set<String> = [
        "published", "updated", "posted", "first", "last", "modified", "created", "date", "time", "on", "at",
        "am", "pm", "a", "p", "m", "gmt", "utc", "et", "pt", "ist", "bst", "est", "edt", "cst", "cdt", "pst", "pdt",
        "th", "st", "nd", "rd", "of", "de", "le", "am", "um", "uhr", "h",
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// A line that is a date or time and nothing else but labels for them:
    /// every word is a number, a month or weekday name, a zone or a label,
    /// and the line reads as a date or holds a clock time ("Updated at
    /// 1:23 p.m."). A year alone ("2019", a timeline's heading) is neither.
    static func isTimestamp(_ lower: String) -> Bool {
        var sawNumber = false
        for word in lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let digits = word.prefix { $0.isNumber }
            if !digits.isEmpty {
                // 20, 20th, 9am, 14h
                guard ["", "st", "nd", "rd", "th", "am", "pm", "h"].contains(String(word.dropFirst(digits.count)))
                else { return false }
                sawNumber = true
                continue
            }
            let w = String(word)
            if timestampLabels.contains(w) || weekdays.contains(w) || PublishedDateParser.months[w] != nil { continue }
            return false
        }
        return sawNumber && (lower.contains(":") || PublishedDate(lower).fields != nil)
    }
}
