/// Where each part of the screen goes at a given size.
///
/// 80×24 and up shows the sidebar beside the reader; below 60 columns the
/// sidebar folds away and `s` brings it back over the reader; below 30×8
/// there is only a note that the window is too small.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimum = Size(width: 30, height: 8)
    /// Narrower than this, the sidebar only shows while focused, full width.
    public static let sidebarFoldWidth = 60

    public var size: Size
    public var tooSmall: Bool
    public var titleBar: Rect
    public var status: Rect
    /// Everything between the title bar and the status line.
    public var body: Rect
    /// The sidebar when the reader screen shows it, else empty.
    public var sidebar: Rect
    /// The column between sidebar and reader.
    public var separator: Rect
    /// Where the reader pane is when it shows (the text is inset one column each side).
    public var reader: Rect

    public init(size: Size, sidebarFocused: Bool) {
        self.size = size
        tooSmall = size.width < ScreenLayout.minimum.width || size.height < ScreenLayout.minimum.height
        titleBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if size.width >= ScreenLayout.sidebarFoldWidth {
            let width = min(32, max(22, size.width / 4))
            sidebar = Rect(x: 0, y: body.y, width: width, height: body.height)
            separator = Rect(x: width, y: body.y, width: 1, height: body.height)
            reader = Rect(x: width + 1, y: body.y, width: size.width - width - 1, height: body.height)
        } else {
            sidebar = sidebarFocused ? body : .zero
            separator = .zero
            reader = body
        }
    }

    /// The width article text wraps to.
    public var textWidth: Int { max(1, reader.width - 2) }
}

extension ScreenLayout {
    /// The line between the sidebar and the pane beside it, when both show.
    func drawSeparator(into grid: inout Grid) {
        guard !separator.isEmpty else { return }
        for y in separator.y..<separator.maxY { grid.put("│", x: separator.x, y: y, role: .border) }
    }
}
