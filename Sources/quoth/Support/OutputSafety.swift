import ArticleKit
import Foundation

/// How article text may be written to standard output.
///
/// "Article text never reaches a terminal raw": an ESC in a title could
/// retitle the window or clear the screen, a C1 control or a bidi override
/// could do as much. Into a pipe or a file the bytes go as they are, so a
/// program gets the exact text; on a terminal they are made visible.
enum OutputSafety: Sendable {
    /// A pipe or a file: every byte as it is.
    case exact
    /// A terminal: control characters drawn as symbols (␛, ⟨U+202E⟩); line
    /// feeds and tabs kept, since they are layout.
    case visible
    /// A terminal reading JSON Lines: the same characters as `\u` escapes, so
    /// each line still parses to the exact text. JSON already escapes C0
    /// controls; this adds DEL, C1 controls and bidi controls.
    case jsonEscaped

    /// `.exact` unless standard output is a terminal.
    static func forStandardOutput(json: Bool) -> OutputSafety {
        guard isatty(STDOUT_FILENO) == 1 else { return .exact }
        return json ? .jsonEscaped : .visible
    }

    func apply(_ s: String) -> String {
        switch self {
        case .exact: return s
        case .visible: return Sanitizer.visibleKeepingLines(s)
        case .jsonEscaped: return Self.escapingControls(s)
        }
    }

    /// Every character `Sanitizer` would replace, as a JSON `\uXXXX` escape.
    /// They can only stand inside strings (JSON's own syntax is plain ASCII),
    /// where an escape means the same character. Line feeds end records.
    static func escapingControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0 != "\n" && Sanitizer.needsReplacement($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for c in json.unicodeScalars {
            guard c != "\n", Sanitizer.needsReplacement(c) else { out.append(c); continue }
            let hex = String(c.value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }
}
