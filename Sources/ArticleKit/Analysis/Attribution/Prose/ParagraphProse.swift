/// One paragraph as attribution reads it: its tokens (each quotation folded
/// into one), over the article's quoted text.
///
/// The grammar the sieves share lives in extensions, one concern a file:
/// sentences, cues, subjects, phrases.
struct ParagraphProse {
    let text: QuotedText
    let tokens: [Token]

    var s: [Unicode.Scalar] { text.s }
    var quotes: [QuoteScanner.ScannedQuote] { text.quotes }

    /// The scalar range from cue token `index` through `end`.
    func range(of cue: Cue) -> Range<Int> {
        tokens[cue.index].range.lowerBound..<tokens[cue.end].range.upperBound
    }

    /// Whether a phrase begins at token `k`.
    func startsAt(_ np: NounPhrase, _ k: Int) -> Bool {
        np.range.lowerBound == tokens[k].range.lowerBound
    }

    /// The token where `np` begins, searched from `from`.
    func firstToken(of np: NounPhrase, from: Int, to end: Int? = nil) -> Int? {
        tokens[from..<(end ?? tokens.count)].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound })
    }
}
