/// One screen cell: a grapheme and the role it is drawn in.
///
/// A wide grapheme (CJK, most emoji) fills its own cell and marks the next
/// one as its continuation, which the backend skips.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: StyleRole
    /// 1 for an ordinary cell, 2 for the first half of a wide glyph, 0 for
    /// the second half.
    public var width: UInt8

    public init(_ character: Character, role: StyleRole, width: UInt8 = 1) {
        self.character = character
        self.role = role
        self.width = width
    }

    public static func blank(_ role: StyleRole) -> Cell { Cell(" ", role: role) }

    public var isContinuation: Bool { width == 0 }
}
