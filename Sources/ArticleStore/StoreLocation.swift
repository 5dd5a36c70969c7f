import Foundation
import ArticleKit

/// Where the store lives: `$XDG_DATA_HOME/quoth/quoth.sqlite`, else
/// `~/.local/share/quoth/quoth.sqlite`.
///
/// Data, not state: the library is what a person keeps for years ("a
/// library that grows for years"), so it goes where the XDG base directory
/// spec puts user data, beside the reading state's old home in
/// `$XDG_STATE_HOME`.
public struct StoreLocation: Sendable, Hashable {
    public var url: URL

    public init(url: URL) { self.url = url }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        StoreLocation(url: XDGBaseDirectory.data.quothURL("quoth.sqlite", environment: environment))
    }

    public var folder: URL { url.deletingLastPathComponent() }
    public var path: String { url.path }
}
