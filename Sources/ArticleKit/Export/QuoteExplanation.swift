/// Why quoth chose a quote's speaker, for a reader who doubts it: the cue,
/// the attribution rule that read it, and how the source mention became
/// the speaker, with where the text settled it.
///
///     cue “Lavrov told” · cue after the quote · “he” → Sergey Lavrov
///     (pronoun, by salience) by “Russian Foreign Minister Sergey Lavrov”, paragraph 3
public struct QuoteExplanation: Hashable, Sendable {
    /// The words around the cue, from the source mention to the cue when they
    /// stand together ("Lavrov told"), else the cue alone.
    public var cue: TextSpan?
    public var sieve: Sieve?
    public var mention: TextSpan?
    public var speaker: String?
    public var resolution: Resolution?

    public init(_ quote: Quote, in article: Article) {
        sieve = quote.sieve
        mention = quote.mention
        resolution = quote.resolution
        speaker = quote.speaker.map { article.speakers[$0].name }
        cue = quote.cue
        if let c = quote.cue, let m = quote.mention {
            let lower = min(c.start, m.start), upper = max(c.end, m.end)
            if upper - lower <= max(c.end - c.start, 0) + (m.end - m.start) + 12 {
                cue = TextSpan(start: lower, end: upper, text: Self.slice(article.text, lower..<upper))
            }
        }
    }

    /// The explanation in one line of words.
    public var text: String {
        var parts: [String] = []
        if let cue { parts.append("cue “\(cue.text)”") }
        if let sieve { parts.append(sieve.summary) }
        guard let speaker else {
            parts.append(sieve?.marksNonSpeech == true ? "nobody says it" : "no rule found who says it")
            return parts.joined(separator: " · ")
        }
        var chain = "“\(mention?.text ?? speaker)” → \(speaker)"
        if let r = resolution {
            chain += " (\(r.step.summary))"
            if let e = r.evidence, e.text != mention?.text {
                chain += " by “\(e.text)”"
                if let p = r.evidenceParagraph { chain += ", paragraph \(p + 1)" }
            }
        }
        parts.append(chain)
        return parts.joined(separator: " · ")
    }

    /// Code points `range` of `text`.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = text.unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex),
              let to = scalars.index(from, offsetBy: range.count, limitedBy: scalars.endIndex) else { return "" }
        return String(scalars[from..<to]).replacingNewlines()
    }
}

private extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
