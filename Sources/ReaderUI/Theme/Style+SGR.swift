extension Style {
    /// The parameters of an SGR escape (`ESC [ … m`) that draw this style
    /// on a terminal with `colors` colours, for output that is not drawn
    /// through curses: `quoth quotes` colours a speaker as the reader does.
    public func sgrParameters(colors: Int) -> String {
        var parameters: [String] = []
        for attribute in TextAttribute.allCases where attributes.contains(attribute) {
            switch attribute {
            case .bold: parameters.append("1")
            case .dim: parameters.append("2")
            case .italic: parameters.append("3")
            case .underline: parameters.append("4")
            case .reverse, .standout: parameters.append("7")
            }
        }
        if colors > 0 {
            let fg = TerminalPalette.index(for: foreground, colors: colors)
            let bg = TerminalPalette.index(for: background, colors: colors, background: true)
            if fg >= 0 { parameters.append(fg < 8 ? "\(30 + fg)" : fg < 16 ? "\(90 + fg - 8)" : "38;5;\(fg)") }
            if bg >= 0 { parameters.append(bg < 8 ? "\(40 + bg)" : bg < 16 ? "\(100 + bg - 8)" : "48;5;\(bg)") }
        }
        return parameters.isEmpty ? "0" : parameters.joined(separator: ";")
    }
}
