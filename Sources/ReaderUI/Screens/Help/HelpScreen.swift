/// Help over whatever screen was showing, generated from the keymap so it
/// always says what the keys do.
public struct HelpScreen: Sendable {
    /// Scrolled, nothing selected.
    public var list = ListState()
    let lineCount: Int
    private(set) var size: Size

    init(keymap: Keymap, size: Size) {
        self.init(lineCount: HelpView.lines(keymap).count, size: size)
    }

    init(lineCount: Int, size: Size) {
        self.lineCount = lineCount
        self.size = size
    }

    var height: Int { max(1, ScreenLayout(size: size, sidebarFocused: false).body.height) }

    mutating func resize(to newSize: Size) { size = newSize }

    mutating func apply(_ command: Command) -> Outcome? {
        switch command {
        case .close, .cancel, .help, .select: return .close
        default: return list.apply(command, count: lineCount, height: height) ? nil : .unhandled
        }
    }

    mutating func handle(_ event: MouseEvent) {
        guard event.kind != .click else { return }
        list.move(by: event.kind == .wheelDown ? 3 : -3, count: lineCount, height: height)
    }

    var statusLine: StatusLine { StatusLine(label: "HELP") }
}
