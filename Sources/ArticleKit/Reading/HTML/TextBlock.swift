/// One displayed block of extracted text: a heading, a paragraph, a list
/// item or a block quote, whitespace already collapsed.
struct TextBlock: Hashable, Sendable {
    var kind: Paragraph.Kind
    var text: String
}
