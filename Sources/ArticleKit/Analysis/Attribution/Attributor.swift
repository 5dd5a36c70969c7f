/// Decides, for each quotation, the cue that reports it and the words that
/// name its source, by running the sieve (`AttributionSieves.standard`) over
/// every quote in text order: the first rule that decides a quote wins, and
/// the finding records which rule it was.
///
/// Resolving who the source *is* ("he" → Sergey Lavrov) is the resolver's job.
struct Attributor {
    let text: QuotedText
    let sieves: [any AttributionSieve]

    init(s: [Unicode.Scalar], quotes: [QuoteScanner.ScannedQuote], sieves: [any AttributionSieve] = AttributionSieves.standard) {
        self.text = QuotedText(s: s, quotes: quotes)
        self.sieves = sieves
    }

    /// Attributes every quote; `paragraphs` are the article's blocks. Also
    /// returns each paragraph's tokens (empty for a paragraph without quotes),
    /// which the analyzer reuses to find names.
    func attribute(paragraphs: [Paragraph]) -> (findings: [AttributionFinding], tokens: [[Token]], reports: [ReportedSpeech]) {
        let quotes = text.quotes
        var findings = [AttributionFinding](repeating: AttributionFinding(kind: .unattributed), count: quotes.count)
        var allTokens: [[Token]] = []
        allTokens.reserveCapacity(paragraphs.count)
        var q = 0
        var lastAttributed: QuoteSite.Attributed?
        // Sources of reported speech without quotes ("Mr Templeton said he
        // agreed."): no quote is theirs, but they make a speaker salient.
        var reports: [ReportedSpeech] = []
        // The quotes of one paragraph at a time, in one buffer for them all.
        var inParagraph: [(marked: Range<Int>, index: Int)] = []
        for (p, paragraph) in paragraphs.enumerated() {
            inParagraph.removeAll(keepingCapacity: true)
            while q < quotes.count, quotes[q].paragraph == p {
                inParagraph.append((text.marked(quotes[q]), q))
                q += 1
            }
            // Full tokens only where there are quotes to attribute.
            guard !inParagraph.isEmpty else { allTokens.append([]); continue }
            let prose = ParagraphProse(text: text, tokens: Tokenizer.tokens(text.s, paragraph.range, quotes: inParagraph))
            let previousTokens = p > 0 && p - 1 < allTokens.count ? allTokens[p - 1] : []
            allTokens.append(prose.tokens)
            var previous: Sentence?
            for sentence in prose.sentences() {
                defer { previous = sentence }
                if !prose.tokens[sentence.range].contains(where: \.isQuote) {
                    if let cue = sentence.cues.first(where: { $0.kind == .verb && !$0.weak }) {
                        reports.append(ReportedSpeech(paragraph: p, sentence: sentence, cue: cue, position: prose.tokens[cue.index].range.lowerBound))
                    }
                    continue
                }
                for t in sentence.range where prose.tokens[t].isQuote {
                    let site = QuoteSite(prose: prose, token: t, sentence: sentence, previousSentence: previous,
                                         paragraph: p, paragraphs: paragraphs, previousParagraphTokens: previousTokens,
                                         lastAttributed: lastAttributed)
                    guard let finding = decide(site) else { continue }
                    findings[site.quote] = finding
                    if finding.attributes {
                        lastAttributed = QuoteSite.Attributed(quote: site.quote, paragraph: p)
                    }
                }
            }
        }
        return (findings, allTokens, reports)
    }

    /// The first rule's finding, stamped with the rule.
    func decide(_ site: QuoteSite) -> AttributionFinding? {
        // By index: each rule is asked where it stands, not copied out of the array first.
        for i in sieves.indices {
            if var finding = sieves[i].attribute(site) {
                finding.sieve = sieves[i].sieve
                return finding
            }
        }
        return nil
    }

    func marked(_ q: QuoteScanner.ScannedQuote) -> Range<Int> { text.marked(q) }
}
