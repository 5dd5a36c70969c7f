/// Fits theme colours to what a terminal can show.
///
/// A theme may say `#d75f00` or `color208`; an 8-colour terminal gets the
/// nearest of its eight, a 256-colour one the nearest of the xterm cube. Pure
/// arithmetic, so the backend only asks the terminal how many colours it has.
public enum TerminalPalette {
    /// The colour number to give the terminal (-1 for its default), given
    /// that it has `colors` colours. Whether the colour is a `background`
    /// matters only for greys on small palettes (see `nearestGrey`).
    public static func index(for color: ThemeColor, colors: Int, background: Bool = false) -> Int {
        switch color {
        case .default:
            return -1
        case .indexed(let n):
            if n < colors { return n }
            return nearest(rgb(of: n), among: min(colors, 16), background: background)
        case .rgb(let r, let g, let b):
            return nearest((Int(r), Int(g), Int(b)), among: min(colors, 256), background: background)
        }
    }

    /// The nearest of the first `count` xterm colours (by weighted RGB distance).
    static func nearest(_ c: (Int, Int, Int), among count: Int, background: Bool) -> Int {
        guard count > 0 else { return -1 }
        if count <= 16, max(c.0, c.1, c.2) - min(c.0, c.1, c.2) < 24 {
            return nearestGrey(level: (c.0 + c.1 + c.2) / 3, among: count, background: background)
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

    /// A grey on an 8- or 16-colour terminal.
    ///
    /// By distance grey 245 is nearer cyan than white, which reads as a
    /// mistake; a grey stays black, bright black or white. And it leans the
    /// way that keeps text readable: a grey text colour (a border, dim text)
    /// becomes light so it shows on a dark screen, a grey background (the
    /// status bar) dark so light text shows on it.
    static func nearestGrey(level: Int, among count: Int, background: Bool) -> Int {
        if background {
            if level < 128 { return 0 }
            return count >= 16 && level >= 240 ? 15 : 7
        }
        if level < 40 { return 0 }
        guard count >= 16 else { return 7 }
        return level < 170 ? 8 : level < 240 ? 7 : 15
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
