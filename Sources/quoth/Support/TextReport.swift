import ArticleKit
import CursesBackend
import Foundation
import ReaderUI

/// ANSI styling for the human-readable reports, on only when stdout is a
/// terminal and NO_COLOR is unset (https://no-color.org).
struct TerminalStyle: Sendable {
    var enabled: Bool
    /// Each palette slot's SGR parameters, as the reader draws that slot on
    /// this terminal, so a speaker is the same colour in both.
    var speakers: [String] = []

    static func forStandardOutput() -> TerminalStyle {
        guard isatty(STDOUT_FILENO) == 1, ProcessInfo.processInfo.environment["NO_COLOR"] == nil else {
            return TerminalStyle(enabled: false)
        }
        let colors = TerminalColors.count(fd: STDOUT_FILENO)
        // The theme the reader would start with: the config's, with its colour lines.
        let config = Config.load(Config.standardPath())
        let chosen = (try? ReadCommand.themeLibrary.load(config.theme ?? "default")) ?? .builtIn
        let theme = config.apply(to: chosen).fitted(toColors: colors)
        let speakers = (1...StyleRole.paletteSize).map { theme.style(for: .speaker($0)).sgrParameters(colors: colors) }
        return TerminalStyle(enabled: true, speakers: speakers)
    }

    func heading(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    /// The speaker's colour in the reader: palette slot by rank (most quoted first).
    func speaker(_ s: String, rank: Int) -> String {
        wrap(s, speakers.isEmpty ? "1" : speakers[StyleRole.paletteSlot(forSpeaker: rank) - 1])
    }

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
