import Testing
@testable import ReaderUI

struct KeymapTests {
    let keymap = Keymap.standard

    @Test func theIssuesKeysMapToTheirCommands() {
        let expected: [(Key, Keymap.Context, Command)] = [
            (.char("j"), .reader, .lineDown), (.down, .sidebar, .lineDown), (.char("k"), .quotes, .lineUp),
            (.char(" "), .reader, .pageDown), (.pageDown, .reader, .pageDown), (.char("b"), .reader, .pageUp),
            (.char("g"), .reader, .top), (.home, .reader, .top), (.char("G"), .reader, .bottom), (.end, .reader, .bottom),
            (.tab, .reader, .cycleFocus), (.char("s"), .reader, .focusSidebar), (.char("r"), .quotes, .focusReader),
            (.char("f"), .reader, .focusQuotes), (.enter, .sidebar, .select), (.char("]"), .reader, .nextQuote),
            (.char("["), .reader, .previousQuote), (.char("}"), .sidebar, .nextSpeakerQuote),
            (.char("{"), .reader, .previousSpeakerQuote), (.char("/"), .reader, .search), (.char("/"), .quotes, .search),
            (.char("n"), .reader, .searchNext), (.char("N"), .reader, .searchPrevious), (.char("t"), .reader, .nextTheme),
            (.char("?"), .reader, .help), (.char("q"), .reader, .close), (.char("Q"), .help, .quit),
            (.ctrl("l"), .quotes, .redraw), (.escape, .quotes, .cancel),
        ]
        for (key, context, command) in expected {
            #expect(keymap.command(for: key, in: context) == command, "\(key.label) in \(context)")
        }
    }

    @Test func articleSwitchingDoesNotTakeSearchKeys() {
        #expect(keymap.command(for: .char("n"), in: .reader) == .searchNext)
        #expect(keymap.command(for: .char(">"), in: .reader) == .nextArticle)
        #expect(keymap.command(for: .char("<"), in: .reader) == .previousArticle)
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in Keymap.Context.allCases {
            let keys = keymap.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }

    @Test func helpListsEveryBindingWithItsKeys() {
        let help = HelpView.lines(keymap)
        for binding in keymap.bindings {
            let keys = binding.keys.map(\.label).joined(separator: " ")
            #expect(help.contains { $0.keys == keys && $0.text == binding.summary }, "\(keys): \(binding.summary)")
        }
        // And every command is reachable from some key.
        let bound = Set(keymap.bindings.map(\.command))
        #expect(bound == Set(Command.allCases))
    }

    @Test func anOpenPromptTakesPrintableKeysButNotArrows() {
        var state = ReaderState(article: ArticleFixture.seed, size: Size(width: 80, height: 24))
        _ = state.apply(.command(.focusQuotes))
        _ = state.apply(.command(.search))
        guard case .edit(.insert("q")) = state.action(for: .char("q")) else { Issue.record("q should type"); return }
        guard case .edit(.deleteBackward) = state.action(for: .backspace) else { Issue.record("backspace should erase"); return }
        guard case .command(.lineDown) = state.action(for: .down) else { Issue.record("↓ still moves"); return }
        guard case .command(.select) = state.action(for: .enter) else { Issue.record("Enter selects"); return }
        _ = state.apply(.command(.select))
        guard case .command(.close) = state.action(for: .char("q")) else { Issue.record("q closes again"); return }
    }
}
