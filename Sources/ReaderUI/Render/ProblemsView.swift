/// The files the library could not read, one a line with the reason, so a
/// bad file is never silently missing.
enum ProblemsView {
    static func draw(_ state: ReaderState, into grid: inout Grid, rect: Rect) {
        guard let b = state.browser else { return }
        grid.fill(rect, role: .help)
        let failures = b.library.failures
        grid.put(" \(failures.count) \(failures.count == 1 ? "file" : "files") skipped (q closes)", x: rect.x, y: rect.y, role: .header, limit: rect.maxX)
        for (row, failure) in failures.dropFirst(b.problemsTop).prefix(max(0, rect.height - 1)).enumerated() {
            grid.put(" " + DisplayWidth.truncate(failure.description, to: max(0, rect.width - 2)), x: rect.x, y: rect.y + 1 + row,
                     role: .help, limit: rect.maxX)
        }
    }
}
