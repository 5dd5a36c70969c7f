import ArticleKit
import Foundation
import QuothThemes
import Testing
@testable import ReaderUI

/// `~/.config/quoth/config`, newsboat's way: keys, colours, browser, copy, theme.
struct ConfigTests {
    static let sample = """
        # my quoth
        bind-key ^D page-down
        bind-key x copy-quote reader   # x copies in the reader only
        unbind-key t
        color speaker.1 color208 default bold
        browser "firefox --new-tab %u"
        copy-command 'xclip -selection clipboard'
        osc52 yes
        theme light
        mouse yes
        """

    @Test func everySettingIsRead() throws {
        let config = ConfigParser.parse(Self.sample, file: "config")
        #expect(config.warnings.isEmpty, "\(config.warnings)")
        #expect(config.browser == "firefox --new-tab %u")
        #expect(config.copyCommand == "xclip -selection clipboard")
        #expect(config.osc52)
        #expect(config.theme == "light")
        #expect(config.mouse == true)
        #expect(config.colors[.speaker(1)] == Style(foreground: .indexed(208), attributes: [.bold]))
        let keymap = config.keymap()
        #expect(keymap.command(for: .ctrl("d"), in: .reader) == .pageDown)
        #expect(keymap.command(for: .char("x"), in: .reader) == .copyQuote)
        #expect(keymap.command(for: .char("x"), in: .quotes) == nil, "bound in the reader only")
        #expect(keymap.command(for: .char("t"), in: .reader) == nil)
        // Help says what the keys do now.
        let help = HelpView.lines(keymap)
        #expect(help.contains { $0.keys.contains("x") && $0.text == Keymap.standard.bindings.first { $0.command == .copyQuote }!.summary })
        #expect(!help.contains { $0.keys.split(separator: " ").contains("t") })
    }

    @Test func badLinesAreReportedWithFileAndLineAndTheRestStillApplies() {
        let config = ConfigParser.parse("""
            bind-key x no-such-thing
            bind-key ^D page-down
            colour text red default
            color speaker.99 red default
            browser
            osc52 maybe
            bind-key q quit nowhere
            copy-command "unclosed
            theme light
            """, file: "/home/me/.config/quoth/config")
        #expect(config.warnings.count == 7)
        #expect(config.warnings[0].hasPrefix("/home/me/.config/quoth/config:1: unknown command 'no-such-thing'"))
        #expect(config.warnings[1].hasPrefix("/home/me/.config/quoth/config:3: unknown setting 'colour'"))
        #expect(config.warnings[2].hasPrefix("/home/me/.config/quoth/config:4: unknown element 'speaker.99'"))
        #expect(config.warnings[3] == "/home/me/.config/quoth/config:5: expected 'browser \"<value>\"'")
        #expect(config.warnings[4] == "/home/me/.config/quoth/config:6: expected 'osc52 yes' or 'osc52 no'")
        #expect(config.warnings[5].hasPrefix("/home/me/.config/quoth/config:7: unknown context 'nowhere'"))
        #expect(config.warnings[6] == "/home/me/.config/quoth/config:8: a quote is not closed")
        #expect(config.keymap().command(for: .ctrl("d"), in: .reader) == .pageDown)
        #expect(config.theme == "light")
    }

    @Test func keysAreNamedAsNewsboatOrHelpNamesThem() {
        let pairs: [(String, Key)] = [("^D", .ctrl("d")), ("Ctrl-U", .ctrl("u")), ("ENTER", .enter), ("Space", .char(" ")),
                                      ("NPAGE", .pageDown), ("PgUp", .pageUp), ("F1", .function(1)), ("j", .char("j")),
                                      ("BTAB", .backTab), ("ESC", .escape)]
        for (name, key) in pairs { #expect(KeyName.key(name) == key, "\(name)") }
        #expect(KeyName.key("NOPE") == nil)
    }

    @Test func theConfigsThemeAndColoursAreUsedAndAnExplicitThemeWins() throws {
        let themes = ThemeLibrary(directories: [try #require(ShippedThemes.directory)])
        let config = ConfigParser.parse("theme light\ncolor speaker.1 color208 default bold", file: "config")
        let article = try writeArticle()
        let launch = try ReaderLaunch.prepare(paths: [article], settings: LaunchSettings(themes: themes, config: config))
        #expect(launch.state.theme.name == "light")
        #expect(launch.state.theme.style(for: .speaker(1)) == Style(foreground: .indexed(208), attributes: [.bold]))
        // Every theme gets the config's colours, so `t` keeps them.
        #expect(launch.state.shared.themes.allSatisfy { $0.style(for: .speaker(1)).foreground == .indexed(208) })
        let chosen = try ReaderLaunch.prepare(paths: [article], settings: LaunchSettings(themes: themes, themeChoice: "high-contrast", config: config))
        #expect(chosen.state.theme.name == "high-contrast")
        let noColor = try ReaderLaunch.prepare(paths: [article], settings: LaunchSettings(themes: themes, noColor: true, config: config))
        #expect(noColor.state.theme.name == "monochrome", "NO_COLOR wins over the config's theme")
    }

    @Test func aBadConfigLineIsTheFirstThingTheStatusLineSays() throws {
        let config = ConfigParser.parse("bind-key x nothing\nbind-key y nothing", file: "config")
        let launch = try ReaderLaunch.prepare(paths: [try writeArticle()],
                                              settings: LaunchSettings(themes: ThemeLibrary(directories: []), config: config))
        #expect(launch.state.message?.hasPrefix("config:1: unknown command 'nothing'") == true)
        #expect(launch.state.message?.hasSuffix("(+1 more; ! lists them)") == true)
        #expect(launch.warnings.count == 2)
    }

    func writeArticle() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-config-\(UUID().uuidString).txt").path
        try "Title\n\n\"Yes,\" she said.\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

extension ConfigTests {
    @Test func theReadmeNamesEveryCommandAndContextAConfigCanBind() throws {
        let readme = try String(contentsOf: ArticleFixture.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Config").dropFirst().first?.components(separatedBy: "\n## ").first)
        for command in Command.allCases { #expect(section.contains("`\(command.configName)`"), "\(command.configName)") }
        for context in Keymap.Context.allCases { #expect(section.contains("`\(context.configName)`"), "\(context.configName)") }
    }
}
