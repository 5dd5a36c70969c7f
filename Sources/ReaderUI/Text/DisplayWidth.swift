/// How many terminal columns a grapheme cluster takes: 0, 1 or 2.
///
/// Computed here, from Unicode properties and the East Asian Wide and
/// Fullwidth ranges, rather than with `wcwidth`: layout must not depend on
/// the process locale, so a render test gives the same screen everywhere.
/// The whole cluster counts once, so combining accents add nothing and an
/// emoji sequence (flags, skin tones, ZWJ families) counts as one wide glyph.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if scalars.count > 1 {
            // An emoji presentation selector or a keycap/flag sequence makes a wide glyph.
            if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }  // a flag
        }
        return of(first)
    }

    /// The width of a lone scalar (a cluster's base character).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if v == 0x00AD || (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// The width of a string laid out in one line.
    public static func of(_ string: some StringProtocol) -> Int {
        var total = 0
        for c in string { total += of(c) }
        return total
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, the ones text uses.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B16F, 0x1F200...0x1F2FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
