/// One quote in its place: the paragraph's tokens, the sentence it stands in
/// with that sentence's cues, and the neighbours a rule may look at (the
/// sentence before, the paragraphs around, the last quote attributed).
///
/// Every attribution rule reads a quote through this one value instead of
/// passing tokens, sentence and cues around as separate parameters.
struct QuoteSite {
    /// The last quote the sieve attributed, and the paragraph it opens in.
    struct Attributed {
        var quote: Int
        var paragraph: Int
    }

    let prose: ParagraphProse
    /// The quote's own token in `prose.tokens`.
    let token: Int
    let sentence: Sentence
    /// The sentence before, in the same paragraph.
    let previousSentence: Sentence?
    /// Index of the paragraph in `paragraphs`.
    let paragraph: Int
    let paragraphs: [Paragraph]
    /// The previous paragraph's tokens when it was tokenized for its own
    /// quotes (empty otherwise: rules that need it tokenize it themselves).
    let previousParagraphTokens: [Token]
    let lastAttributed: Attributed?

    var tokens: [Token] { prose.tokens }
    var text: QuotedText { prose.text }
    /// The quote's index in the article's list.
    var quote: Int { prose.tokens[token].quote }
    var scanned: QuoteScanner.ScannedQuote { text.quotes[quote] }

    /// Full when the quote stands as its own sentence(s); partial when it is
    /// a fragment inside the reporter's prose.
    var kind: Quote.Kind {
        guard text.startsWithCapital(quote) else { return .partial }
        // Preceded by nothing, or by "S said:" / "S said," — a whole quotation.
        var i = token - 1
        while i >= sentence.lowerBound, tokens[i].kind == .punctuation { i -= 1 }
        if i < sentence.lowerBound { return .full }
        if i + 1 < token, tokens[i + 1].text == ":" || tokens[i + 1].text == "," { return .full }
        if tokens[i].isWord, tokens[i].is(.reportingVerb) || tokens[i].lower == "that" { return .full }
        return .partial
    }

    /// A finding for `cue` and its source, of the kind the quote's place gives.
    func finding(_ cue: Cue, _ source: NounPhrase) -> AttributionFinding {
        AttributionFinding(kind: kind, cue: prose.range(of: cue), mention: source)
    }

    /// Nothing but the quote (and "and", "but", "so") opens its sentence.
    var startsSentence: Bool {
        var i = sentence.lowerBound
        while i < token, tokens[i].kind == .punctuation || Lexicon.sentenceOpeningConjunctions.contains(tokens[i].lower) { i += 1 }
        return i == token
    }
}
