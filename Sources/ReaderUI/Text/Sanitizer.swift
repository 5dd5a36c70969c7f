/// Makes article text safe to put on a terminal.
///
/// Article text comes from anywhere; a stray ESC or C1 byte would be a
/// command to the terminal (move the cursor, change the title, or worse), and
/// a bidi override would reorder what the reader sees. Each such scalar is
/// replaced by one visible scalar, so offsets into the text stay valid.
public enum Sanitizer {
    /// The visible stand-in for `scalar`, or the scalar itself when it is safe.
    @inline(__always)
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return scalar }
        switch v {
        case 0x09, 0x0A, 0x0D: return " "                       // layout, not content, on screen
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v)!    // ␀ … ␛ … ␟
        case 0x7F: return "\u{2421}"                            // ␡
        case 0x80..<0xA0: return "\u{FFFD}"                     // C1 controls (CSI, OSC, …)
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}" // bidi embeddings, overrides, isolates
        case 0x2028, 0x2029: return " "
        default: return scalar
        }
    }

    /// The string with every unsafe scalar replaced (same scalar count).
    public static func clean(_ string: String) -> String {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return string }
        var view = String.UnicodeScalarView()
        for s in string.unicodeScalars { view.append(visible(s)) }
        return String(view)
    }
}
