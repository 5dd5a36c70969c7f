import Foundation
import Testing

/// Colours as a 256-colour terminal shows them: the command line and the
/// reader give each speaker the same colour, and no two of the first
/// sixteen share one.
@Suite(.serialized)
struct ColourUnderTmuxTests {
    @Test func theCommandLineColoursEachSpeakerAsTheReaderDoes() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.kill() }
        let seed = TestData.seed
        try session.type("clear; TERM=xterm-256color LANG=C.UTF-8 \(session.binary) quotes '\(seed)'", enter: true)
        try session.waitFor("Kremlin [full]")
        let report = try session.capture(escapes: true)
        try session.type("clear; TERM=xterm-256color LANG=C.UTF-8 \(session.binary) '\(seed)'", enter: true)
        try session.waitFor("9 quotes · 3 speakers")
        // The sidebar, drawn in the same frame; a loaded machine may show the frame in parts.
        for name in ["Sergey Lavrov", "Volodymyr Zelensky", "Kremlin"] { try session.waitFor("● " + name) }
        let reader = try session.capture(escapes: true)
        try session.keys("Q")

        var seen: Set<String> = []
        for name in ["Sergey Lavrov", "Volodymyr Zelensky", "Kremlin"] {
            let printed = try #require(TmuxSession.foreground(of: name, in: report), "\(name) in quoth quotes")
            // The sidebar names each speaker in their colour; at 120 columns it has room for the full name.
            let drawn = try #require(TmuxSession.foreground(of: name, in: reader), "\(name) in the reader")
            #expect(printed.hasPrefix("38;5;"), "\(name) is one of the 256-colour palette: \(printed)")
            #expect(printed == drawn, "\(name): quoth quotes \(printed), the reader \(drawn)")
            seen.insert(printed)
        }
        #expect(seen.count == 3)
    }
}
