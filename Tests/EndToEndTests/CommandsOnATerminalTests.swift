import Foundation
import Testing

/// `quoth text`, `quotes` and `speakers` write article text straight to a
/// terminal, in every format: an article's escape sequences must show as
/// symbols there, never retitle the window or clear the screen. (Piped, the
/// same output stays exact: see `CommandLineTests`.)
@Suite(.serialized)
struct CommandsOnATerminalTests {
    /// Runs `quoth <command> --format <format> <article>` in a shell under
    /// tmux, one format after another, and returns each screen.
    static func screens(_ command: String, formats: [String], article: String? = nil) throws -> [String: String] {
        let article = try article ?? TerminalSafetyTests.hostileArticle()
        defer { unlink(article) }
        let session = try TmuxSession(width: 160, height: 50)
        defer { session.kill() }
        let title = try session.paneTitle()
        var screens: [String: String] = [:]
        for format in formats {
            try session.type("clear; echo BEFORE-\(format); LANG=C.UTF-8 \(session.binary) \(command) --format \(format) '\(article)'; echo AFTER-$((6*7))-\(format)",
                             enter: true)
            let screen = try session.waitFor("AFTER-42-\(format)")
            #expect(try session.paneTitle() == title, "\(command) --format \(format) left the window title alone")
            // `ESC[2J` obeyed would have wiped the line printed before quoth ran.
            #expect(screen.split(separator: "\n").contains { $0 == "BEFORE-\(format)" }, "\(command) --format \(format) cleared nothing")
            screens[format] = screen
        }
        return screens
    }

    @Test func textShowsEscapeSequencesAsSymbolsInEveryFormat() throws {
        let screens = try Self.screens("text", formats: ["text", "jsonl", "csv", "markdown"])
        for format in ["text", "csv", "markdown"] {
            let screen = try #require(screens[format])
            // Markdown escapes the brackets first: `␛\]0;PWNED␇`.
            let osc = format == "markdown" ? "␛\\]0;PWNED␇" : "␛]0;PWNED␇"
            #expect(screen.contains(osc), "\(format): the title's OSC sequence is drawn")
            #expect(screen.contains("⟨U+009B⟩2J"), "\(format): the C1 CSI is drawn")
            #expect(screen.contains("⟨U+202E⟩desrever"), "\(format): the bidi override is drawn")
        }
        // JSON Lines on a terminal: the same characters as \u escapes, so the line still parses exactly.
        let jsonl = try #require(screens["jsonl"])
        #expect(jsonl.contains(#"Evil \u001b]0;PWNED\u0007 title \u001b[2J here"#))
        #expect(jsonl.contains(#"C1 \u009b2J and bidi \u202edesrever"#))
    }

    @Test func quotesShowEscapeSequencesAsSymbolsInEveryFormat() throws {
        let screens = try Self.screens("quotes", formats: ["text", "jsonl", "csv", "markdown"])
        for format in ["text", "csv"] {
            #expect(try #require(screens[format]).contains("␛[31mred␛[0m"), "\(format): the colour sequence in the quote is drawn")
        }
        let markdown = try #require(screens["markdown"])
        #expect(markdown.contains("␛\\[31mred␛\\[0m"))
        #expect(markdown.contains("## Evil ␛\\]0;PWNED␇ title"), "the heading is the article's title")
        let jsonl = try #require(screens["jsonl"])
        #expect(jsonl.contains(#""text":"Hello \u001b[31mred\u001b[0m world,""#))
    }

    @Test func speakersFromQuoteLinesShowEscapeSequencesAsSymbolsInEveryFormat() throws {
        // Quote lines come from anywhere, so names and roles may carry anything.
        let lines = NSTemporaryDirectory() + "quoth-quotes-\(UUID().uuidString.prefix(8)).jsonl"
        let line = #"{"article":"a","start":0,"end":5,"text":"Hello","speaker":"Evil \u001b]0;PWNED\u0007 Speaker","#
            + #""role":"the \u009b2J \u202edesrever role","speaker_kind":"person","mention":null,"cue":null,"kind":"full"}"#
        try (line + "\n").write(toFile: lines, atomically: true, encoding: .utf8)
        let screens = try Self.screens("speakers --input jsonl --from-quotes", formats: ["text", "jsonl", "csv", "markdown"], article: lines)
        for format in ["text", "csv", "markdown"] {
            let screen = try #require(screens[format])
            let osc = format == "markdown" ? "␛\\]0;PWNED␇" : "␛]0;PWNED␇"
            #expect(screen.contains("Evil \(osc) Speaker"), "\(format): the name's OSC sequence is drawn")
            #expect(screen.contains("⟨U+009B⟩2J ⟨U+202E⟩desrever"), "\(format): the role's C1 CSI and bidi override are drawn")
        }
        let jsonl = try #require(screens["jsonl"])
        #expect(jsonl.contains(#""speaker":"Evil \u001b]0;PWNED\u0007 Speaker","role":"the \u009b2J \u202edesrever role""#))
    }

    @Test func speakersOnATerminalInEveryFormat() throws {
        // The analyser keeps control characters out of the names it finds in
        // articles: every format still reaches a terminal intact.
        let article = NSTemporaryDirectory() + "quoth-speakers-\(UUID().uuidString.prefix(8)).txt"
        try "Evil \u{1B}]0;PWNED\u{07} title\n\n\"We will win the vote,\" said Anna Kowalska, the party \u{9B}2J leader.\n"
            .write(toFile: article, atomically: true, encoding: .utf8)
        let screens = try Self.screens("speakers", formats: ["text", "jsonl", "csv", "markdown"], article: article)
        for format in ["text", "jsonl", "csv", "markdown"] {
            #expect(try #require(screens[format]).contains("Anna Kowalska"), "\(format): the speaker is listed")
        }
    }
}
