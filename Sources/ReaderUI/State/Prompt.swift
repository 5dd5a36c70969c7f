/// The text being typed after `/`: a search, a filter, a speaker to find.
///
/// Edited the way readline edits a line, since that is what terminal
/// people's fingers know: arrows and Ctrl-A/Ctrl-E move, Ctrl-U, Ctrl-W and
/// Ctrl-K cut, typing goes in at the cursor.
public struct Prompt: Hashable, Sendable {
    public private(set) var text: String
    /// Where typing goes, in characters from the start of `text`.
    public private(set) var cursor: Int
    /// True while keys go into `text` rather than to the keymap.
    public var editing: Bool
    /// What the status line shows before the text: `/` for a search, `|` for a command.
    public var symbol: Character

    public init(text: String = "", editing: Bool = false, symbol: Character = "/") {
        self.text = text
        cursor = text.count
        self.editing = editing
        self.symbol = symbol
    }

    /// One editing key.
    public enum Edit: Hashable, Sendable {
        case insert(Character)
        /// Backspace: the character before the cursor.
        case deleteBackward
        /// Delete, Ctrl-D: the character under the cursor.
        case deleteForward
        case left, right
        /// Ctrl-A, Home.
        case start
        /// Ctrl-E, End.
        case end
        /// Ctrl-U: everything before the cursor.
        case deleteToStart
        /// Ctrl-K: everything from the cursor on.
        case deleteToEnd
        /// Ctrl-W: the word before the cursor, and the spaces after it.
        case deleteWord
    }

    /// The edit a key makes in a prompt, or nil when the key is not an edit
    /// (Enter, Esc and ↑↓ keep their meaning while a prompt is open).
    public static func edit(for key: Key) -> Edit? {
        switch key {
        case .char(let c): .insert(c)
        case .backspace, .ctrl("h"): .deleteBackward
        case .delete, .ctrl("d"): .deleteForward
        case .left, .ctrl("b"): .left
        case .right, .ctrl("f"): .right
        case .home, .ctrl("a"): .start
        case .end, .ctrl("e"): .end
        case .ctrl("u"): .deleteToStart
        case .ctrl("k"): .deleteToEnd
        case .ctrl("w"): .deleteWord
        default: nil
        }
    }

    public mutating func apply(_ edit: Edit) {
        var characters = Array(text)
        cursor = min(max(0, cursor), characters.count)
        switch edit {
        case .insert(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .deleteBackward:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1); return
        case .right: cursor = min(characters.count, cursor + 1); return
        case .start: cursor = 0; return
        case .end: cursor = characters.count; return
        case .deleteToStart:
            characters.removeFirst(cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeLast(characters.count - cursor)
        case .deleteWord:
            var from = cursor
            while from > 0, characters[from - 1].isWhitespace { from -= 1 }
            while from > 0, !characters[from - 1].isWhitespace { from -= 1 }
            characters.removeSubrange(from..<cursor)
            cursor = from
        }
        text = String(characters)
    }
}
