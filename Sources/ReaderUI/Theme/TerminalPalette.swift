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
        if count <= 16 {
            if max(c.0, c.1, c.2) - min(c.0, c.1, c.2) < 24 {
                return nearestGrey(level: (c.0 + c.1 + c.2) / 3, among: count, background: background)
            }
            return nearestHue(c, among: count)
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

    /// A colour on an 8- or 16-colour terminal: the basic colour of the
    /// nearest hue, then (with 16) the plain or bright one nearer in RGB.
    ///
    /// By RGB distance every light blue is cyan and every pastel a grey,
    /// which merges speakers a theme kept apart; by hue, sky blue stays
    /// blue and pink stays magenta.
    static func nearestHue(_ c: (Int, Int, Int), among count: Int) -> Int {
        let hue = hueDegrees(c)
        // The basic colours by hue: red, yellow, green, cyan, blue, magenta.
        let basics: [(index: Int, hue: Int)] = [(1, 0), (3, 60), (2, 120), (6, 180), (4, 240), (5, 300)]
        let nearest = basics.min { a, b in
            let da = min(abs(hue - a.hue), 360 - abs(hue - a.hue)), db = min(abs(hue - b.hue), 360 - abs(hue - b.hue))
            return da != db ? da < db : a.index < b.index
        }!.index
        guard count >= 16 else { return nearest }
        func distance(_ i: Int) -> Int {
            let p = rgb(of: i)
            let dr = c.0 - p.0, dg = c.1 - p.1, db = c.2 - p.2
            return 2 * dr * dr + 4 * dg * dg + 3 * db * db
        }
        return distance(nearest + 8) < distance(nearest) ? nearest + 8 : nearest
    }

    /// The hue of an RGB colour, 0–359.
    static func hueDegrees(_ c: (Int, Int, Int)) -> Int {
        let r = Double(c.0), g = Double(c.1), b = Double(c.2)
        let high = max(r, g, b), low = min(r, g, b), span = high - low
        guard span > 0 else { return 0 }
        var h: Double
        if high == r { h = (g - b) / span } else if high == g { h = 2 + (b - r) / span } else { h = 4 + (r - g) / span }
        h *= 60
        if h < 0 { h += 360 }
        return Int(h.rounded()) % 360
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
