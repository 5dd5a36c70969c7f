/// Where a list is: the selected item and the first item on screen.
///
/// Kept apart from the view that draws it, as ratatui keeps its
/// `ListState`: a screen stores one per list and moves it with the keys;
/// `ListView` draws whatever list it is given from it. The offset is kept,
/// not worked out from the selection each frame, so the cursor stays on the
/// row it is on while the list scrolls (`j` at the bottom edge scrolls by
/// one, a page scrolls the rows under a cursor that does not move) instead
/// of being pinned to the bottom edge.
///
/// Items may take more than one row (a speaker with their role below);
/// `rows` gives each item's height, nil when every item is one row.
public struct ListState: Hashable, Sendable {
    /// The selected item, or nil for a list that only scrolls (help, the problems list).
    public var selected: Int?
    /// The first item on screen.
    public var offset: Int

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` (clamped to the list), scrolling only
    /// as far as it takes to keep it on screen; a list without a selection scrolls.
    public mutating func move(by delta: Int, count: Int, height: Int, rows: [Int]? = nil) {
        guard count > 0 else { self = ListState(selected: selected == nil ? nil : 0); return }
        guard let current = selected else {
            offset = clamp(offset + delta, 0, ListState.lastOffset(count: count, height: height, rows: rows))
            return
        }
        select(clamp(current + clamp(delta, -count, count), 0, count - 1), count: count, height: height, rows: rows)
    }

    /// Scrolls the view by `delta` items and the selection with it, so the
    /// cursor keeps its row (a page, half a page, the mouse wheel). At
    /// either end the view stops and the cursor goes on to the first or last item.
    public mutating func scroll(by delta: Int, count: Int, height: Int, rows: [Int]? = nil) {
        guard count > 0 else { self = ListState(selected: selected == nil ? nil : 0); return }
        offset = clamp(offset + delta, 0, ListState.lastOffset(count: count, height: height, rows: rows))
        guard let current = selected else { return }
        select(clamp(current + clamp(delta, -count, count), 0, count - 1), count: count, height: height, rows: rows)
    }

    /// Selects `index` (nil for nothing), scrolling as little as it takes to show it.
    public mutating func select(_ index: Int?, count: Int, height: Int, rows: [Int]? = nil) {
        selected = index.map { clamp($0, 0, count - 1) }
        offset = visibleOffset(count: count, height: height, rows: rows)
    }

    /// Keeps the selection and offset inside a list that grew or shrank to `count` items.
    public mutating func fit(count: Int, height: Int, rows: [Int]? = nil) {
        if let current = selected { selected = count == 0 ? 0 : clamp(current, 0, count - 1) }
        offset = visibleOffset(count: count, height: height, rows: rows)
    }

    /// The first item to draw in `height` rows: the stored offset, moved the
    /// least it takes to show the selection whole and to leave no empty rows
    /// below the last item when there are items above. Pure, so a frame drawn
    /// after a resize shows the cursor without changing the state.
    public func visibleOffset(count: Int, height: Int, rows: [Int]? = nil) -> Int {
        guard count > 0, height > 0 else { return 0 }
        var top = clamp(offset, 0, ListState.lastOffset(count: count, height: height, rows: rows))
        guard let selected else { return top }
        let s = clamp(selected, 0, count - 1)
        if s < top { return s }
        guard let rows else { return max(top, s - height + 1) }
        // Rows from the top item to the end of the selected one must fit.
        var used = 0
        for i in top...s { used += rows[i] }
        while used > height, top < s {
            used -= rows[top]
            top += 1
        }
        return top
    }

    /// The largest offset that still fills the view: past it the last item would rise off the bottom.
    static func lastOffset(count: Int, height: Int, rows: [Int]?) -> Int {
        guard let rows else { return max(0, count - max(1, height)) }
        var used = 0
        var first = count
        while first > 0, used + rows[first - 1] <= height {
            first -= 1
            used += rows[first]
        }
        return min(first, count - 1)
    }
}

@inline(__always)
func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
}

extension ListState {
    /// The moving keys on a list of `count` items in `height` rows, the same
    /// in every list: a line, a page (less a line), half a page, the ends.
    /// Returns false for a command that is not one of them.
    mutating func apply(_ command: Command, count: Int, height: Int) -> Bool {
        let page = max(1, height - 1), half = max(1, height / 2)
        switch command {
        case .lineDown: move(by: 1, count: count, height: height)
        case .lineUp: move(by: -1, count: count, height: height)
        case .pageDown: move(by: page, count: count, height: height)
        case .pageUp: move(by: -page, count: count, height: height)
        case .halfPageDown: move(by: half, count: count, height: height)
        case .halfPageUp: move(by: -half, count: count, height: height)
        case .top: move(by: -count, count: count, height: height)
        case .bottom: move(by: count, count: count, height: height)
        default: return false
        }
        return true
    }
}
