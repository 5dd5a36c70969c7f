import Foundation
import QuothThemes
import Testing
@testable import ReaderUI

struct ThemeTests {
    @Test func rulesParseColoursAndAttributes() throws {
        let theme = try ThemeParser.parse("""
            # a comment
            color title brightwhite default bold underline   # trailing comment

            color speaker.3 color208 #102030 italic
            color status.focus black cyan reverse
            """, name: "t", file: "t.theme")
        #expect(theme.style(for: .title) == Style(foreground: .indexed(15), background: .default, attributes: [.bold, .underline]))
        #expect(theme.style(for: .speaker(3)) == Style(foreground: .indexed(208), background: .rgb(0x10, 0x20, 0x30), attributes: [.italic]))
        #expect(theme.style(for: .statusFocus).attributes == [.reverse])
    }

    @Test func aBadLineFailsWithFileAndLine() {
        let cases: [(String, String)] = [
            ("color text default default\ncolour text red blue", "x.theme:2: unknown command 'colour' (expected 'color')"),
            ("color sidebar.foo red blue", "x.theme:1: unknown element 'sidebar.foo'"),
            ("\n\ncolor text reddish blue", "x.theme:3: bad colour 'reddish'"),
            ("color text red color256", "x.theme:1: bad colour 'color256'"),
            ("color text red blue blink", "x.theme:1: unknown attribute 'blink'"),
            ("color text red", "x.theme:1: expected 'color <element> <foreground> <background> [attributes]'"),
        ]
        for (text, message) in cases {
            #expect(throws: ThemeParser.Failure.self) { try ThemeParser.parse(text, name: "x", file: "x.theme") }
            do {
                _ = try ThemeParser.parse(text, name: "x", file: "x.theme")
            } catch {
                #expect(error.description.hasPrefix(message), "\(error.description)")
            }
        }
    }

    @Test func missingElementsFallBackSensibly() throws {
        let theme = try ThemeParser.parse("color speaker.2 cyan default\ncolor quote default default underline",
                                          name: "t", file: "t")
        #expect(theme.style(for: .speakerSelected(2)) == Style(foreground: .indexed(6), attributes: [.reverse, .bold]))
        #expect(theme.style(for: .speaker(5)) == Style(attributes: [.underline]), "an unstyled slot falls back to quote")
        #expect(theme.style(for: .quoteSelected).attributes == [.underline, .reverse])
        #expect(theme.style(for: .sidebarSelected).attributes.contains(.reverse))
    }

    @Test func everyShippedThemeLoadsCleanly() throws {
        let directory = try #require(ShippedThemes.directory)
        let library = ThemeLibrary(directories: [directory])
        #expect(library.names == ["default", "light", "high-contrast", "monochrome"])
        for name in library.names {
            let theme = try library.load(name)
            #expect(!theme.rules.isEmpty)
            // Every speaker slot is distinct from its neighbours, so adjacent speakers differ.
            for n in 1..<StyleRole.paletteSize {
                #expect(theme.style(for: .speaker(n)) != theme.style(for: .speaker(n + 1)), "\(name) speaker.\(n)")
            }
        }
        let monochrome = try library.load("monochrome")
        #expect(monochrome.resolved.values.allSatisfy { $0.foreground == .default && $0.background == .default })
    }

    @Test func theDefaultThemeStaysDistinctOnEightColourTerminals() throws {
        let theme = try ThemeLibrary(directories: [try #require(ShippedThemes.directory)]).load("default")
        let slots = (1...6).map { TerminalPalette.index(for: theme.style(for: .speaker($0)).foreground, colors: 8) }
        #expect(Set(slots).count == 6)
    }

    @Test func coloursFitWhatTheTerminalHas() {
        #expect(TerminalPalette.index(for: .default, colors: 256) == -1)
        #expect(TerminalPalette.index(for: .indexed(208), colors: 256) == 208)
        #expect(TerminalPalette.index(for: .rgb(0xff, 0x87, 0x00), colors: 256) == 208)
        #expect(TerminalPalette.index(for: .rgb(0, 0, 0), colors: 256) == 16)
        #expect(TerminalPalette.index(for: .rgb(0xd0, 0x10, 0x10), colors: 8) == 1)
        #expect(TerminalPalette.index(for: .indexed(12), colors: 8) == 4, "bright blue becomes blue")
        #expect(TerminalPalette.index(for: .indexed(226), colors: 8) == 3, "a 256-colour yellow becomes yellow")
        #expect(TerminalPalette.index(for: .indexed(245), colors: 8) == 7, "a grey stays grey, not cyan")
        #expect(TerminalPalette.index(for: .indexed(240), colors: 16) == 8)
        #expect(TerminalPalette.index(for: .indexed(233), colors: 8) == 0)
        #expect(TerminalPalette.index(for: .indexed(236), colors: 8, background: true) == 0, "a dark grey bar stays dark")
        #expect(TerminalPalette.index(for: .indexed(252), colors: 8, background: true) == 7)
    }

    @Test func aThemeWithABadLineIsSkippedWithAWarningAndTheDefaultIsUsed() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: user) }
        try "color text default default\ncolor quote purple default\n".write(to: user.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
        let library = ThemeLibrary(directories: [try #require(ShippedThemes.directory), user.path])
        let (themes, start, warnings) = ReaderLaunch.loadThemes(library, choice: "broken", noColor: false)
        #expect(themes[start].name == "default")
        #expect(warnings.contains { $0.hasPrefix(user.path + "/broken.theme:2: bad colour 'purple'") })
        #expect(!themes.contains { $0.name == "broken" })
    }

    @Test func noColorStartsInMonochromeAndAnExplicitThemeWins() throws {
        let library = ThemeLibrary(directories: [try #require(ShippedThemes.directory)])
        let (themes, start, _) = ReaderLaunch.loadThemes(library, choice: nil, noColor: true)
        #expect(themes[start].name == "monochrome")
        let (again, chosen, _) = ReaderLaunch.loadThemes(library, choice: "light", noColor: true)
        #expect(again[chosen].name == "light")
    }
}

/// The speaker palette: sixteen colours where the terminal has 256, each
/// readable on its theme's background and far from the others; on smaller
/// terminals still sixteen styles.
struct SpeakerPaletteTests {
    /// WCAG relative luminance and contrast ratio.
    static func luminance(_ c: (Int, Int, Int)) -> Double {
        func linear(_ v: Int) -> Double {
            let x = Double(v) / 255
            return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
    }

    static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// CIELAB (D65), for how far apart two colours look.
    static func lab(_ c: (Int, Int, Int)) -> (Double, Double, Double) {
        func linear(_ v: Int) -> Double {
            let x = Double(v) / 255
            return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        let r = linear(c.0), g = linear(c.1), b = linear(c.2)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let p = lab(a), q = lab(b)
        return ((p.0 - q.0) * (p.0 - q.0) + (p.1 - q.1) * (p.1 - q.1) + (p.2 - q.2) * (p.2 - q.2)).squareRoot()
    }

    func speakerColours(_ name: String) throws -> [(Int, Int, Int)] {
        let theme = try ThemeLibrary(directories: [try #require(ShippedThemes.directory)]).load(name)
        return try (1...StyleRole.paletteSize).map { n in
            guard case .indexed(let i) = theme.style(for: .speaker(n)).foreground else {
                throw ThemeLibrary.LoadError(description: "\(name) speaker.\(n) is not a 256-colour")
            }
            return TerminalPalette.rgb(of: i)
        }
    }

    @Test func sixteenSpeakerColoursReadWellOnDarkAndLightAndLookApart() throws {
        #expect(StyleRole.paletteSize >= 16)
        for (name, background) in [("default", (0, 0, 0)), ("light", (255, 255, 255))] {
            let colours = try speakerColours(name)
            for (n, colour) in colours.enumerated() {
                #expect(Self.contrast(colour, background) >= 4.5, "\(name) speaker.\(n + 1) against its background")
            }
            for (a, b) in (0..<colours.count).flatMap({ a in (a + 1..<colours.count).map { (a, $0) } }) {
                #expect(Self.distance(colours[a], colours[b]) >= 20, "\(name) speaker.\(a + 1) and speaker.\(b + 1) look alike")
            }
        }
    }

    @Test func onEightAndSixteenColourTerminalsSixteenSpeakersAreStillSixteenStyles() throws {
        let library = ThemeLibrary(directories: [try #require(ShippedThemes.directory)])
        for name in library.names where name != "monochrome" {
            let theme = try library.load(name)
            for colors in [8, 16] {
                let fitted = theme.fitted(toColors: colors)
                let styles = (1...StyleRole.paletteSize).map { fitted.style(for: .speaker($0)) }
                #expect(Set(styles).count == StyleRole.paletteSize, "\(name) on \(colors) colours")
                #expect(styles.allSatisfy { if case .indexed(let i) = $0.foreground { i < colors } else { $0.foreground == .default } })
            }
            #expect(theme.fitted(toColors: 256) == theme, "256 colours show the theme as written")
        }
    }

    @Test func aColourFallsToTheBasicColourOfItsHue() {
        #expect(TerminalPalette.index(for: .indexed(111), colors: 8) == 4, "sky blue is blue, not cyan")
        #expect(TerminalPalette.index(for: .indexed(213), colors: 8) == 5, "pink is magenta, not white")
        #expect(TerminalPalette.index(for: .indexed(114), colors: 8) == 2, "pale green is green")
        #expect(TerminalPalette.index(for: .indexed(46), colors: 16) == 10, "a vivid green is bright green with sixteen")
        #expect(TerminalPalette.index(for: .indexed(124), colors: 16) == 1, "a dark red stays plain red")
    }
}
