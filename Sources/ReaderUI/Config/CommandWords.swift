/// Splits a line into words the way a shell would quote them, without a
/// shell: `browser "lynx -dump %u"`, `copy-command 'xclip -selection clipboard'`.
///
/// Used for config lines and for the commands they name, so a browser or
/// copy command runs with its own arguments and a URL is always one
/// argument of its own, never text a shell would read.
public enum CommandWords {
    /// The words, or nil when a quote is left open.
    public static func split(_ line: some StringProtocol) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped {
                word.append(c)
                escaped = false
                continue
            }
            if let open = quote {
                if c == open { quote = nil } else if c == "\\" && open == "\"" { escaped = true } else { word.append(c) }
                continue
            }
            switch c {
            case "\"", "'":
                quote = c
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t", "\r":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.append(c)
                inWord = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { words.append(word) }
        return words
    }
}
