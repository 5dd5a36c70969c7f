/// Reads config files; see `Config` for the format.
public enum ConfigParser {
    public static func parse(_ text: String, file: String) -> Config {
        var config = Config()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            func warn(_ reason: String) { config.warnings.append("\(file):\(index + 1): \(reason)") }
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard var words = CommandWords.split(line) else { warn("a quote is not closed"); continue }
            // A `#` word starts a comment, except a `#rrggbb` colour.
            if let comment = words.firstIndex(where: { $0.hasPrefix("#") && ThemeParser.color($0) == nil }) {
                words.removeSubrange(comment...)
            }
            guard let setting = words.first else { continue }
            let arguments = Array(words.dropFirst())
            switch setting {
            case "bind-key":
                guard (2...3).contains(arguments.count) else { warn("expected 'bind-key <key> <command> [<context>]'"); continue }
                guard let key = KeyName.key(arguments[0]) else { warn("unknown key '\(arguments[0])'"); continue }
                guard let command = Command(configName: arguments[1]) else {
                    warn("unknown command '\(arguments[1])'" + suggestion(arguments[1], among: Command.allCases.map(\.configName)))
                    continue
                }
                guard let context = context(arguments.count == 3 ? arguments[2] : nil, warn) else { continue }
                config.keyChanges.append(.init(key: key, command: command, context: context))
            case "unbind-key":
                guard (1...2).contains(arguments.count) else { warn("expected 'unbind-key <key> [<context>]'"); continue }
                guard let key = KeyName.key(arguments[0]) else { warn("unknown key '\(arguments[0])'"); continue }
                guard let context = context(arguments.count == 2 ? arguments[1] : nil, warn) else { continue }
                config.keyChanges.append(.init(key: key, command: nil, context: context))
            case "color":
                do {
                    let theme = try ThemeParser.parse(words.joined(separator: " "), name: "config", file: file)
                    config.colors.merge(theme.rules) { _, new in new }
                } catch {
                    error.problems.forEach { warn($0.message) }
                }
            case "browser", "copy-command", "theme":
                guard arguments.count == 1, !arguments[0].isEmpty else { warn("expected '\(setting) \"<value>\"'"); continue }
                switch setting {
                case "browser": config.browser = arguments[0]
                case "copy-command": config.copyCommand = arguments[0]
                default: config.theme = arguments[0]
                }
            case "osc52", "mouse":
                guard arguments.count == 1, let on = yesNo(arguments[0]) else { warn("expected '\(setting) yes' or '\(setting) no'"); continue }
                if setting == "osc52" { config.osc52 = on } else { config.mouse = on }
            default:
                warn("unknown setting '\(setting)' (bind-key, unbind-key, color, browser, copy-command, osc52, theme, mouse)")
            }
        }
        return config
    }

    static func context(_ name: String?, _ warn: (String) -> Void) -> Keymap.Context? {
        guard let name else { return .global }
        guard let context = Keymap.Context(configName: name) else {
            warn("unknown context '\(name)' (\(Keymap.Context.allCases.map(\.configName).joined(separator: ", ")))")
            return nil
        }
        return context
    }

    /// "; did you mean 'next-quote'?" for a near miss, else where the names are.
    static func suggestion(_ word: String, among names: [String]) -> String {
        let scored = names.map { ($0, distance(word, $0)) }.min { $0.1 < $1.1 }
        if let (name, d) = scored, d <= max(2, word.count / 3) { return "; did you mean '\(name)'?" }
        return " (the README's Config section lists them)"
    }

    /// Levenshtein distance, for suggestions.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    static func yesNo(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "yes", "true", "on": true
        case "no", "false", "off": false
        default: nil
        }
    }
}
