import CNcursesw
import ReaderUI

/// Theme roles turned into curses attributes and colour pairs, once per theme.
struct StyleTable {
    struct CursesStyle {
        var attributes: attr_t
        var pair: Int16
    }

    /// Colours the terminal has; 0 means attributes only.
    let colors: Int
    private var theme: Theme?
    private var table: [StyleRole: CursesStyle] = [:]

    init(colors: Int) {
        self.colors = colors
    }

    /// Switches to `theme`, rebuilding the table only when it changed.
    mutating func use(_ theme: Theme) {
        guard theme != self.theme else { return }
        self.theme = theme
        table.removeAll(keepingCapacity: true)
        let fitted = theme.fitted(toColors: colors)
        for role in StyleRole.all { table[role] = make(fitted.style(for: role)) }
    }

    func curses(for role: StyleRole) -> CursesStyle {
        table[role] ?? CursesStyle(attributes: 0, pair: 0)
    }

    private func make(_ style: Style) -> CursesStyle {
        var attributes = shim_A_NORMAL()
        for attribute in style.attributes {
            switch attribute {
            case .bold: attributes |= shim_A_BOLD()
            case .underline: attributes |= shim_A_UNDERLINE()
            case .reverse: attributes |= shim_A_REVERSE()
            case .dim: attributes |= shim_A_DIM()
            case .italic: attributes |= shim_A_ITALIC()
            case .standout: attributes |= shim_A_STANDOUT()
            }
        }
        guard colors > 0, style.foreground != .default || style.background != .default else {
            return CursesStyle(attributes: attributes, pair: 0)
        }
        let fg = TerminalPalette.index(for: style.foreground, colors: colors)
        let bg = TerminalPalette.index(for: style.background, colors: colors, background: true)
        let pair = alloc_pair(Int32(fg), Int32(bg))
        return CursesStyle(attributes: attributes, pair: pair > 0 && pair < Int32(Int16.max) ? Int16(pair) : 0)
    }
}
