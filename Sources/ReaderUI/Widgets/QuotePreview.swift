import ArticleKit

/// The selected quote in full, below a quote view's list: who said it,
/// the sentence around it with the quote in the speaker's colour, and
/// where it is from.
///
/// Made of sections (`speaker`, `passage`, `source`), each its own lines,
/// so one more section (why quoth credits this speaker, say) is one more
/// builder and one more entry in `sections`, with no change to the views.
struct QuotePreview {
    /// A run of text in one role.
    struct Span {
        var text: String
        var role: StyleRole
    }

    /// One screen line of the preview.
    typealias Line = [Span]

    /// The sections in the order they show; the passage gives way first when rows are short.
    var sections: [(name: String, lines: [Line])]

    /// Rows the preview takes in a quote view `body` rows high, its rule
    /// included: a third of the view; in a short window two rows for where
    /// the quote is from; none in a tiny one. Fixed for a window size, so
    /// the list above never jumps as the cursor moves.
    static func height(body: Int) -> Int { body >= 10 ? max(4, (body - 1) / 3) : body >= 8 ? 2 : 0 }

    /// The lines that fit in `rows`, in section order. The passage gives
    /// way first, then the speaker's line; `cut` marks the last line of a
    /// passage that had to stop short (it ends in `…`).
    func lines(fitting rows: Int) -> [(line: Line, cut: Bool)] {
        var room = rows
        var kept: [String: Int] = [:]
        // What must show, most important first: where it is from, who said it, then the words.
        for name in ["source", "speaker", "why", "passage"] + sections.map(\.name) where kept[name] == nil {
            let count = sections.first { $0.name == name }?.lines.count ?? 0
            kept[name] = min(count, room)
            room -= kept[name]!
        }
        var out: [(line: Line, cut: Bool)] = []
        for section in sections {
            let n = kept[section.name] ?? 0
            out += section.lines.prefix(n).enumerated().map { ($1, section.name == "passage" && n < section.lines.count && $0 == n - 1) }
        }
        return out
    }

    /// The preview of `quote` in `article`, wrapped to `width`.
    ///
    /// - Parameters:
    ///   - slot: the speaker's palette slot (the library's, in the library).
    ///   - source: lines saying where the quote is from (the library's quote view names the article).
    static func make(_ quote: Quote, in article: Article, slot: Int?, source: [Line], width: Int) -> QuotePreview {
        QuotePreview(sections: [
            ("speaker", [speakerLine(quote, in: article, slot: slot)]),
            ("why", why(quote, in: article, width: width)),
            ("passage", passage(quote, in: article, slot: slot, width: width)),
            ("source", source),
        ])
    }

    /// "Sergey Lavrov, Russian Foreign Minister · partial quote".
    static func speakerLine(_ quote: Quote, in article: Article, slot: Int?) -> Line {
        var line: Line
        if let s = quote.speaker, article.speakers.indices.contains(s) {
            let speaker = article.speakers[s]
            line = [Span(text: speaker.name, role: slot.map { .speaker($0) } ?? .quote)]
            if let role = speaker.role, !role.isEmpty { line.append(Span(text: ", " + role, role: .muted)) }
        } else {
            line = [Span(text: "nobody is credited", role: .muted)]
        }
        let kind: String? = switch quote.kind {
        case .full: nil
        case .partial: "partial quote"
        case .continuation: "continues the quote before"
        case .unattributed: nil
        }
        if let kind { line.append(Span(text: " · " + kind, role: .muted)) }
        return line
    }

    /// Why this speaker, wrapped: "why: cue “Lavrov told” · cue after the
    /// quote · “he” → Sergey Lavrov (pronoun, by salience) by “Russian
    /// Foreign Minister Sergey Lavrov”, paragraph 3". `w` jumps to it.
    static func why(_ quote: Quote, in article: Article, width: Int) -> [Line] {
        guard width > 8, quote.sieve != nil else { return [] }
        let text = "why: " + QuoteExplanation(quote, in: article).text
        var lines: [Line] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > width {
                lines.append([Span(text: line, role: .muted)])
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append([Span(text: line, role: .muted)]) }
        return Array(lines.prefix(2))
    }

    /// The sentence (or sentences) the quote stands in, wrapped, the quote
    /// itself in its speaker's colour: the whole quote, and what was said around it.
    static func passage(_ quote: Quote, in article: Article, slot: Int?, width: Int) -> [Line] {
        guard article.paragraphs.indices.contains(quote.paragraph), width > 0 else { return [] }
        let atoms = ArticleContent.atoms(of: article.paragraphs[quote.paragraph])
        guard let first = atoms.firstIndex(where: { $0.offset >= quote.marked.lowerBound }) else { return [] }
        let last = atoms.lastIndex(where: { $0.offset < quote.marked.upperBound }) ?? first
        let start = sentenceStart(atoms, before: first)
        let end = sentenceEnd(atoms, after: last)
        let shown = Array(atoms[start..<end])
        let quoteRole: StyleRole = slot.map { .speaker($0) } ?? .quote
        return ArticleLayout.wrap(shown, width: width).map { range in
            var line: Line = []
            for atom in shown[range] {
                let role: StyleRole = quote.marked.contains(atom.offset) ? quoteRole : .text
                if let lastSpan = line.last, lastSpan.role == role {
                    line[line.count - 1].text.append(atom.character)
                } else {
                    line.append(Span(text: String(atom.character), role: role))
                }
            }
            return line
        }
    }

    /// Where the sentence holding atom `i` starts: after the last `.`, `?`
    /// or `!` (and any closing marks) that is followed by a space.
    static func sentenceStart(_ atoms: [ArticleContent.Atom], before i: Int) -> Int {
        var j = i
        while j > 1 {
            if atoms[j - 1].isSpace, isSentenceEnd(atoms, at: j - 2) { return j }
            j -= 1
        }
        return 0
    }

    /// Where the sentence holding atom `i` ends: after the next `.`, `?` or
    /// `!` (with the closing marks after it) that a space or the paragraph's end follows.
    static func sentenceEnd(_ atoms: [ArticleContent.Atom], after i: Int) -> Int {
        var j = i
        while j < atoms.count {
            if isSentenceEnd(atoms, at: j), j + 1 == atoms.count || atoms[j + 1].isSpace { return j + 1 }
            j += 1
        }
        return atoms.count
    }

    static func isSentenceEnd(_ atoms: [ArticleContent.Atom], at i: Int) -> Bool {
        var k = i
        // Closing quotes and brackets after the stop belong to the sentence: `…ignored."`
        while k > 0, closers.contains(atoms[k].character) { k -= 1 }
        return [".", "?", "!", "…"].contains(atoms[k].character) && k < atoms.count
    }

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", "」"]

    /// Draws the preview with a rule above it, in `rect` (the rule is its
    /// first row); in two rows or fewer, only where the quote is from.
    func draw(into grid: inout Grid, rect: Rect) {
        guard rect.height > 0 else { return }
        let short = rect.height < 4
        let shown: [(line: Line, cut: Bool)]
        if short {
            grid.fill(rect, role: .sidebar)
            let source = sections.first { $0.name == "source" }?.lines ?? []
            shown = source.prefix(rect.height).map { ($0, false) }
        } else {
            grid.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, role: .border, limit: rect.maxX)
            shown = lines(fitting: rect.height - 1)
        }
        let limit = rect.maxX - 1
        for (row, (line, cut)) in shown.enumerated() {
            let y = rect.y + (short ? 0 : 1) + row
            var x = rect.x + 1
            // A line too long for the window, or cut short, ends in `…`, in the role of what was cut.
            let fits = !cut && line.reduce(0) { $0 + DisplayWidth.of($1.text) } <= limit - x
            for span in line {
                let last = span.text == line.last?.text
                guard !fits, x + DisplayWidth.of(span.text) >= limit || (cut && last) else {
                    x = grid.put(span.text, x: x, y: y, role: span.role, limit: limit)
                    continue
                }
                let room = max(1, limit - x)
                let text = DisplayWidth.of(span.text) < room ? span.text + "…" : DisplayWidth.truncate(span.text + " ", to: room)
                x = grid.put(text, x: x, y: y, role: span.role, limit: limit)
                break
            }
        }
    }
}
