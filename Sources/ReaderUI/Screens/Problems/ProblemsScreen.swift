/// Everything that went wrong without stopping quoth, in one list: files
/// that could not be read, files read with a warning, and settings (config,
/// themes, the state file) with bad lines. Paths are short and reasons wrap,
/// so nothing is cut off.
public struct ProblemsScreen: Sendable {
    public struct Section: Hashable, Sendable {
        /// "2 files skipped", "1 file read with a warning", "3 settings".
        public var title: String
        /// One `path: reason` each.
        public var items: [String]
    }

    public private(set) var sections: [Section]
    public var list = ListState()
    private(set) var size: Size
    /// The sections wrapped to the window, one entry a screen line.
    private(set) var lines: [(text: String, role: StyleRole)] = []

    init(sections: [Section], size: Size) {
        self.sections = sections.filter { !$0.items.isEmpty }
        self.size = size
        wrap()
    }

    /// The problems of a launch and, when there is one, its library.
    static func sections(library: LibraryScreen?, documents: [Document], notices: [String], paths: PathDisplay,
                         feedFailures: [String] = []) -> [Section] {
        func counted(_ n: Int, _ one: String, _ many: String) -> String { CountText.counted(n, one, many) }
        var skipped: [String] = []
        var warned: [String] = []
        if let library {
            skipped = library.contents.failures.map { paths.short($0.path) + ": " + $0.reason }
            warned = library.warnedArticles.flatMap { a in
                let summary = library.contents.summary(a)
                return summary.warnings.map { paths.short(summary.source) + ": " + $0 }
            }
        }
        for document in documents {
            if let error = document.error { skipped.append(paths.short(error)) }
            for warning in document.article?.warnings ?? [] { warned.append(paths.short(document.path) + ": " + warning) }
        }
        return [
            Section(title: counted(skipped.count, "file skipped", "files skipped"), items: skipped),
            Section(title: counted(warned.count, "warning on a file read", "warnings on files read"), items: warned),
            Section(title: counted(notices.count, "problem with the settings", "problems with the settings"),
                    items: notices.map(paths.short)),
            Section(title: counted(feedFailures.count, "feed failed to fetch", "feeds failed to fetch"), items: feedFailures),
        ]
    }

    var isEmpty: Bool { sections.isEmpty }

    var height: Int { max(1, ScreenLayout(size: size, sidebarFocused: false).body.height - 1) }

    mutating func resize(to newSize: Size) {
        size = newSize
        wrap()
    }

    /// Takes newer sections (the library read more files), keeping the scroll.
    mutating func update(_ newSections: [Section]) {
        sections = newSections.filter { !$0.items.isEmpty }
        wrap()
    }

    /// Each item wrapped to the window's width, continuation lines indented.
    private mutating func wrap() {
        let width = max(8, size.width - 2)
        lines = []
        for (n, section) in sections.enumerated() {
            if n > 0 { lines.append(("", .help)) }
            lines.append((section.title, .helpSection))
            for item in section.items {
                let atoms = ArticleContent.atoms(item)
                for (i, range) in ArticleLayout.wrap(atoms, width: width - 4).enumerated() {
                    lines.append(((i == 0 ? "  " : "    ") + String(atoms[range].map(\.character)), .help))
                }
            }
        }
        list.fit(count: lines.count, height: height)
    }

    mutating func apply(_ command: Command) -> Outcome? {
        switch command {
        case .close, .cancel, .problems, .select: return .close
        default: return list.apply(command, count: lines.count, height: height) ? nil : .unhandled
        }
    }

    mutating func handle(_ event: MouseEvent) {
        guard event.kind != .click else { return }
        list.move(by: event.kind == .wheelDown ? 3 : -3, count: lines.count, height: height)
    }

    /// "1 file skipped, 2 warnings": what the list holds, for the header and the status line.
    var summary: String {
        sections.map(\.title).joined(separator: ", ")
    }

    var statusLine: StatusLine { StatusLine(label: "PROBLEMS", note: summary, noteRole: .warning) }

    func draw(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .help)
        grid.put(DisplayWidth.truncate(" What could not be read, and what went wrong (q closes)", to: rect.width),
                 x: rect.x, y: rect.y, role: .header, limit: rect.maxX)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        ListView(state: list, count: lines.count, highlight: .none).draw(into: &grid, rect: listRect) { grid, item in
            let line = lines[item.index]
            grid.put(" " + line.text, x: rect.x, y: item.rect.y, role: line.role, limit: rect.maxX)
        }
    }
}
