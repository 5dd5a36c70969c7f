import ArticleKit

/// A frame: every cell of the screen, drawn by the renderer, copied out by a backend.
///
/// Plain data, so a test can dump it as text and compare it with what a
/// person would see.
public struct Grid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be (in an open prompt), or nil to hide it.
    public var cursor: Point?

    public init(size: Size, fill role: StyleRole = .text) {
        self.size = size
        cells = Array(repeating: .blank(role), count: max(0, size.width) * max(0, size.height))
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Paints `rect` with blanks in `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            let row = y * size.width
            for x in r.x..<r.maxX { cells[row + x] = .blank(role) }
        }
    }

    /// Writes `text` from column `x` of row `y`, never past `limit` (exclusive
    /// column) nor the grid's edge; returns the column after the last cell written.
    ///
    /// Text is made safe on the way in (see `visible`); a wide glyph that would straddle the
    /// limit becomes a blank.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        var column = x
        guard y >= 0, y < size.height, x >= 0 else { return column }
        // Printable ASCII, most of every screen, goes straight to its cells; a
        // byte that a combining mark follows is left to the grapheme loop below.
        let utf8 = text.utf8
        var i = utf8.startIndex
        let row = y * size.width
        while i < utf8.endIndex, column < end {
            let byte = utf8[i]
            guard byte >= 0x20, byte < 0x7F else { break }
            let next = utf8.index(after: i)
            if next < utf8.endIndex, utf8[next] >= 0x80 { break }
            cells[row + column] = Cell(Grid.ascii[Int(byte) - 0x20], role: role)
            column += 1
            i = next
        }
        guard i < utf8.endIndex else { return column }
        for character in text[i...] {
            guard column < end else { break }
            column = put(character, x: column, y: y, role: role, limit: end)
        }
        return column
    }

    /// The printable ASCII characters, made once.
    static let ascii: [Character] = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Writes one grapheme; see `put(_:x:y:role:limit:)`.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, role: StyleRole, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard x >= 0, x < end, y >= 0, y < size.height else { return x }
        if !Grid.isSafe(character) {
            var column = x
            for c in Grid.visible(character) where column < end { column = put(c, x: column, y: y, role: role, limit: end) }
            return column
        }
        let width = DisplayWidth.of(character)
        guard width > 0 else { return x }
        return put(measured: character, width: width, x: x, y: y, role: role, limit: end)
    }

    /// Writes a grapheme already made safe and measured (an article's atom,
    /// see `ArticleContent`), without checking it again: the text pane draws
    /// thousands a frame. Same result as `put(_:x:y:role:limit:)`.
    @inline(__always)
    mutating func put(measured character: Character, width: Int, x: Int, y: Int, role: StyleRole, limit: Int) -> Int {
        let end = min(limit, size.width)
        guard x >= 0, x < end, y >= 0, y < size.height else { return x }
        if width == 1 {
            cells[y * size.width + x] = Cell(character, role: role)
            return x + 1
        }
        guard x + 1 < end else {
            cells[y * size.width + x] = .blank(role)
            return x + 1
        }
        cells[y * size.width + x] = Cell(character, role: role, width: 2)
        cells[y * size.width + x + 1] = Cell(" ", role: role, width: 0)
        return x + 2
    }

    /// What to show for a grapheme: itself, or when it holds a control or
    /// bidi scalar, ArticleKit's visible replacement (`␛`, `⟨U+202E⟩`), so
    /// nothing in article text ever reaches the terminal as a command.
    static func visible(_ character: Character) -> [Character] {
        isSafe(character) ? [character] : Array(Sanitizer.visible(String(character)))
    }

    /// True when the grapheme can go to the terminal as it is (checked per
    /// cell per frame, so printable ASCII answers without looking further).
    @inline(__always)
    static func isSafe(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F }
        return !character.unicodeScalars.contains { Sanitizer.needsReplacement($0) }
    }

    func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The text of row `y`, wide glyphs once, trailing blanks dropped.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width {
            let cell = self[x, y]
            if !cell.isContinuation { s.append(cell.character) }
        }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line a row: what a screen test compares.
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }

    /// The roles along row `y`, one per cell, for tests that check styling.
    public func roles(_ y: Int) -> [StyleRole] {
        (0..<size.width).map { self[$0, y].role }
    }
}
