/// What the sieve decided for one quote.
struct AttributionFinding {
    var kind: Quote.Kind
    /// The reporting verb or phrase ("said", "according to", ":").
    var cue: Range<Int>?
    /// The words that name the source, as they stand in the text.
    var mention: NounPhrase?
    /// For a continuation, the quote whose speaker goes on.
    var continues: Int?
    /// The rule that decided; nil only for a quote no rule took.
    var sieve: Sieve?

    init(kind: Quote.Kind, cue: Range<Int>? = nil, mention: NounPhrase? = nil, continues: Int? = nil) {
        self.kind = kind
        self.cue = cue
        self.mention = mention
        self.continues = continues
    }

    /// Nobody is said to say it: a title, a term, markup.
    static let nonSpeech = AttributionFinding(kind: .unattributed)

    /// Attributes the quote to someone (directly or as a continuation).
    var attributes: Bool { mention != nil || continues != nil }
}
