import Foundation

/// Where quoth keeps its files, as the XDG base directory spec says: the
/// config (`urls`, `config`, `themes`), the data that lasts (the store,
/// feeds) and the state (the old `state.json`), each under `quoth/`.
///
/// One reading of the spec for every file: "If an implementation encounters
/// a relative path in any of these variables it should consider the path
/// invalid and ignore it", so only an absolute `$XDG_…_HOME` counts; else
/// the spec's default under `$HOME`.
public enum XDGBaseDirectory: Sendable {
    case config, data, state

    /// `$XDG_CONFIG_HOME/quoth/NAME`, `~/.config/quoth/NAME` and so on.
    public func quothPath(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let (variable, fallback) = switch self {
        case .config: ("XDG_CONFIG_HOME", ".config")
        case .data: ("XDG_DATA_HOME", ".local/share")
        case .state: ("XDG_STATE_HOME", ".local/state")
        }
        let base: String
        if let xdg = environment[variable], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/" + fallback
        }
        return base + "/quoth/" + name
    }

    /// `quothPath` as a file URL.
    public func quothURL(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        URL(fileURLWithPath: quothPath(name, environment: environment))
    }
}
