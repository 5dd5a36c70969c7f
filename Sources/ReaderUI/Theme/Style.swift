/// A terminal colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 256 indexed colours (0–7 the basic names, 8–15 bright).
    case indexed(Int)
    /// A true colour, shown as the nearest colour the terminal has.
    case rgb(UInt8, UInt8, UInt8)
}

/// A text attribute a theme can ask for.
public enum TextAttribute: String, Hashable, Sendable, CaseIterable {
    case bold, underline, reverse, dim, italic, standout
}

/// What a role looks like: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Set<TextAttribute>

    public init(foreground: ThemeColor = .default, background: ThemeColor = .default,
                attributes: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with colours removed, for terminals (and users) without colour.
    public var monochrome: Style { Style(attributes: attributes) }
}
