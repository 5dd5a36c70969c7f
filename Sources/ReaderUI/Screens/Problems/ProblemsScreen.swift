/// What could not be read, one line each with the reason, so a bad file is
/// never silently missing.
public struct ProblemsScreen: Sendable {
    public var lines: [String]
    public var list = ListState()
    private(set) var size: Size

    init(lines: [String], size: Size) {
        self.lines = lines
        self.size = size
    }

    var height: Int { max(1, ScreenLayout(size: size, sidebarFocused: false).body.height - 1) }

    mutating func resize(to newSize: Size) { size = newSize }

    mutating func apply(_ command: Command) -> Outcome? {
        switch command {
        case .close, .cancel, .problems, .select: return .close
        case .lineDown: list.move(by: 1, count: lines.count, height: height)
        case .lineUp: list.move(by: -1, count: lines.count, height: height)
        case .pageDown: list.move(by: max(1, height - 1), count: lines.count, height: height)
        case .pageUp: list.move(by: -max(1, height - 1), count: lines.count, height: height)
        case .halfPageDown: list.move(by: max(1, height / 2), count: lines.count, height: height)
        case .halfPageUp: list.move(by: -max(1, height / 2), count: lines.count, height: height)
        case .top: list.move(by: -lines.count, count: lines.count, height: height)
        case .bottom: list.move(by: lines.count, count: lines.count, height: height)
        default: return .unhandled
        }
        return nil
    }

    mutating func handle(_ event: MouseEvent) {
        guard event.kind != .click else { return }
        list.move(by: event.kind == .wheelDown ? 3 : -3, count: lines.count, height: height)
    }

    var note: String {
        "\(lines.count) \(lines.count == 1 ? "file" : "files") skipped: ! lists them"
    }

    var statusLine: StatusLine { StatusLine(label: "SKIPPED", note: note, noteRole: .warning) }

    func draw(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .help)
        let header = " \(lines.count) \(lines.count == 1 ? "file" : "files") skipped (q closes)"
        grid.put(header, x: rect.x, y: rect.y, role: .header, limit: rect.maxX)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        ListView(state: list, count: lines.count, highlight: .none).draw(into: &grid, rect: listRect) { grid, item in
            grid.put(" " + DisplayWidth.truncate(lines[item.index], to: max(0, rect.width - 2)), x: rect.x, y: item.rect.y,
                     role: .help, limit: rect.maxX)
        }
    }
}
