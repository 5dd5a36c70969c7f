import ArticleKit
import Foundation

/// ANSI styling for the human-readable reports, on only when stdout is a
/// terminal and NO_COLOR is unset (https://no-color.org).
struct TerminalStyle: Sendable {
    var enabled: Bool

    static func forStandardOutput() -> TerminalStyle {
        TerminalStyle(enabled: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    func heading(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    /// One of six distinguishable colours, by speaker rank.
    func speaker(_ s: String, rank: Int) -> String { wrap(s, "1;" + String(31 + rank % 6)) }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}

/// The text format of `quoth quotes` and `quoth speakers`: for people.
enum TextReport {
    static func quoteLine(_ quote: Quote, in article: Article, style: TerminalStyle) -> String {
        let who: String
        if let i = quote.speaker {
            let s = article.speakers[i]
            who = style.speaker(Sanitizer.visible(s.name), rank: i) + (s.role.map { style.dim(" (\(Sanitizer.visible($0)))") } ?? "")
        } else {
            who = style.dim("(unattributed)")
        }
        return "  \(who) [\(quote.kind.rawValue)]: “\(Sanitizer.visible(quote.text))”"
    }

    /// `--explain`: why this speaker, on the line under the quote.
    static func explanationLine(_ quote: Quote, in article: Article, style: TerminalStyle) -> String {
        "      " + style.dim("why: " + Sanitizer.visible(QuoteExplanation(quote, in: article).text))
    }
}
