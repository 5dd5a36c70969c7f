import ArticleKit

/// What the reader derives from an article once, when it opens: the
/// displayable glyphs of each paragraph and the folded text search and the
/// quote filter match against.
///
/// Nothing here depends on the window size, so a resize only re-wraps.
public struct ArticleContent: Sendable {
    /// One displayable grapheme of article text.
    public struct Atom: Hashable, Sendable {
        /// Sanitised: never a control character.
        public var character: Character
        /// Code-point offset in `article.text` of the grapheme's first scalar.
        public var offset: Int
        public var width: UInt8
        public var isSpace: Bool { character == " " }
    }

    public let article: Article
    /// Per paragraph: its glyphs, whitespace runs collapsed to one space,
    /// Markdown emphasis markers left out, control characters made visible
    /// (a replacement of several glyphs shares the offset of what it replaces).
    public let atoms: [[Atom]]
    /// Per paragraph, folded for the article search.
    public let foldedParagraphs: [TextFolding.Folded]
    /// Per quote: its text and its speaker's names, folded, for the quote filter.
    public let quoteKeys: [String]
    /// Per quote: its text on one line, sanitised, for the quote view.
    public let quoteLines: [String]

    /// A line under the title that is not article text: who wrote it, when,
    /// where, its link, or how to read an item that has no text.
    public struct MetaLine: Sendable {
        public enum Kind: Sendable { case byline, link, note }
        public var kind: Kind
        /// Sanitised glyphs, as article text is (their offsets mean nothing).
        public var atoms: [Atom]
    }

    public let metaLines: [MetaLine]

    /// - Parameter dates: how the date under the title shows (the reader's zone).
    public init(_ article: Article, dates: DateText = .local) {
        self.article = article
        atoms = article.paragraphs.map(ArticleContent.atoms(of:))
        foldedParagraphs = article.paragraphs.map { TextFolding.folded($0.text, offset: $0.range.lowerBound) }
        quoteKeys = article.quotes.map { quote in
            var key = quote.text
            if let s = quote.speaker, s < article.speakers.count {
                let speaker = article.speakers[s]
                key += "\n" + ([speaker.name] + speaker.aliases).joined(separator: "\n")
            }
            return SearchText.fold(key)
        }
        quoteLines = article.quotes.map { quote in
            Sanitizer.visible(quote.text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        metaLines = ArticleContent.metaLines(of: article, dates: dates)
    }

    /// "By Ann Reporter · 2 Dec 2024 · The Ledger", the link, and for an
    /// item with no text of its own (a headline-only feed item) how to read it.
    static func metaLines(of article: Article, dates: DateText) -> [MetaLine] {
        let metadata = article.metadata
        func clean(_ text: String?) -> String? {
            guard let text else { return nil }
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return words.isEmpty ? nil : words
        }
        var lines: [MetaLine] = []
        let byline = clean(metadata.byline).map { $0.lowercased().hasPrefix("by ") ? $0 : "By " + $0 }
        let published = metadata.published.map { dates.labeler().moment($0) }  // a labeler only for a dated article
        let parts = [byline, clean(published), clean(metadata.site)].compactMap { $0 }
        if !parts.isEmpty { lines.append(MetaLine(kind: .byline, atoms: atoms(parts.joined(separator: " · ")))) }
        let link = clean(metadata.link)
        if let link { lines.append(MetaLine(kind: .link, atoms: atoms(link))) }
        if !article.paragraphs.contains(where: { $0.kind != .title }) {
            let note = link.map { ExternalCommand.isWebLink($0) } == true
                ? "This item has no text of its own: o opens it in the browser."
                : "This item has no text of its own."
            lines.append(MetaLine(kind: .note, atoms: atoms(note)))
        }
        return lines
    }

    /// Safe glyphs of a line of text that is not the article's (offsets -1).
    static func atoms(_ text: String) -> [Atom] {
        var atoms: [Atom] = []
        for character in text {
            for safe in Grid.visible(character) {
                let width = DisplayWidth.of(safe)
                guard width > 0 else { continue }
                atoms.append(Atom(character: safe, offset: -1, width: UInt8(width)))
            }
        }
        return atoms
    }

    static func atoms(of paragraph: Paragraph) -> [Atom] {
        let hidden = Set(paragraph.emphasis.flatMap { $0.markers.flatMap { Array($0) } })
        var atoms: [Atom] = []
        atoms.reserveCapacity(paragraph.text.unicodeScalars.count)
        var offset = paragraph.range.lowerBound
        for character in paragraph.text {
            defer { offset += character.unicodeScalars.count }
            if !hidden.isEmpty, hidden.contains(offset) { continue }
            if character.isWhitespace {
                if atoms.isEmpty || atoms[atoms.count - 1].isSpace { continue }
                atoms.append(Atom(character: " ", offset: offset, width: 1))
                continue
            }
            for safe in Grid.visible(character) {
                let width = DisplayWidth.of(safe)
                guard width > 0 else { continue }
                atoms.append(Atom(character: safe, offset: offset, width: UInt8(width)))
            }
        }
        while atoms.last?.isSpace == true { atoms.removeLast() }
        return atoms
    }

    /// The index in `article.speakers` of whoever said quote `index`, or nil
    /// when nobody is (an index out of range counts as nobody, never a crash).
    public func speaker(ofQuote index: Int) -> Int? {
        guard let s = article.quotes[index].speaker, article.speakers.indices.contains(s) else { return nil }
        return s
    }

    /// Indices of quotes matching `filter` (already folded); all of them when it is empty.
    public func quotes(matching filter: String) -> [Int] {
        guard !filter.isEmpty else { return Array(article.quotes.indices) }
        return quoteKeys.indices.filter { quoteKeys[$0].contains(filter) }
    }

    /// Every match of `query` (unfolded) in the article's paragraphs, in text order.
    public func search(_ query: String) -> [Range<Int>] {
        let needle = Array(SearchText.fold(query).unicodeScalars)
        guard !needle.isEmpty else { return [] }
        return foldedParagraphs.flatMap { $0.matches(of: needle) }
    }
}
