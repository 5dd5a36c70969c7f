extension DisplayWidth {
    /// `text` cut to `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        var total = 0
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let w = of(text[index])
            if total + w > width { break }
            total += w
            result.append(text[index])
            index = text.index(after: index)
        }
        guard index < text.endIndex else { return result }
        // Make room for the ellipsis.
        while total + 1 > width, let last = result.popLast() { total -= of(last) }
        return result + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: some StringProtocol, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
