/// Key names as config files write them: newsboat's (`^D`, `ENTER`,
/// `NPAGE`) and the ones quoth's help shows (`Ctrl-D`, `Enter`, `PgDn`).
public enum KeyName {
    public static func key(_ name: String) -> Key? {
        if name.count == 1, let c = name.first, !c.isWhitespace { return .char(c) }
        if name.count == 2, name.hasPrefix("^"), let c = name.last, c.isLetter { return .ctrl(Character(c.lowercased())) }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter { return .ctrl(c) }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        return named[lower]
    }

    static let named: [String: Key] = [
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
        "btab": .backTab, "shift-tab": .backTab, "space": .char(" "), "backspace": .backspace,
        "del": .delete, "delete": .delete, "up": .up, "down": .down, "left": .left, "right": .right,
        "ppage": .pageUp, "pgup": .pageUp, "pageup": .pageUp, "npage": .pageDown, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
    ]
}
