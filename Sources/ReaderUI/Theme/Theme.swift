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
