/// Makes text safe to put on a terminal: control characters become
/// visible symbols instead of bytes the terminal would act on.
///
/// Article text is written by strangers; an ESC in it could retitle the
/// window, move the cursor or worse. C0 controls map to the Unicode
/// "control pictures" (ESC → ␛), DEL to ␡, C1 controls and bidi overrides
/// to a visible code (U+202E → ⟨U+202E⟩), so nothing is lost from view.
public enum Sanitizer {
    public static func visible(_ s: String) -> String {
        visible(s, where: needsReplacement)
    }

    /// `visible`, but line feeds and tabs stay: for whole articles printed a
    /// paragraph a line (`quoth text`), where they are layout the terminal
    /// cannot be driven by. A carriage return, which could overwrite a line,
    /// is still drawn (␍).
    public static func visibleKeepingLines(_ s: String) -> String {
        visible(s) { $0 != "\n" && $0 != "\t" && needsReplacement($0) }
    }

    private static func visible(_ s: String, where replaced: (Unicode.Scalar) -> Bool) -> String {
        guard s.unicodeScalars.contains(where: replaced) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if replaced(c) { out.append(contentsOf: replacement(c).unicodeScalars) } else { out.append(c) }
        }
        return String(out)
    }

    @inline(__always)
    public static func needsReplacement(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x20 || v == 0x7F { return true }
        if v >= 0x80 && v < 0xA0 { return true }
        // Bidirectional overrides and isolates can reorder what follows them.
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F { return true }
        return false
    }

    public static func replacement(_ c: Unicode.Scalar) -> String {
        let v = c.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "\u{2421}" }
        let hex = String(v, radix: 16, uppercase: true)
        return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
    }
}
