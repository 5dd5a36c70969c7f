/// Lays out an extracted article as text and paragraphs, then analyses it.
///
/// The layout is the plain-text one: the title line, a blank line, then
/// the blocks separated by blank lines. Each `Paragraph` covers exactly
/// its block's code points, so quote offsets found by the analyser point
/// into `article.text` like they do for text files.
enum ArticleAssembler {
    /// Text beyond this many code points is left out, with a warning: no
    /// news article is that long, and a 50 MB page of text would otherwise
    /// cost the analysis a minute and gigabytes.
    static let maximumLength = 2_000_000

    static func assemble(source: String, title: String, blocks: [TextBlock], metadata: Metadata,
                         warnings: [String] = []) -> Article {
        var warnings = warnings
        var text = ""
        var length = 0
        var paragraphs: [Paragraph] = []
        let title = title.collapsingSpaces()
        func add(_ kind: Paragraph.Kind, _ block: String) {
            if !text.isEmpty {
                text += "\n\n"
                length += 2
            }
            let start = length
            text += block
            length += block.unicodeScalars.count
            paragraphs.append(Paragraph(kind: kind, range: start..<length, text: block))
        }
        if !title.isEmpty { add(.title, title) }
        func emphasise(_ spans: [TextBlock.Span]) {
            guard let paragraph = paragraphs.last else { return }
            let start = paragraph.range.lowerBound
            paragraphs[paragraphs.count - 1].emphasis = spans.map {
                Emphasis(weight: $0.weight, range: (start + $0.range.lowerBound)..<(start + $0.range.upperBound), markers: [])
            }
        }
        var body = blocks
        // The page's own headline usually opens the body too.
        if let first = body.first, first.kind == .heading, first.text.collapsingSpaces() == title { body.removeFirst() }
        for block in body {
            if length + block.text.utf8.count > Self.maximumLength {
                warnings.append("text cut after \(paragraphs.count) blocks: longer than \(Self.maximumLength) characters")
                break
            }
            add(block.kind, block.text)
            if !block.emphasis.isEmpty { emphasise(block.emphasis) }
        }
        let article = Article(source: source, text: text, title: title, metadata: metadata,
                              paragraphs: paragraphs, warnings: warnings)
        let scalars = Array(text.unicodeScalars)
        return ArticleAnalyzer.analyze(article, scalars: scalars)
    }
}
