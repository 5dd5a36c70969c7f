/// Which rule of the attribution sieve decided a quote: recorded on every
/// quote, so precision can be measured per rule and a reader can see why.
///
/// The order the rules run in is `AttributionSieves.standard`; this list
/// only names them. Raw values are what `quoth quotes --format jsonl` writes.
public enum Sieve: String, Hashable, Sendable, Codable, CaseIterable {
    /// "Face the Nation", "a show called "Brokers"": a title, not speech.
    case titleOfWork = "title-of-work"
    /// `told NBC's "Today"`, `on "Meet the Press"`: where something was said.
    case venueName = "venue-name"
    /// `<tweet datetime="…">`: markup left in the text.
    case markupAttribute = "markup-attribute"
    /// "PENCE: Well, look, …": a transcript's speaker label.
    case speakerLabel = "speaker-label"
    /// "…" ― Esther Tapia: a quote signed with a dash.
    case dashSignature = "dash-signature"
    /// "…," Lavrov told · "…," said Geoff Garin: the cue right after the quote.
    case cueAfterQuote = "cue-after-quote"
    /// Lavrov said: "…" · according to S, "…": a cue earlier in the sentence.
    case cueBeforeQuote = "cue-before-quote"
    /// … had "Q" yet, she said: a cue closing the sentence.
    case cueClosingSentence = "cue-closing-sentence"
    /// …, said Christine Link, executive director: an inverted cue closing the sentence.
    case invertedCueClosingSentence = "inverted-cue-closing-sentence"
    /// She addressed the supporters: "…": a colon introduces the quote.
    case colonIntroduction = "colon-introduction"
    /// "Trump issued the following statement:" ¶ "…": the paragraph before ends in a colon.
    case introducingParagraph = "introducing-paragraph"
    /// "…" ¶ - Hillary Clinton.: the next paragraph signs the quote.
    case signatureParagraph = "signature-paragraph"
    /// Bystrom agreed. "…": the sentence before reports, the quote goes on.
    case reportedSentence = "reported-sentence"
    /// A pull quote or subhead that repeats words quoted elsewhere in the article.
    case echo = "echo"
    /// A quoted paragraph that opens where the last one never closed.
    case multiParagraphQuote = "multi-paragraph-quote"
    /// "…," he said. "…": a quote opening a sentence goes on with the last speaker.
    case speakerGoesOn = "speaker-goes-on"
    /// Trump likened the refugees to a "vicious snake": any cue in the sentence.
    case looseCue = "loose-cue"

    /// How the rule reads, in a few words, for the reader's "why".
    public var summary: String {
        switch self {
        case .titleOfWork: "a title, not speech"
        case .venueName: "names where it was said"
        case .markupAttribute: "markup, not speech"
        case .speakerLabel: "a transcript's speaker label"
        case .dashSignature: "signed with a dash"
        case .cueAfterQuote: "cue after the quote"
        case .cueBeforeQuote: "cue before the quote"
        case .cueClosingSentence: "cue closing the sentence"
        case .invertedCueClosingSentence: "inverted cue closing the sentence"
        case .colonIntroduction: "introduced by a colon"
        case .introducingParagraph: "introduced by the paragraph before"
        case .signatureParagraph: "signed in the next paragraph"
        case .reportedSentence: "the sentence before reports it"
        case .echo: "repeats words quoted elsewhere"
        case .multiParagraphQuote: "a quote running on from the paragraph before"
        case .speakerGoesOn: "the last speaker goes on"
        case .looseCue: "a cue elsewhere in the sentence"
        }
    }

    /// Rules that decide a quote is not speech: they attribute nobody.
    public var marksNonSpeech: Bool {
        self == .titleOfWork || self == .venueName || self == .markupAttribute
    }
}
