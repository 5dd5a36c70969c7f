/// Decodes character references left in text that did not pass through
/// the HTML parser: JSON-LD strings and feed fields often carry `&amp;`,
/// `&#8217;` and the like.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "hellip": "\u{2026}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "laquo": "\u{AB}", "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}",
        "trade": "\u{2122}", "eacute": "\u{E9}", "egrave": "\u{E8}", "aacute": "\u{E1}", "oacute": "\u{F3}",
        "uuml": "\u{FC}", "ouml": "\u{F6}", "auml": "\u{E4}", "ccedil": "\u{E7}", "NewLine": "\n", "Tab": "\t",
        "shy": "\u{AD}", "middot": "\u{B7}", "bull": "\u{2022}", "euro": "\u{20AC}", "pound": "\u{A3}",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", let semicolon = scalars[(i + 1)..<min(scalars.count, i + 12)].firstIndex(of: ";")
            else { out.append(scalars[i]); i += 1; continue }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))
            var decoded: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst(1)).flatMap(Unicode.Scalar.init)
            } else {
                decoded = named[name]
            }
            if let decoded {
                out.append(decoded)
                i = semicolon + 1
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }
}
