import ArticleKit

/// The article, wrapped, with every quote in its speaker's colour.
enum ArticleTextView {
    static func draw(_ state: ArticleScreen, into grid: inout Grid, rect: Rect) {
        let content = state.content
        let article = content.article
        let lines = state.layout.lines
        let quotes = article.quotes
        let matches = state.searchMatches
        let textX = rect.x + 1
        let limit = rect.maxX - 1
        for row in 0..<rect.height {
            let index = state.top + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = rect.y + row
            if let m = line.meta {
                let meta = content.metaLines[m]
                let role: StyleRole = meta.kind == .link ? .link : .byline
                var x = textX
                for atom in meta.atoms[line.atoms] {
                    x = grid.put(measured: atom.character, width: Int(atom.width), x: x, y: y, role: role, limit: limit)
                }
                continue
            }
            guard !line.isBlank else { continue }
            let paragraph = article.paragraphs[line.paragraph]
            switch line.marker {
            case .bullet: grid.put("•", x: textX, y: y, role: .bullet, limit: limit)
            case .bar: grid.put("│", x: textX, y: y, role: .border, limit: limit)
            case .none: break
            }
            let atoms = content.atoms[line.paragraph]
            guard !line.atoms.isEmpty else { continue }
            let base = baseRole(paragraph.kind)
            let firstOffset = atoms[line.atoms.lowerBound].offset
            var q = firstEnding(after: firstOffset, in: quotes) { $0.marked }
            var m = firstEnding(after: firstOffset, in: matches) { $0 }
            var x = textX + line.indent
            for a in line.atoms {
                let atom = atoms[a]
                let offset = atom.offset
                while q < quotes.count, quotes[q].marked.upperBound <= offset { q += 1 }
                while m < matches.count, matches[m].upperBound <= offset { m += 1 }
                var role = base
                if let e = state.evidence, e.contains(offset) {
                    role = .searchCurrent
                } else if m < matches.count, matches[m].contains(offset) {
                    role = m == state.searchCurrent ? .searchCurrent : .search
                } else if q < quotes.count, quotes[q].marked.contains(offset) {
                    role = quoteRole(q, state: state)
                } else if !paragraph.emphasis.isEmpty, let e = paragraph.emphasis.first(where: { $0.range.contains(offset) }) {
                    role = e.weight == .strong ? .strong : .emphasis
                }
                x = grid.put(measured: atom.character, width: Int(atom.width), x: x, y: y, role: role, limit: limit)
            }
        }
    }

    static func baseRole(_ kind: Paragraph.Kind) -> StyleRole {
        switch kind {
        case .title: .title
        case .summary: .summary
        case .heading: .heading
        case .blockQuote: .blockQuote
        case .body, .listItem: .text
        }
    }

    static func quoteRole(_ q: Int, state: ArticleScreen) -> StyleRole {
        let selected = q == state.selectedQuote
        guard let slot = state.slot(ofQuote: q) else { return selected ? .quoteSelected : .quote }
        return selected ? .speakerSelected(slot) : .speaker(slot)
    }

    /// Index of the first element whose range ends after `offset` (elements in text order).
    static func firstEnding<T>(after offset: Int, in items: [T], range: (T) -> Range<Int>) -> Int {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if range(items[mid]).upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The article offset under a screen cell of the reader pane, for mouse clicks.
    static func offset(at x: Int, y: Int, in state: ArticleScreen) -> Int? {
        let rect = state.regions.reader
        let index = state.top + y - rect.y
        guard rect.contains(x: x, y: y), state.layout.lines.indices.contains(index) else { return nil }
        let line = state.layout.lines[index]
        guard !line.isBlank else { return nil }
        var column = rect.x + 1 + line.indent
        let atoms = state.content.atoms[line.paragraph]
        for a in line.atoms {
            column += Int(atoms[a].width)
            if x < column { return atoms[a].offset }
        }
        return nil
    }
}
