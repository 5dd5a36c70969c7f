/// The help text: each keymap context's bindings, keys first.
enum HelpView {
    struct Line {
        var keys: String
        var text: String
        var role: StyleRole
    }

    static func lines(_ keymap: Keymap) -> [Line] {
        var lines = [Line(keys: "", text: "quoth: every quote in its speaker's colour", role: .header)]
        for section in keymap.helpSections {
            lines.append(Line(keys: "", text: "", role: .help))
            lines.append(Line(keys: "", text: section.title, role: .helpSection))
            for row in section.rows { lines.append(Line(keys: row.keys, text: row.summary, role: .help)) }
        }
        return lines
    }

    static func draw(_ state: HelpScreen, keymap: Keymap, into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .help)
        let lines = lines(keymap)
        let keyWidth = min(18, (lines.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        ListView(state: state.list, count: lines.count, highlight: .none).draw(into: &grid, rect: rect) { grid, item in
            let line = lines[item.index]
            let y = item.rect.y
            if line.keys.isEmpty {
                grid.put(" " + DisplayWidth.truncate(line.text, to: max(0, rect.width - 2)), x: rect.x, y: y, role: line.role, limit: rect.maxX)
                return
            }
            grid.put("   " + DisplayWidth.truncate(line.keys, to: keyWidth - 1), x: rect.x, y: y, role: .helpKey, limit: rect.maxX)
            let x = rect.x + 3 + keyWidth
            grid.put(DisplayWidth.truncate(line.text, to: max(0, rect.maxX - x - 1)), x: x, y: y, role: .help, limit: rect.maxX)
        }
    }
}
