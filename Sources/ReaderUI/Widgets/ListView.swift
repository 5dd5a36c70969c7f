/// Draws a list from a `ListState`: the items on screen, the selected one
/// highlighted, and a marker beside it when the list is not focused.
///
/// The one place the rows of a list are laid out, scrolled and highlighted;
/// every list in quoth (speakers, articles, quotes, help, problems) fills
/// in only what one item looks like.
struct ListView {
    /// How the selected item stands out.
    enum Highlight {
        /// Reversed across the row (`list.selected`), focused or not: a list that is the whole view.
        case always
        /// `list.selected` while focused, else a `▸` at the left edge.
        case whenFocused
        /// The sidebar's own colours (`sidebar.selected`) while focused, else `▸`.
        case sidebar
        /// Nothing: a list that only scrolls.
        case none
    }

    /// What an item's drawing is told.
    struct Item {
        var index: Int
        /// The rows the item has on screen (its first row at `rect.y`).
        var rect: Rect
        /// True when the item is drawn highlighted: its text should use `selectedRole`.
        var highlighted: Bool
        var selectedRole: StyleRole

        /// `role`, or the highlight's role when the item is highlighted.
        func role(_ role: StyleRole) -> StyleRole { highlighted ? selectedRole : role }
    }

    var state: ListState
    var count: Int
    var focused: Bool
    var highlight: Highlight
    /// Each item's height in rows; nil when every item is one row.
    var rows: [Int]?
    /// The item the `▸` marks while the list is not focused: the selection,
    /// unless the list marks something else (whose quotes are listed).
    var marked: Int?

    init(state: ListState, count: Int, focused: Bool = true, highlight: Highlight = .always, rows: [Int]? = nil) {
        self.state = state
        self.count = count
        self.focused = focused
        self.highlight = highlight
        self.rows = rows
        marked = state.selected
    }

    /// The first item on screen in a view `height` rows high.
    func offset(height: Int) -> Int { state.visibleOffset(count: count, height: height, rows: rows) }

    /// Draws the items that fit in `rect`, calling `item` for each.
    func draw(into grid: inout Grid, rect: Rect, item: (inout Grid, Item) -> Void) {
        guard rect.height > 0, count > 0 else { return }
        var index = offset(height: rect.height)
        var y = rect.y
        while index < count, y < rect.maxY {
            let height = min(rows?[index] ?? 1, rect.maxY - y)
            let selected = index == state.selected
            let lit = selected && (highlight == .always || (focused && highlight != .none))
            let role: StyleRole = highlight == .sidebar ? .sidebarSelected : .listSelected
            if lit { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: height), role: role) }
            item(&grid, Item(index: index, rect: Rect(x: rect.x, y: y, width: rect.width, height: height),
                             highlighted: lit, selectedRole: role))
            if index == marked && !lit && highlight != .none && highlight != .always {
                grid.put("▸", x: rect.x, y: y, role: .sidebarFocus)
            }
            y += height
            index += 1
        }
    }

    /// The item drawn at screen row `y` of `rect`, for mouse clicks.
    func item(atRow y: Int, in rect: Rect) -> Int? {
        guard rect.contains(x: rect.x, y: y), count > 0 else { return nil }
        var index = offset(height: rect.height)
        var top = rect.y
        while index < count, top < rect.maxY {
            let height = rows?[index] ?? 1
            if y < top + height { return index }
            top += height
            index += 1
        }
        return nil
    }
}
