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
        analyze(article, scalars: s, sieves: AttributionSieves.standard)
    }

    /// With a sieve of one's own: leave a rule out to see what it brings.
    static func analyze(_ article: Article, scalars s: [Unicode.Scalar], sieves: [any AttributionSieve]) -> Article {
        var result = article
        let scanned = QuoteScanner.scan(s, paragraphs: article.paragraphs.map(\.range))
        let attributor = Attributor(s: s, quotes: scanned, sieves: sieves)
        let (findings, tokens, reports) = attributor.attribute(paragraphs: article.paragraphs)
        guard !scanned.isEmpty else { return result }
        var runs: [ArraySlice<Token>] = []
        // About a capitalised run every 64 characters of news: grown once or
        // not at all, rather than doubling from one.
        runs.reserveCapacity(s.count / 64)
        var marked: [Range<Int>] = []
        var q = 0
        s.withUnsafeBufferPointer { s in
            for (p, paragraph) in article.paragraphs.enumerated() {
                // A paragraph with quotes was tokenized whole to attribute them:
                // its runs come from those tokens rather than a second scan.
                if p < tokens.count, !tokens[p].isEmpty {
                    while q < scanned.count, scanned[q].paragraph == p { q += 1 }
                    Tokenizer.capitalizedRuns(s, tokens: tokens[p], into: &runs)
                    continue
                }
                marked.removeAll(keepingCapacity: true)
                while q < scanned.count, scanned[q].paragraph == p {
                    marked.append(attributor.marked(scanned[q]))
                    q += 1
                }
                Tokenizer.capitalizedRuns(s, paragraph.range, quotes: marked, into: &runs)
            }
        }
        var keys = [EntityKey?](repeating: nil, count: scanned.count)
        var mentions = [NounPhrase?](repeating: nil, count: scanned.count)
        var steps = [Resolution.Step?](repeating: nil, count: scanned.count)
        var evidence = [Range<Int>?](repeating: nil, count: scanned.count)
        var entities: [EntityKey: Entity] = [:]
        let paragraphRanges = article.paragraphs.map(\.range)
        let sentenceIndex = SentenceIndex(s, paragraphs: paragraphRanges)
        for stretch in resolverStretches(scanned, runs: runs, paragraphs: article.paragraphs, attributor: attributor) {
            let cast = CastReader(s: s, paragraphs: paragraphRanges, paragraphTokens: tokens, sentences: sentenceIndex)
                .read(runs[stretch.runs])
            var resolver = EntityResolver(cast: cast)
            // The role each entity's first mention gave, by its place in the
            // resolver's entities: an index, not its name hashed again per quote.
            var mentioned: [String?] = []
            let stretchStart = runs[stretch.runs].first?.first?.range.lowerBound ?? 0
            var report = reports.partitioningIndex { $0.position >= stretchStart }
            for i in stretch.quotes {
                let finding = findings[i]
                // Reported speech shortly before a pronoun or a description,
                // resolved in text order so it counts for salience.
                if let np = finding.mention, np.form != .name {
                    let paragraph = scanned[i].paragraph
                    while report < reports.count, reports[report].position < np.range.lowerBound {
                        defer { report += 1 }
                        guard paragraph - reports[report].paragraph <= 1,
                              let source = reports[report].source(in: attributor.text, tokens: tokens[reports[report].paragraph]) else { continue }
                        _ = resolver.resolve(source, asSource: false)
                    }
                }
                if let np = finding.mention, let r = resolver.resolve(np) {
                    keys[i] = r.key
                    mentions[i] = np
                    steps[i] = r.step
                    evidence[i] = r.evidence
                    if let role = np.role {
                        if r.entity >= mentioned.count { mentioned += repeatElement(nil, count: r.entity + 1 - mentioned.count) }
                        if mentioned[r.entity] == nil { mentioned[r.entity] = role }
                    }
                } else if let previous = finding.continues {
                    // A continuation's source is named where its speaker was.
                    keys[i] = keys[previous]
                    mentions[i] = mentions[previous]
                    steps[i] = steps[previous]
                    evidence[i] = evidence[previous]
                }
            }
            // Sized once for the stretch's entities, not grown (and rehashed) one at a time.
            entities.reserveCapacity(entities.count + resolver.entities.count)
            for (n, var e) in resolver.entities.enumerated() {
                let key = e.key
                e.role = resolver.role(of: key, mentioned: n < mentioned.count ? mentioned[n] : nil)
                guard var known = entities[key] else { entities[key] = e; continue }
                for a in e.aliases { known.aliases.appendUnique(a) }
                if known.role == nil { known.role = e.role }
                entities[key] = known
            }
        }
        // An echo of a later quote (a pull quote above its paragraph) takes
        // that quote's speaker, now it is known.
        for i in findings.indices where keys[i] == nil && findings[i].sieve == .echo {
            guard let j = findings[i].continues, j > i, let key = keys[j] else { continue }
            keys[i] = key
            mentions[i] = mentions[j]
            steps[i] = steps[j]
            evidence[i] = evidence[j]
        }

        // Speakers, most quoted first; ties keep the order of first quote.
        // Each key is hashed once, into a number; counting and ranking then
        // work on arrays.
        var number = [EntityKey: Int](minimumCapacity: entities.count)
        var names: [EntityKey] = []        // by number
        var counts: [Int] = []             // by number
        var firstSeen: [Int] = []          // by number
        var numbers = [Int](repeating: -1, count: keys.count)   // by quote
        for (i, key) in keys.enumerated() {
            guard let key else { continue }
            if let n = number[key] {
                counts[n] += 1
                numbers[i] = n
            } else {
                number[key] = names.count
                numbers[i] = names.count
                names.append(key)
                counts.append(1)
                firstSeen.append(i)
            }
        }
        let ranked = names.indices.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : firstSeen[a] < firstSeen[b]
        }
        var index = [Int?](repeating: nil, count: names.count)   // speaker, by number
        var speakers: [Speaker] = []
        for n in ranked {
            guard let e = entities[names[n]] else { continue }
            index[n] = speakers.count
            var aliases = [e.name]
            for a in e.aliases { aliases.appendUnique(a) }
            speakers.append(Speaker(name: e.name, role: e.role, kind: e.kind, aliases: aliases, quoteCount: counts[n]))
        }

        func span(_ r: Range<Int>) -> TextSpan { TextSpan(start: r.lowerBound, end: r.upperBound, text: Tokenizer.string(s, r)) }
        func paragraph(at position: Int) -> Int {
            article.paragraphs.lastIndex { $0.range.lowerBound <= position } ?? 0
        }
        result.quotes = scanned.enumerated().map { i, q in
            let f = findings[i]
            let speaker = numbers[i] < 0 ? nil : index[numbers[i]]
            var kind = f.kind
            if speaker == nil { kind = .unattributed }
            let resolution = speaker == nil ? nil : steps[i].map { step in
                Resolution(step: step, evidence: evidence[i].map(span), evidenceParagraph: evidence[i].map { paragraph(at: $0.lowerBound) })
            }
            return Quote(
                span: TextSpan(start: q.content.lowerBound, end: q.content.upperBound, text: Tokenizer.string(s, q.content)),
                marked: (q.open?.lowerBound ?? q.content.lowerBound)..<(q.close?.upperBound ?? q.content.upperBound),
                kind: kind,
                speaker: speaker,
                mention: speaker == nil ? nil : mentions[i].map { span($0.range) },
                cue: speaker == nil ? nil : f.cue.map(span),
                paragraph: q.paragraph,
                sieve: f.sieve,
                resolution: resolution)
        }
        result.speakers = speakers
        return result
    }

    /// Quotes one `EntityResolver` resolves. It weighs each mention against
    /// the names and mentions before it, which is quadratic over a file of
    /// 100,000 quotes; so past this many, a fresh resolver takes the next
    /// stretch of text. No article comes near it (the most quoted page in
    /// shared/data, a Wikipedia article, has 315), so for them nothing changes.
    static let quotesPerResolver = 400

    /// Splits the quotes into stretches of `quotesPerResolver`, each with the
    /// capitalised runs (in text order) from where its text begins: the
    /// paragraph of its first quote, or that quote's own opening mark when
    /// the paragraph began in an earlier stretch.
    static func resolverStretches(_ scanned: [QuoteScanner.ScannedQuote], runs: [ArraySlice<Token>], paragraphs: [Paragraph],
                                  attributor: Attributor) -> [(quotes: Range<Int>, runs: Range<Int>)] {
        guard scanned.count > quotesPerResolver else { return [(0..<scanned.count, 0..<runs.count)] }
        var starts: [Int] = [0]   // text offset where each stretch begins
        var previous = 0
        for first in stride(from: quotesPerResolver, to: scanned.count, by: quotesPerResolver) {
            let paragraphStart = paragraphs[scanned[first].paragraph].range.lowerBound
            let start = paragraphStart > previous ? paragraphStart : max(previous, attributor.marked(scanned[first]).lowerBound)
            starts.append(start)
            previous = start
        }
        var stretches: [(quotes: Range<Int>, runs: Range<Int>)] = []
        var run = 0
        for n in starts.indices {
            let end = n + 1 < starts.count ? starts[n + 1] : Int.max
            let first = run
            while run < runs.count, (runs[run].first?.range.lowerBound ?? 0) < end { run += 1 }
            let quotes = (n * quotesPerResolver)..<min(scanned.count, (n + 1) * quotesPerResolver)
            stretches.append((quotes, first..<run))
        }
        return stretches
    }
}

extension Array {
    /// The first index whose element satisfies `belongs`, for a predicate
    /// false then true along the array (a binary search).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
