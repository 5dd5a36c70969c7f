import Foundation
import ArticleKit

/// What `~/.config/quoth/config` says: keys, colours, the browser, how to
/// copy, the theme. Read once at launch.
///
/// newsboat's format, one setting a line, `#` comments, words quoted as a
/// shell quotes them:
///
///     bind-key ^D page-down
///     bind-key x copy reader
///     unbind-key t
///     color speaker.1 color208 default bold
///     browser "firefox --new-tab %u"
///     copy-command "xclip -selection clipboard"
///     osc52 yes
///     theme light
///     mouse yes
///
/// A bad line is reported as `file:line: reason` and skipped; every other
/// line still applies.
public struct Config: Sendable {
    public struct KeyChange: Hashable, Sendable {
        public var key: Key
        /// nil for `unbind-key`.
        public var command: Command?
        public var context: Keymap.Context
    }

    public var keyChanges: [KeyChange] = []
    /// `color` lines: laid over every theme.
    public var colors: [StyleRole: Style] = [:]
    /// The browser command; `%u` is the link (added at the end when absent).
    public var browser: String?
    /// A command that takes text on standard input and puts it on the clipboard.
    public var copyCommand: String?
    /// Copy through the terminal (OSC 52), which many terminals and tmux
    /// allow but some refuse or ask about; off unless asked for.
    public var osc52 = false
    public var theme: String?
    public var mouse: Bool?
    /// `file:line: reason`, one per line that was skipped.
    public var warnings: [String] = []

    public init() {}

    /// `$XDG_CONFIG_HOME/quoth/config`, or `~/.config/quoth/config`.
    public static func standardPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGBaseDirectory.config.quothPath("config", environment: environment)
    }

    /// The config at `path`: empty when there is none, a warning when it cannot be read.
    public static func load(_ path: String) -> Config {
        guard FileManager.default.fileExists(atPath: path) else { return Config() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            var config = Config()
            config.warnings = ["\(path): cannot read the config file (not readable UTF-8 text)"]
            return config
        }
        return ConfigParser.parse(text, file: path)
    }

    /// The standard keys with this config's changes.
    public func keymap(from base: Keymap = .standard) -> Keymap {
        var keymap = base
        for change in keyChanges {
            if let command = change.command {
                keymap.bind(change.key, to: command, in: change.context)
            } else {
                keymap.unbind(change.key, in: change.context)
            }
        }
        return keymap
    }

    /// A theme with this config's `color` lines laid over it.
    public func apply(to theme: Theme) -> Theme {
        guard !colors.isEmpty else { return theme }
        return Theme(name: theme.name, rules: theme.rules.merging(colors) { _, mine in mine })
    }
}
