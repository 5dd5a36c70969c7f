/// Fits theme colours to what a terminal can show.
///
/// A theme may say `#d75f00` or `color208`; an 8-colour terminal gets the
/// nearest of its eight, a 256-colour one the nearest of the xterm cube. Pure
/// arithmetic, so the backend only asks the terminal how many colours it has.
public enum TerminalPalette {
    /// The colour number to give the terminal (-1 for its default), given
    /// that it has `colors` colours.
    public static func index(for color: ThemeColor, colors: Int) -> Int {
        switch color {
        case .default:
            return -1
        case .indexed(let n):
            if n < colors { return n }
            return nearest(rgb(of: n), among: min(colors, 16))
        case .rgb(let r, let g, let b):
            return nearest((Int(r), Int(g), Int(b)), among: min(colors, 256))
        }
    }

    /// The nearest of the first `count` xterm colours (by weighted RGB distance).
    ///
    /// A grey never becomes a hue on a small palette (grey 245 is nearer
    /// cyan than white by distance, and reads as a mistake): it becomes
    /// black, bright black or white, and on 8 colours anything but the
    /// darkest greys is white, so borders and dim text stay visible.
    static func nearest(_ c: (Int, Int, Int), among count: Int) -> Int {
        guard count > 0 else { return -1 }
        if count <= 16, max(c.0, c.1, c.2) - min(c.0, c.1, c.2) < 24 {
            let level = (c.0 + c.1 + c.2) / 3
            if count < 16 { return level < 40 ? 0 : 7 }
            return level < 40 ? 0 : level < 170 ? 8 : level < 240 ? 7 : 15
        }
        var best = 0
        var bestDistance = Int.max
        // Prefer the exact cube and grey entries over the terminal-defined first 16.
        let candidates: [Int] = count > 16 ? Array(16..<count) + Array(0..<16) : Array(0..<count)
        for i in candidates {
            let p = rgb(of: i)
            let dr = c.0 - p.0, dg = c.1 - p.1, db = c.2 - p.2
            let d = 2 * dr * dr + 4 * dg * dg + 3 * db * db
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }

    /// The usual RGB of xterm colour `n`.
    static func rgb(of n: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if n < 16 { return basic[max(0, n)] }
        if n < 232 {
            let steps = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        let g = 8 + 10 * (n - 232)
        return (g, g, g)
    }
}
