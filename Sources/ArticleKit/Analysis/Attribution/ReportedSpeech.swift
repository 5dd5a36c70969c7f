/// A sentence that reports speech without quoting it ("Mr Templeton said he
/// agreed."): no quote is its source's, but it makes that source the one a
/// following "he said" most likely means.
///
/// Kept as the place of the cue only: its source is read (`source()`) just
/// when a pronoun or description nearby needs it, as most never are.
struct ReportedSpeech {
    var paragraph: Int
    var sentence: Sentence
    var cue: Cue
    /// Where the cue stands in the text.
    var position: Int

    /// The source of the report, read from its paragraph's tokens.
    func source(in text: QuotedText, tokens: [Token]) -> NounPhrase? {
        ParagraphProse(text: text, tokens: tokens).source(of: cue, in: sentence)
    }
}
