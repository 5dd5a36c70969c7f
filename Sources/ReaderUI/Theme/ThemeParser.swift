/// Reads theme files: one rule a line, the newsboat/tig/mutt convention.
///
///     # comment
///     color <element> <fg> <bg> [bold|underline|reverse|dim|italic|standout]...
///
/// Colours are names (`red`, `brightblue`), `default`, `colorN` (0–255) or
/// `#rrggbb`. A bad line makes the whole theme fail, so a typo is seen
/// rather than half-applied; every bad line is reported, as `file:line:
/// message`, so one look fixes them all.
public enum ThemeParser {
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public struct Problem: Error, Hashable, Sendable {
            public var line: Int
            public var message: String
        }

        public var file: String
        /// Every bad line, in order.
        public var problems: [Problem]
        /// One `file:line: message` per bad line.
        public var lines: [String] { problems.map { "\(file):\($0.line): \($0.message)" } }
        public var description: String { lines.joined(separator: "\n") }
    }

    public static func parse(_ text: String, name: String, file: String) throws(Failure) -> Theme {
        var rules: [StyleRole: Style] = [:]
        var problems: [Failure.Problem] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            do throws(Failure.Problem) {
                try parseLine(raw, number: index + 1, into: &rules)
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw Failure(file: file, problems: problems) }
        return Theme(name: name, rules: rules)
    }

    static func parseLine(_ raw: Substring, number: Int, into rules: inout [StyleRole: Style]) throws(Failure.Problem) {
        // `#` starts a comment, except as a `#rrggbb` colour.
        let words = Array(raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            .prefix { !$0.hasPrefix("#") || ThemeParser.color($0) != nil })
        guard let keyword = words.first else { return }
        func fail(_ message: String) -> Failure.Problem { Failure.Problem(line: number, message: message) }
        guard keyword == "color" else { throw fail("unknown command '\(keyword)' (expected 'color')") }
        guard words.count >= 4 else {
            throw fail("expected 'color <element> <foreground> <background> [attributes]'")
        }
        guard let role = StyleRole(element: words[1]) else {
            let known = StyleRole.all.map(\.element).filter { !$0.hasPrefix("speaker.") }
            throw fail("unknown element '\(words[1])' (known: \(known.joined(separator: ", ")), speaker.1 … speaker.\(StyleRole.paletteSize))")
        }
        guard let fg = color(words[2]) else { throw fail("bad colour '\(words[2])'") }
        guard let bg = color(words[3]) else { throw fail("bad colour '\(words[3])'") }
        var attributes: Set<TextAttribute> = []
        for word in words.dropFirst(4) {
            guard let attribute = TextAttribute(rawValue: word.lowercased()) else {
                throw fail("unknown attribute '\(word)' (use bold, underline, reverse, dim, italic or standout)")
            }
            attributes.insert(attribute)
        }
        rules[role] = Style(foreground: fg, background: bg, attributes: attributes)
    }

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// A colour word, or nil when it is not one.
    public static func color(_ word: String) -> ThemeColor? {
        let w = word.lowercased()
        if w == "default" || w == "-1" { return .default }
        if let i = names.firstIndex(of: w) { return .indexed(i) }
        if w.hasPrefix("bright"), let i = names.firstIndex(of: String(w.dropFirst(6))) { return .indexed(i + 8) }
        if w == "gray" || w == "grey" { return .indexed(8) }
        if w.hasPrefix("color"), let n = Int(w.dropFirst(5)), (0...255).contains(n) { return .indexed(n) }
        if w.hasPrefix("#"), w.count == 7, let v = UInt32(w.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        }
        return nil
    }
}
