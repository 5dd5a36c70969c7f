/// Role → style, as read from a theme file.
///
/// Only the roles the file names are stored; `style(for:)` resolves the
/// rest through each role's fallback, so every role always has a style.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var rules: [StyleRole: Style]
    /// Resolved styles for every role, computed once so drawing a frame is a lookup.
    public private(set) var resolved: [StyleRole: Style]

    public init(name: String, rules: [StyleRole: Style]) {
        self.name = name
        self.rules = rules
        var resolved: [StyleRole: Style] = [:]
        for role in StyleRole.all { resolved[role] = Theme.resolve(role, rules) }
        self.resolved = resolved
    }

    public func style(for role: StyleRole) -> Style {
        resolved[role] ?? Theme.resolve(role, rules)
    }

    static func resolve(_ role: StyleRole, _ rules: [StyleRole: Style]) -> Style {
        if let style = rules[role] { return style }
        guard let (parent, adding) = role.fallback else { return .plain }
        var style = resolve(parent, rules)
        style.attributes.formUnion(adding)
        return style
    }

    /// The theme as a terminal with `colors` colours shows it.
    ///
    /// With 256 colours or more, the theme as written. With 8 or 16, every
    /// colour becomes the nearest the terminal has (by hue, so speakers keep
    /// their colour family), and a speaker who would then look like an
    /// earlier one is told apart by an attribute (underline, then bold,
    /// italic, …), so sixteen speakers stay sixteen styles.
    public func fitted(toColors colors: Int) -> Theme {
        guard colors > 0, colors < 256 else { return self }
        var rules: [StyleRole: Style] = [:]
        for role in StyleRole.all {
            var style = self.style(for: role)
            style.foreground = fit(style.foreground, colors: colors, background: false)
            style.background = fit(style.background, colors: colors, background: true)
            rules[role] = style
        }
        var seen: [Style] = []
        let extras: [[TextAttribute]] = [[], [.underline], [.bold], [.italic], [.underline, .bold], [.underline, .italic], [.bold, .italic],
                                         [.dim], [.dim, .underline], [.underline, .bold, .italic]]
        for n in 1...StyleRole.paletteSize {
            guard let base = rules[.speaker(n)] else { continue }
            var style = base
            for extra in extras {
                style = base
                style.attributes.formUnion(extra)
                if !seen.contains(style) { break }
            }
            seen.append(style)
            rules[.speaker(n)] = style
            if self.rules[.speakerSelected(n)] == nil {
                var selected = style
                selected.attributes.formUnion([.reverse, .bold])
                rules[.speakerSelected(n)] = selected
            }
        }
        return Theme(name: name, rules: rules)
    }

    private func fit(_ color: ThemeColor, colors: Int, background: Bool) -> ThemeColor {
        let index = TerminalPalette.index(for: color, colors: colors, background: background)
        return index < 0 ? .default : .indexed(index)
    }

    /// The theme with every colour taken out: what NO_COLOR and colourless terminals get.
    public var monochrome: Theme {
        Theme(name: name, rules: resolved.mapValues(\.monochrome))
    }

    /// Used when no theme file can be read: attributes only, readable anywhere.
    public static let builtIn = Theme(name: "built-in", rules: [
        .title: Style(attributes: [.bold]),
        .heading: Style(attributes: [.bold, .underline]),
        .summary: Style(attributes: [.bold]),
        .quote: Style(attributes: [.underline]),
        .speaker(1): Style(attributes: [.bold]),
        .speaker(2): Style(attributes: [.italic]),
        .speaker(3): Style(attributes: [.underline]),
        .search: Style(attributes: [.standout]),
        .status: Style(attributes: [.reverse]),
    ])
}
