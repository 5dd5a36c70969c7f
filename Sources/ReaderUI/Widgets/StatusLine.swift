/// What the bottom line says, as a screen fills it in.
struct StatusLine {
    /// The focused pane or screen ("READER", "LIBRARY").
    var label: String
    /// The prompt being typed into, drawn with the cursor at its end.
    var prompt: Prompt?
    /// A standing note when there is no message ("/kremlin: 4 matches (n/N)").
    var note: String?
    var noteRole: StyleRole = .status
    /// Where the reader is, or what is loading ("32%", "reading 12/2200").
    var position: String?
}

/// The bottom line: the pane, then the prompt, a message or the screen's
/// note, and on the right where the reader is and the help hint.
enum StatusBarView {
    static func draw(_ line: StatusLine, message: String?, into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .status)
        let label = " \(line.label) "
        var x = grid.put(label, x: rect.x, y: rect.y, role: .statusFocus)
        x += 1
        let right = (line.position.map { $0 + " · " } ?? "") + "? help "
        let rightWidth = DisplayWidth.of(right)
        let end = rect.maxX - rightWidth - 1
        if let prompt = line.prompt {
            drawPrompt(prompt, into: &grid, x: x, y: rect.y, end: end)
        } else if let message {
            grid.put(DisplayWidth.truncate(message, to: max(0, end - x)), x: x, y: rect.y, role: .warning, limit: end)
        } else if let note = line.note {
            grid.put(DisplayWidth.truncate(note, to: max(0, end - x)), x: x, y: rect.y, role: line.noteRole, limit: end)
        }
        if rightWidth + DisplayWidth.of(label) < rect.width {
            grid.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .status)
        }
    }

    /// The prompt's symbol and text with the terminal cursor where typing goes;
    /// a prompt longer than the room scrolls to keep the cursor in view.
    static func drawPrompt(_ prompt: Prompt, into grid: inout Grid, x: Int, y: Int, end: Int) {
        let characters = [prompt.symbol] + Array(prompt.text)
        let cursor = prompt.cursor + 1
        let room = max(1, end - x - 1)
        var first = 0
        var width = DisplayWidth.of(String(characters[..<min(cursor, characters.count)]))
        while width >= room, first < cursor {
            width -= DisplayWidth.of(characters[first])
            first += 1
        }
        var column = x
        for (i, c) in characters.enumerated().dropFirst(first) {
            if i == cursor { grid.cursor = Point(x: column, y: y) }
            let next = grid.put(c, x: column, y: y, role: .prompt, limit: end)
            if next == column { break }
            column = next
        }
        if cursor >= characters.count { grid.cursor = Point(x: min(column, grid.size.width - 1), y: y) }
    }
}
