/// Finds every quotation in an article and attributes it to a speaker.
///
/// The pipeline, each stage its own type: scan quote marks → tokenize the
/// prose around them → attribute (cue and source mention) → resolve mentions
/// to entities → number the speakers, most quoted first.
public enum ArticleAnalyzer {
    public static func analyze(_ article: Article) -> Article {
        analyze(article, scalars: ScalarText.scalars(article.text))
    }

    /// `scalars` must be `article.text.unicodeScalars`, passed in when the
    /// caller already has them.
    public static func analyze(_ article: Article, scalars s: [Unicode.Scalar]) -> Article {
        var result = article
        let scanned = QuoteScanner.scan(s, paragraphs: article.paragraphs.map(\.range))
        let attributor = Attributor(s: s, quotes: scanned)
        let (findings, _) = attributor.attribute(paragraphs: article.paragraphs)
        guard !scanned.isEmpty else { return result }
        var runs: [[Token]] = []
        var q = 0
        for (p, paragraph) in article.paragraphs.enumerated() {
            var marked: [Range<Int>] = []
            while q < scanned.count, scanned[q].paragraph == p {
                marked.append(attributor.marked(scanned[q]))
                q += 1
            }
            runs.append(contentsOf: Tokenizer.capitalizedRuns(s, paragraph.range, quotes: marked))
        }
        var resolver = EntityResolver(runs: runs)

        var keys = [String?](repeating: nil, count: scanned.count)
        var mentions = [NounPhrase?](repeating: nil, count: scanned.count)
        for (i, finding) in findings.enumerated() {
            if let np = finding.mention {
                keys[i] = resolver.resolve(np)
                mentions[i] = np
            } else if let previous = finding.continues {
                // A continuation's source is named where its speaker was.
                keys[i] = keys[previous]
                mentions[i] = mentions[previous]
            }
        }

        // Speakers, most quoted first; ties keep the order of first quote.
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (i, key) in keys.enumerated() {
            guard let key else { continue }
            counts[key, default: 0] += 1
            if firstSeen[key] == nil { firstSeen[key] = i }
        }
        let ranked = counts.keys.sorted { a, b in
            counts[a]! != counts[b]! ? counts[a]! > counts[b]! : firstSeen[a]! < firstSeen[b]!
        }
        var index: [String: Int] = [:]
        var speakers: [Speaker] = []
        for key in ranked {
            guard let e = resolver.entities[key] else { continue }
            index[key] = speakers.count
            var aliases = [e.name]
            for a in e.aliases { aliases.appendUnique(a) }
            speakers.append(Speaker(name: e.name, role: e.role, kind: e.kind, aliases: aliases, quoteCount: counts[key]!))
        }

        result.quotes = scanned.enumerated().map { i, q in
            let f = findings[i]
            let speaker = keys[i].flatMap { index[$0] }
            var kind = f.kind
            if speaker == nil { kind = .unattributed }
            return Quote(
                span: TextSpan(start: q.content.lowerBound, end: q.content.upperBound, text: Tokenizer.string(s, q.content)),
                marked: (q.open?.lowerBound ?? q.content.lowerBound)..<(q.close?.upperBound ?? q.content.upperBound),
                kind: kind,
                speaker: speaker,
                mention: speaker == nil ? nil : mentions[i].map { TextSpan(start: $0.range.lowerBound, end: $0.range.upperBound, text: Tokenizer.string(s, $0.range)) },
                cue: speaker == nil ? nil : f.cue.map { TextSpan(start: $0.lowerBound, end: $0.upperBound, text: Tokenizer.string(s, $0)) },
                paragraph: q.paragraph)
        }
        result.speakers = speakers
        return result
    }
}
