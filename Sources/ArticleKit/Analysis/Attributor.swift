/// Decides, for each quotation, the cue that reports it and the words that
/// name its source.
///
/// A sieve over the shapes news prose uses, most specific first:
/// 1. the cue right after the quote: "Q," S said · "Q," said S · "Q," S told X
/// 2. a cue earlier in the sentence: S said: "Q" · S said that … "Q" ·
///    according to S, "Q" · S, warning that "Q"
/// 3. no cue in the sentence: the previous speaker goes on (a continuation),
///    or nobody says it (scare quotes, titles, terms).
/// Resolving who the source *is* ("he" → Sergey Lavrov) is the resolver's job.
struct Attributor {
    struct Finding {
        var kind: Quote.Kind
        var cue: Range<Int>?
        var mention: NounPhrase?
        /// For a continuation, the quote whose speaker goes on.
        var continues: Int?
    }

    let s: [Unicode.Scalar]
    let quotes: [QuoteScanner.ScannedQuote]

    /// Attributes every quote; `paragraphs` are the article's blocks.
    func attribute(paragraphs: [Paragraph]) -> (findings: [Finding], tokens: [[Token]]) {
        var findings = [Finding](repeating: Finding(kind: .unattributed), count: quotes.count)
        var allTokens: [[Token]] = []
        allTokens.reserveCapacity(paragraphs.count)
        var q = 0
        var lastAttributed: (quote: Int, paragraph: Int)?
        for (p, paragraph) in paragraphs.enumerated() {
            var inParagraph: [(marked: Range<Int>, index: Int)] = []
            while q < quotes.count, quotes[q].paragraph == p {
                inParagraph.append((marked(quotes[q]), q))
                q += 1
            }
            // Full tokens only where there are quotes to attribute.
            guard !inParagraph.isEmpty else { allTokens.append([]); continue }
            let tokens = Tokenizer.tokens(s, paragraph.range, quotes: inParagraph)
            allTokens.append(tokens)
            let sentences = Self.sentences(tokens, s: s, quotes: quotes)
            var previous: (sentence: Range<Int>, cues: [Cue])?
            for sentence in sentences {
                let cues = cuePositions(tokens, sentence)
                defer { previous = (sentence, cues) }
                // The source a quote-free sentence reports ("Bystrom agreed."), which
                // the quote opening the next sentence goes on with: found only when asked.
                func previouslyReported() -> (cue: Range<Int>, source: NounPhrase)? {
                    guard let (sentence, cues) = previous, !tokens[sentence].contains(where: \.isQuote),
                          let cue = cues.last(where: { $0.kind == .verb && (!$0.weak || $0.end >= sentence.upperBound - 2) }),
                          let np = source(of: cue, tokens: tokens, sentence: sentence, cues: cues), np.form != .description else { return nil }
                    return (cueRange(cue, tokens), np)
                }
                for t in sentence where tokens[t].isQuote {
                    let qi = tokens[t].quote
                    // "Face the Nation", "An American Son": titles are quoted, not said.
                    if isTitle(qi), t > sentence.lowerBound && looksLikeATitle(t, tokens: tokens, sentence: sentence, cues: cues)
                        || namesAShowHost(t, tokens: tokens) { continue }
                    if namesAVenue(t, tokens: tokens), isTitle(qi, evenIfShort: true),
                       !(s[quotes[qi].content].last.map { $0 == "!" || $0 == "?" } ?? false) { continue }
                    // <tweet datetime="2016-06-29">: markup left in the text, not a quotation.
                    if let open = quotes[qi].open, open.lowerBound > 0, s[open.lowerBound - 1] == "=" { continue }
                    var finding = attributeDirectly(t, tokens: tokens, sentence: sentence, cues: cues)
                    if finding == nil, t == 0, p > 0, let intro = introduction(by: p - 1 < allTokens.count && !allTokens[p - 1].isEmpty
                        ? allTokens[p - 1] : Tokenizer.tokens(s, paragraphs[p - 1].range, quotes: []), paragraph: paragraphs[p - 1].range) {
                        // "Trump issued the following statement:" ¶ "…"
                        finding = Finding(kind: .full, cue: intro.cue, mention: intro.source)
                    }
                    if finding == nil, tokens[(t + 1)...].allSatisfy({ $0.kind == .punctuation }), p + 1 < paragraphs.count,
                       let signed = signatureParagraph(paragraphs[p + 1].range) {
                        // "…" ¶ - Hillary Clinton.
                        finding = Finding(kind: startsWithCapital(qi) ? .full : .partial, cue: signed.cue, mention: signed.source)
                    }
                    if finding == nil, t == sentence.lowerBound, startsWithCapital(qi), let (cue, np) = previouslyReported() {
                        finding = Finding(kind: .full, cue: cue, mention: np)
                    }
                    if finding == nil, quotes[qi].continuesPrevious, let last = lastAttributed, last.quote == qi - 1 {
                        finding = Finding(kind: .continuation, continues: last.quote)
                    }
                    // (One capitalised word standing alone — "Nooooo!", a name — goes on
                    // with nobody: on PolNeAR train 8 in 10 such were not speech.)
                    if finding == nil, let last = lastAttributed, p == last.paragraph || (p - last.paragraph == 1 && t == 0),
                       startsSentence(t, tokens: tokens, sentence: sentence), startsWithCapital(qi), wordCount(qi) > 1,
                       !isSubhead(qi, tokens: tokens) {
                        finding = Finding(kind: .continuation, continues: last.quote)
                    }
                    if finding == nil, let f = looseAttribution(t, tokens: tokens, sentence: sentence, cues: cues) {
                        finding = f
                    }
                    // A long quote in the middle of the prose with no cue of its own is
                    // left unattributed rather than handed to the speaker before it:
                    // on PolNeAR train that guess was right one time in four.
                    if let f = finding {
                        findings[qi] = f
                        lastAttributed = (qi, p)
                    }
                }
            }
        }
        return (findings, allTokens)
    }

    /// A paragraph that ends in a colon introduces the quote that follows:
    /// the source is the subject of its last sentence.
    func introduction(by tokens: @autoclosure () -> [Token], paragraph: Range<Int>) -> (cue: Range<Int>, source: NounPhrase)? {
        // Only a paragraph ending in a colon introduces: check that before tokenizing it.
        guard let end = paragraph.last(where: { !ScalarText.isWhitespace(s[$0]) }), s[end] == ":" else { return nil }
        let tokens = tokens()
        guard let last = tokens.last, last.isPunctuation(":") else { return nil }
        let sentences = Self.sentences(tokens, s: s, quotes: quotes)
        guard let sentence = sentences.last else { return nil }
        let cues = cuePositions(tokens, sentence)
        if let cue = cues.last(where: { !$0.weak }), let np = source(of: cue, tokens: tokens, sentence: sentence, cues: cues) {
            return (cueRange(cue, tokens), np)
        }
        guard let np = clauseSubject(before: tokens.count - 1, tokens: tokens, sentence: sentence, cues: cues) else { return nil }
        return (last.range, np)
    }

    /// Where a title-case quote stands as a name ("told "Fox News Sunday"",
    /// "the novel "Opening Belle"") rather than as words someone said: not
    /// right after a verb that names or quotes (called, dubbed: nicknames are
    /// speech), not followed by its own attribution, not an exclamation.
    func looksLikeATitle(_ t: Int, tokens: [Token], sentence: Range<Int>, cues: [Cue]) -> Bool {
        let qi = tokens[t].quote
        if let last = s[quotes[qi].content].last(where: { !ScalarText.isWhitespace($0) }), last == "!" || last == "?" { return false }
        // "a show called "Brokers"", "a group called "Women for Trump"": a name given.
        if t >= 2, tokens[t - 1].isWord, ["called", "named", "titled", "entitled", "dubbed"].contains(tokens[t - 1].lower),
           tokens[t - 2].isWord, !tokens[t - 2].isCapitalized, !tokens[t - 2].is(.personalPronoun), !tokens[t - 2].is(.groupPronoun),
           !tokens[t - 2].is(.clauseBoundary) { return true }
        if cues.contains(where: { $0.index < t && t - $0.end <= 3 }) { return false }
        if let (_, _) = cueAfter(t, tokens: tokens, sentence: sentence, cues: cues) { return false }
        if t >= 1, tokens[t - 1].isWord, ["on", "in", "to", "of", "titled", "entitled", "show", "program", "programme",
                                           "book", "column", "film", "movie", "song", "headline", "memoir", "album", "series",
                                           "novel", "the", "a", "his", "her", "their", "its"].contains(tokens[t - 1].lower) { return true }
        return tokens[t - 1].isPunctuation(",") || tokens[t - 1].isCapitalized
    }

    /// Where something was said, or to whom, whatever the cue: "told NBC's
    /// "Today"", "said on "Meet the Press."", "told "Fox and Friends"", "an
    /// interview with "Fox News Sunday."", "his podcast "The Axe Files"".
    func namesAVenue(_ t: Int, tokens: [Token]) -> Bool {
        guard t >= 1, tokens[t - 1].isWord else { return false }
        let before = tokens[t - 1]
        return before.isCapitalized && before.isPossessive || Self.venueWords.contains(before.lower)
    }

    static let venueWords: Set<String> = [
        "on", "told", "tells", "telling", "with", "podcast", "show", "program", "programme",
        "book", "novel", "memoir", "film", "movie", "column", "album", "song", "series", "titled", "entitled", "of",
    ]

    /// ""Daily Show" host Trevor Noah": a show's name before its host's.
    func namesAShowHost(_ t: Int, tokens: [Token]) -> Bool {
        t + 2 < tokens.count && tokens[t + 1].isWord && tokens[t + 1].is(.roleWord) && !tokens[t + 1].isCapitalized
            && tokens[t + 2].isCapitalized
    }

    /// Short and in title case: the name of a show, a book, a headline.
    /// `evenIfShort`, where the words before say a title follows: "New Day"
    /// counts too (no word of four letters or more), and so do long titles.
    func isTitle(_ qi: Int, evenIfShort: Bool = false) -> Bool {
        let maximumWords = evenIfShort ? 14 : 8
        var words = 0, long = 0
        var start = -1
        let content = quotes[qi].content
        // Stops at the first long lowercase word: most quotes are speech and
        // show one within a few words.
        func endWord(_ end: Int) -> Bool {
            guard start >= 0 else { return true }
            defer { start = -1 }
            words += 1
            guard words <= maximumWords else { return false }
            guard end - start >= 4 else { return true }
            if ScalarText.isUppercase(s[start]) { long += 1; return true }
            // "This Week with George Stephanopoulos": short joining words stay lowercase in a title.
            return end - start <= 5 && Self.titleJoiningWords.contains(ScalarText.string(s, start..<end))
        }
        for i in content {
            let c = s[i]
            if QuoteScanner.isWordScalar(c) || c == "'" || c == "\u{2019}" {
                if start < 0 { start = i }
            } else if !endWord(i) {
                return false
            }
        }
        return endWord(content.upperBound) && (long >= 1 || evenIfShort)
    }

    static let titleJoiningWords: Set<String> = ["with", "from", "into", "over", "upon", "about", "than", "that", "this", "your"]

    func wordCount(_ qi: Int) -> Int {
        var count = 0, inWord = false
        for c in s[quotes[qi].content] {
            let w = QuoteScanner.isWordScalar(c)
            if w && !inWord { count += 1 }
            inWord = w
        }
        return count
    }

    /// The last resort within a sentence: any reporting verb in it, however
    /// far from the quote, whose source can be found.
    func looseAttribution(_ t: Int, tokens: [Token], sentence: Range<Int>, cues: [Cue]) -> Finding? {
        // "Trump likened the refugees to a "vicious snake"": a fragment after any
        // past tense whose subject is a person named or a pronoun.
        // "He implied a federal judge was biased and "hostile"": the nearest such
        // verb with a subject ("biased" has none).
        if !startsWithCapital(tokens[t].quote), cues.allSatisfy({ $0.index > t }) {
            for v in stride(from: t - 1, through: max(sentence.lowerBound, t - 12), by: -1) where Self.looksLikeVerb(tokens[v]) {
                if let np = subjectBefore(v, tokens: tokens, floor: sentence.lowerBound),
                   np.form == .name || np.form == .pronoun && np.name != "it" {
                    return Finding(kind: .partial, cue: tokens[v].range, mention: np)
                }
            }
        }
        let ordered = cues.sorted { abs($0.index - t) < abs($1.index - t) }
        for cue in ordered where !cue.weak || wordCount(tokens[t].quote) >= 3 || cue.index < t {
            let np = cue.index < t ? source(of: cue, tokens: tokens, sentence: sentence, cues: cues)
                : subjectBefore(cue.index, tokens: tokens, floor: t + 1) ?? (cue.index == t + 1 ? phraseAfter(cue.index + 1, tokens: tokens) : nil)
            if let np {
                return Finding(kind: kindOf(t, tokens: tokens, sentence: sentence, qi: tokens[t].quote), cue: cueRange(cue, tokens), mention: np)
            }
        }
        return nil
    }

    func marked(_ q: QuoteScanner.ScannedQuote) -> Range<Int> {
        (q.open?.lowerBound ?? q.content.lowerBound)..<(q.close?.upperBound ?? q.content.upperBound)
    }

    func startsWithCapital(_ qi: Int) -> Bool {
        guard let first = s[quotes[qi].content].first(where: { QuoteScanner.isWordScalar($0) }) else { return false }
        return ScalarText.isUppercase(first) || first.properties.numericType != nil
    }

    /// A quote whose sentence has nothing but the quote in front of it.
    func startsSentence(_ t: Int, tokens: [Token], sentence: Range<Int>) -> Bool {
        var i = sentence.lowerBound
        while i < t, tokens[i].kind == .punctuation || ["and", "but", "so"].contains(tokens[i].lower) { i += 1 }
        return i == t
    }

    // MARK: Sentences

    /// Token ranges of the sentences in a paragraph. A quote ending in . ! ?
    /// ends its sentence unless its attribution follows ("…," he said).
    static func sentences(_ tokens: [Token], s: [Unicode.Scalar], quotes: [QuoteScanner.ScannedQuote]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            var ends = false
            if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" || t.text == ";" || t.text == "\u{2026}" {
                if i + 1 < tokens.count {
                    let n = tokens[i + 1]
                    ends = n.isQuote || n.isCapitalized || (n.isWord && n.text.first?.isNumber == true)
                        || (n.kind == .punctuation && n.text != "," && n.text != "." && n.text != ")")
                    if t.text == ";" { ends = true }
                }
            } else if t.isQuote, i + 1 < tokens.count, tokens[i + 1].isCapitalized || tokens[i + 1].isQuote {
                let content = quotes[t.quote].content
                if let last = s[content].last(where: { !QuoteScanner.isMarkCandidate($0) && !ScalarText.isWhitespace($0) }),
                   last == "." || last == "!" || last == "?" || last == "\u{2026}" {
                    ends = !attributionFollows(tokens, after: i)
                }
            }
            // A run this long is not a sentence but a list, a table or an
            // attack; cut it so the per-quote search over its cues stays bounded.
            if i + 1 - start >= Self.maximumSentenceTokens { ends = true }
            if ends {
                result.append(start..<(i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// Longer than any sentence in the news corpora (the longest run near
    /// 200 tokens); attribution looks at every cue of a sentence for each of
    /// its quotes, so this bounds the work per quote.
    static let maximumSentenceTokens = 400

    /// "he said." / "Mr Smith added," right after a quote.
    static func attributionFollows(_ tokens: [Token], after i: Int) -> Bool {
        var j = i + 1
        var words = 0
        while j < tokens.count, words < 5 {
            let t = tokens[j]
            if t.isWord, isCueWord(t.lower) || (t.lower == "went" && j + 1 < tokens.count && tokens[j + 1].lower == "on"), words > 0 {
                // Only a bare attribution: "he said." / "Smith told reporters."
                var k = j + 1
                var extra = 0
                // "Mr. Trump wrote on Twitter on Monday.": a prepositional tail
                // may run longer than an object can.
                let tail = k < tokens.count && tokens[k].isWord && Self.attributionTailWords.contains(tokens[k].lower)
                while k < tokens.count, tokens[k].isWord, extra < (tail ? 8 : 3) { k += 1; extra += 1 }
                // "Mr. Zahed said:" introduces the next quote, not the last one.
                return k == tokens.count || tokens[k].kind == .punctuation && tokens[k].text != "'" && tokens[k].text != ":"
                    && (extra == 0 || tokens[k].text == "." || tokens[k].text == ",")
            }
            if !t.isWord { return false }
            words += 1
            j += 1
        }
        return false
    }

    /// Words that open where or when something was said, after its cue.
    static let attributionTailWords: Set<String> = [
        "on", "in", "at", "to", "during", "after", "before", "via", "from", "through", "while", "when", "with", "reporters",
        "as", "about", "of", "outside", "inside",
    ]

    static func isCueWord(_ lower: String) -> Bool { Lexicon.reportingVerbs.contains(lower) }

    // MARK: Cues

    enum CueKind { case verb, accordingTo }
    struct Cue { var index: Int; var end: Int; var kind: CueKind; var weak: Bool }

    func cuePositions(_ tokens: [Token], _ sentence: Range<Int>) -> [Cue] {
        var cues: [Cue] = []
        for i in sentence where tokens[i].isWord {
            if tokens[i].range.count == 9, tokens[i].lower == "according", i + 1 < sentence.upperBound, tokens[i + 1].lower == "to" {
                cues.append(Cue(index: i, end: i + 1, kind: .accordingTo, weak: false))
                continue
            }
            if let cue = verbCue(at: i, tokens: tokens, sentenceStart: sentence.lowerBound) { cues.append(cue) }
        }
        return cues
    }

    /// A reporting verb used as a verb at token `i`: not "the report", not
    /// "her comments", not "the said agreement".
    func verbCue(at i: Int, tokens: [Token], sentenceStart: Int) -> Cue? {
        let token = tokens[i]
        // Every word of every quoted paragraph comes through here: words off the
        // lexicon get only the few checks that can make them a cue.
        guard token.is(.reportingVerb) else {
            guard token.kind == .word, !token.isCapitalized else { return nil }
            // "Rubio fired back forcefully:", "Bennett shot back"
            if i + 1 < tokens.count, tokens[i + 1].range.count == 4, tokens[i + 1].lower == "back", Self.backVerbs.contains(token.lower) {
                return Cue(index: i, end: i + 1, kind: .verb, weak: false)
            }
            let length = token.range.count
            if length == 3 || length == 4 {
                let lower = token.lower
                // "As Akhil Amar put it, …"
                if lower == "put" || lower == "puts", i + 1 < tokens.count, tokens[i + 1].lower == "it" {
                    return Cue(index: i, end: i + 1, kind: .verb, weak: false)
                }
                // "…," Trump went on. / Trump went on about "…" — but not "went on to say" (there "say" is
                // the cue) nor "the Senate goes on recess".
                if lower == "went" || lower == "goes", i + 1 < tokens.count, tokens[i + 1].lower == "on",
                   i + 2 >= tokens.count || tokens[i + 2].kind == .punctuation || tokens[i + 2].lower == "about",
                   i > sentenceStart, !tokens[i - 1].is(.determiner) {
                    return Cue(index: i, end: i + 1, kind: .verb, weak: false)
                }
                return nil
            }
            // "Walter Hewlett sniped that…": any verb in -ed before "that" reports.
            if i + 1 < tokens.count, i > sentenceStart, tokens[i - 1].isWord,
               tokens[i - 1].isCapitalized || tokens[i - 1].is(.personalPronoun) || tokens[i - 1].is(.groupPronoun),
               Self.looksLikeVerb(token), tokens[i + 1].lower == "that" {
                return Cue(index: i, end: i, kind: .verb, weak: false)
            }
            return nil
        }
        let lower = token.lower
        guard !token.isCapitalized || i == sentenceStart else { return nil }
        if i > sentenceStart {
            let prev = tokens[i - 1]
            if prev.isWord, prev.is(.determiner) || prev.isPossessive,
               token.is(.nounLikeCue) || lower == "said" { return nil }
            // "a Donald Trump tweet", "of Republican claims": a noun after a name
            // that itself follows a determiner or a preposition.
            if token.is(.nounLikeCue), prev.isCapitalized {
                var k = i - 1
                while k > sentenceStart, tokens[k].isCapitalized { k -= 1 }
                if k >= sentenceStart, !tokens[k].isCapitalized, tokens[k].is(.determiner)
                    || ["of", "for", "to", "in", "on", "with", "by", "about", "from"].contains(tokens[k].lower) { return nil }
            }
            // "a similar challenge", "the racial remarks": a noun after an adjective
            // ("by saying", "after warning" are gerunds, not nouns).
            if prev.isWord, !prev.isCapitalized, token.is(.nounLikeCue),
               !(prev.is(.clauseBoundary) && lower.endsWithASCII("ing")),
               !prev.is(.personalPronoun), !prev.is(.groupPronoun),
               !prev.lower.hasSuffix("s"), !isAdverbial(prev), prev.lower != "who", prev.lower != "that" { return nil }
        }
        let followedByThat = i + 1 < tokens.count && tokens[i + 1].lower == "that"
        return Cue(index: i, end: i, kind: .verb, weak: token.is(.weakCue) && !followedByThat)
    }

    // MARK: Direct attribution

    func attributeDirectly(_ t: Int, tokens: [Token], sentence: Range<Int>, cues: [Cue]) -> Finding? {
        let qi = tokens[t].quote
        // 0. A transcript's speaker label: "PENCE: Well, look, …".
        if let label = speakerLabel(qi) {
            return Finding(kind: .full, cue: label.cue, mention: label.source)
        }
        // 0. Signed: "…" ― Esther Tapia (testimonials, epigraphs, letters).
        if let signed = signature(after: t, tokens: tokens) {
            return Finding(kind: startsWithCapital(qi) ? .full : .partial, cue: tokens[t + 1].range, mention: signed)
        }
        // 1. A cue right after the quote.
        if let (cue, np) = cueAfter(t, tokens: tokens, sentence: sentence, cues: cues) {
            return Finding(kind: kindOf(t, tokens: tokens, sentence: sentence, qi: qi), cue: cueRange(cue, tokens), mention: np)
        }
        // 2. The nearest cue before it in the sentence; a weak one ("think",
        //    "called") only when close and no proper reporting verb precedes.
        let before = cues.filter { $0.end < t }
        let strongBefore = before.contains { !$0.weak }   // once, not once per cue
        for cue in before.reversed() where !cue.weak || (t - cue.end <= 14 && !strongBefore) {
            if let np = source(of: cue, tokens: tokens, sentence: sentence, cues: cues) {
                return Finding(kind: kindOf(t, tokens: tokens, sentence: sentence, qi: qi), cue: cueRange(cue, tokens), mention: np)
            }
        }
        // 3. Attributed at the end of its sentence: "… had "Q" yet, she said."
        for cue in cues where cue.index > t && cue.kind == .verb && !cue.weak {
            if let np = subjectBefore(cue.index, tokens: tokens, floor: t + 1),
               let first = tokens[(t + 1)..<cue.index].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound }),
               first > t + 1, tokens[first - 1].isPunctuation(",") {
                return Finding(kind: kindOf(t, tokens: tokens, sentence: sentence, qi: qi), cue: cueRange(cue, tokens), mention: np)
            }
        }
        // 3b. Inverted at the end: "… a "candidate who is a lightning rod" and
        //     Clevelanders get nervous, said Christine Link, executive director…"
        for cue in cues where cue.index > t + 1 && cue.kind == .verb && !cue.weak && tokens[cue.index - 1].isPunctuation(",") {
            if let np = phraseAfter(cue.index + 1, tokens: tokens), np.form != .pronoun, tokens[cue.index].lower.endsWithASCII("s")
                || tokens[cue.index].lower.endsWithASCII("d") || tokens[cue.index].lower == "wrote" {
                return Finding(kind: kindOf(t, tokens: tokens, sentence: sentence, qi: qi), cue: cueRange(cue, tokens), mention: np)
            }
        }
        // 4. Introduced by a colon: "She then addressed the supporters: "…"".
        if t - 1 > sentence.lowerBound, tokens[t - 1].isPunctuation(":"), startsWithCapital(qi),
           let np = clauseSubject(before: t - 1, tokens: tokens, sentence: sentence, cues: cues) {
            return Finding(kind: .full, cue: tokens[t - 1].range, mention: np)
        }
        return nil
    }

    /// Whether a phrase (or its relative "who") begins at token `k`.
    func startsAt(_ np: NounPhrase, _ k: Int, _ tokens: [Token]) -> Bool {
        np.range.lowerBound == tokens[k].range.lowerBound
    }

    /// "PENCE: Well, look…" — a quote that opens with a capitalised name and
    /// a colon, as transcripts print who speaks.
    func speakerLabel(_ qi: Int) -> (source: NounPhrase, cue: Range<Int>)? {
        let content = quotes[qi].content
        var i = content.lowerBound
        var words: [Range<Int>] = []
        while i < content.upperBound, words.count < 3 {
            let start = i
            while i < content.upperBound, ScalarText.isUppercase(s[i]) || s[i] == "." || s[i] == "-" || s[i] == "'" { i += 1 }
            guard i - start >= 2 else { return nil }
            words.append(start..<i)
            if i < content.upperBound, s[i] == ":" { break }
            guard i < content.upperBound, s[i] == " " else { return nil }
            i += 1
        }
        guard i < content.upperBound, s[i] == ":", let first = words.first, let last = words.last else { return nil }
        // Written as a name ("PENCE" → "Pence") so it joins the person the article names.
        let tokens = words.map { r -> Token in
            let upper = ScalarText.string(s, r)
            let text = upper.prefix(1) + upper.dropFirst().lowercased()
            return Token(kind: .word, range: r, text: String(text), lower: text.lowercased(), quote: -1)
        }
        guard var np = NounPhrase.make(tokens[...]), np.form == .name else { return nil }
        np.organisational = false
        return (np, first.lowerBound..<(last.upperBound + 1))
    }

    /// A paragraph that is nothing but a quote in single marks ('There's so
    /// much anger.') is a subheading taken from what follows, not speech
    /// going on from before.
    func isSubhead(_ qi: Int, tokens: [Token]) -> Bool {
        guard let open = quotes[qi].open, s[open.lowerBound] == "'" || s[open.lowerBound] == "\u{2018}" else { return false }
        return tokens.allSatisfy { $0.isQuote || $0.kind == .punctuation }
    }

    /// A paragraph that only signs the quote before it: "-Michelle Marks, Philadelphia."
    func signatureParagraph(_ range: Range<Int>) -> (cue: Range<Int>, source: NounPhrase)? {
        guard let first = range.first(where: { !ScalarText.isWhitespace(s[$0]) }),
              ["\u{2015}", "\u{2014}", "\u{2013}", "-"].contains(s[first]), range.count < 120 else { return nil }
        let tokens = Tokenizer.tokens(s, range, quotes: [])
        guard let np = signature(after: -1, tokens: tokens) else { return nil }
        return (tokens[0].range, np)
    }

    /// A dash and a name closing the quote's line: "…" ― Karen Bobadilla.
    func signature(after t: Int, tokens: [Token]) -> NounPhrase? {
        guard t + 2 < tokens.count, tokens[t + 1].kind == .punctuation,
              ["\u{2015}", "\u{2014}", "\u{2013}", "-"].contains(tokens[t + 1].text), tokens[t + 2].isCapitalized else { return nil }
        var e = t + 2
        while e + 1 < tokens.count, tokens[e + 1].isCapitalized, e - t < 6 { e += 1 }
        guard e + 1 == tokens.count || tokens[e + 1].isQuote || tokens[e + 1].isPunctuation(".")
                || tokens[e + 1].isPunctuation(",") && e + 2 < tokens.count && !tokens[e + 2].isQuote,
              let np = NounPhrase.make(tokens[(t + 2)...e]), np.form == .name else { return nil }
        return np
    }

    func cueRange(_ cue: Cue, _ tokens: [Token]) -> Range<Int> {
        tokens[cue.index].range.lowerBound..<tokens[cue.end].range.upperBound
    }

    /// Full when the quote stands as its own sentence(s); partial when it is
    /// a fragment inside the reporter's prose.
    func kindOf(_ t: Int, tokens: [Token], sentence: Range<Int>, qi: Int) -> Quote.Kind {
        guard startsWithCapital(qi) else { return .partial }
        // Preceded by nothing, or by "S said:" / "S said," — a whole quotation.
        var i = t - 1
        while i >= sentence.lowerBound, tokens[i].kind == .punctuation { i -= 1 }
        if i < sentence.lowerBound { return .full }
        if i + 1 < t, tokens[i + 1].text == ":" || tokens[i + 1].text == "," { return .full }
        if tokens[i].isWord, tokens[i].is(.reportingVerb) || tokens[i].lower == "that" { return .full }
        return .partial
    }

    /// "Q," S said · "Q," said S · "Q," S, a role, said — the cue within the
    /// first words after the quote, with only a source between.
    func cueAfter(_ t: Int, tokens: [Token], sentence: Range<Int>, cues: [Cue]) -> (Cue, NounPhrase)? {
        var k = t + 1
        // (A stray apostrophe stays behind when an inner quote closes with the
        // outer one: ''…, 'Kosovo is a special case,''' Mr. Putin said.)
        while k < tokens.count, tokens[k].kind == .punctuation,
              tokens[k].text == "," || tokens[k].text == "\u{2014}" || tokens[k].text == "-" || tokens[k].text == "'" || tokens[k].text == "\u{2019}" { k += 1 }
        // Attribution may follow a quote that ends its own sentence ("…?" he asked).
        if let short = sourceThenPastTense(from: k, tokens: tokens[..<sentence.upperBound]) { return short }
        return cueAfterScan(t, k: k, tokens: tokens, sentence: sentence, cues: cues)
    }

    /// "…," Oliver barked. / "…," an angry Hollande retaliated. / "…," Bennett
    /// shot back with a laugh. — any past tense right after a short name or
    /// pronoun that closes the sentence reports the quote before it.
    func sourceThenPastTense(from k: Int, tokens: ArraySlice<Token>) -> (Cue, NounPhrase)? {
        guard k < tokens.endIndex, tokens[k].isCapitalized || tokens[k].is(.personalPronoun) || tokens[k].is(.determiner) else { return nil }
        var e = k
        if tokens[k].is(.determiner) {
            e += 1
            while e < tokens.endIndex, e - k < 3, tokens[e].isWord, !tokens[e].isCapitalized, !Self.looksLikeVerb(tokens[e]) { e += 1 }
            guard e < tokens.endIndex, tokens[e].isCapitalized else { return nil }
        }
        while e < tokens.endIndex, e - k < 5, tokens[e].isWord, tokens[e].isCapitalized || e == k { e += 1 }
        guard e < tokens.endIndex, e > k else { return nil }
        let phrasal = e + 1 < tokens.endIndex && tokens[e + 1].lower == "back" && Self.backVerbs.contains(tokens[e].lower)
        let end = phrasal ? e + 1 : e
        guard Self.looksLikeVerb(tokens[e]) || phrasal,
              phrasal || end + 1 == tokens.endIndex || tokens[end + 1].isPunctuation(".") || tokens[end + 1].isPunctuation(",")
                || tokens[end + 1].lower == "and",
              let np = NounPhrase.make(tokens[k..<e]), np.form == .name || np.form == .pronoun, plausibleSource(np) else { return nil }
        return (Cue(index: e, end: end, kind: .verb, weak: false), np)
    }

    /// "shot back", "fired back": a retort.
    static let backVerbs: Set<String> = ["shot", "fired", "hit", "wrote", "pushed", "snapped", "struck", "punched"]

    /// The general search behind `cueAfter`: the cue within the first words
    /// after the quote, with only a source between.
    func cueAfterScan(_ t: Int, k: Int, tokens: [Token], sentence: Range<Int>, cues: [Cue]) -> (Cue, NounPhrase)? {
        // "…," Trump, the 2016 GOP frontrunner and polling leader, said: a name
        // then a comma may carry a long appositive.
        let namedFirst = k + 2 < tokens.count && tokens[k].isCapitalized
            && tokens[(k + 1)...].prefix(5).prefix(while: { $0.isWord }).count < 5   // not to the end of a long run
            && tokens[(k + 1)...].prefix(5).first(where: { !$0.isWord })?.text == ","
        let limit = min(sentence.upperBound, k + (namedFirst ? 40 : 24))
        var j = k
        var commas = 0
        var inParentheses = false
        while j < limit {
            let tok = tokens[j]
            // A nickname in quotes inside a name: Marcia "Cia" Price.
            if tok.isQuote, j > k, tokens[j - 1].isCapitalized, j + 1 < tokens.count, tokens[j + 1].isCapitalized,
               wordCount(tok.quote) == 1 { j += 1; continue }
            if tok.isQuote { return nil }
            if tok.kind == .punctuation {
                if tok.text == "(" { inParentheses = true } else if tok.text == ")" { inParentheses = false }
                if tok.text == "," { commas += 1; if commas > (namedFirst ? 4 : 2) { return nil } }
                // "Harry M. Reid (D-Nev.) said": a full stop inside the parenthesis.
                else if tok.text != "(" && tok.text != ")" && tok.text != "-" && !(inParentheses && tok.text == ".") { return nil }
            }
            if tok.isWord, j == k, Self.looksLikeVerb(tok), j + 1 < tokens.count, tokens[j + 1].isCapitalized,
               let np = phraseAfter(j + 1, tokens: tokens), np.form == .name {
                // "…," remembered Roy Verley: any past tense, inverted before a name.
                return (Cue(index: j, end: j, kind: .verb, weak: false), np)
            }
            if tok.isWord, let cue = cues.first(where: { $0.index == j }) ?? verbCue(at: j, tokens: tokens, sentenceStart: k) {
                if cue.kind == .accordingTo {
                    // "…," according to Mr. Rhodes.
                    guard j == k, let np = phraseAfter(cue.end + 1, tokens: tokens) else { return nil }
                    return (cue, np)
                }
                if j == k {
                    // "…," saying the city…: a participle is never inverted; its
                    // subject is the clause's — found by the cues before the quote
                    // when there are any.
                    if tokens[j].lower.endsWithASCII("ing") {
                        guard !cues.contains(where: { $0.index < t }) else { return nil }
                        return clauseSubject(before: t, tokens: tokens, sentence: sentence, cues: cues).map { (cue, $0) }
                    }
                    // Inverted: "said Geoff Garin", "added the official".
                    if let np = phraseAfter(j + 1, tokens: tokens) { return (cue, np) }
                    return nil
                }
                // Only a source may stand between quote and cue: "…," Smith, a pollster, said.
                if let np = subjectBefore(cue.index, tokens: tokens, floor: k), np.range.lowerBound <= tokens[k].range.lowerBound
                    || startsAt(np, k, tokens) || onlyModifiers(tokens, from: k, before: np) {
                    return (cue, np)
                }
                // "…," an intelligence source, who was not authorized to speak on
                // the record, told Fox News: an infinitive inside the appositive.
                if j > k, tokens[j - 1].lower == "to", commas > 0 { j += 1; continue }
                return nil
            }
            if tok.isWord, commas == 0, j - k >= 10 { return nil }
            j += 1
        }
        return nil
    }

    /// "…," former FBI agent Timothy Gill explained: the phrase found is
    /// "FBI agent Timothy Gill", and only its modifiers stand before it.
    func onlyModifiers(_ tokens: [Token], from k: Int, before np: NounPhrase) -> Bool {
        guard let first = tokens[k...].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound }), first - k <= 3 else { return false }
        return tokens[k..<first].allSatisfy { t in
            t.isWord && !t.is(.clauseBoundary) && !t.is(.reportingVerb) && !t.is(.personalPronoun) && !Self.looksLikeVerb(t)
        }
    }

    /// The source of a cue that precedes its quote.
    func source(of cue: Cue, tokens: [Token], sentence: Range<Int>, cues: [Cue]) -> NounPhrase? {
        if cue.kind == .accordingTo { return phraseAfter(cue.end + 1, tokens: tokens) }
        let v = cue.index
        // "…, warning that" / "… and urged": the subject of the clause goes on.
        var j = v - 1
        while j >= sentence.lowerBound, tokens[j].isWord, isAdverbial(tokens[j]) { j -= 1 }
        let participle = tokens[v].lower.endsWithASCII("ing")
        let conjoined = j >= sentence.lowerBound && tokens[j].isWord && ["and", "but", "then", "or"].contains(tokens[j].lower)
        // "…, saying" / "…" adding that / "before saying"
        let detached = j < sentence.lowerBound || tokens[j].isPunctuation(",") || tokens[j].isQuote
            || (tokens[j].isWord && ["before", "after", "while", "when", "by", "in", "without", "also"].contains(tokens[j].lower))
        if conjoined || (participle && detached) {
            return clauseSubject(before: j, tokens: tokens, sentence: sentence, cues: cues)
        }
        if participle, Self.participlesTakeClauseSubject, let np = clauseSubject(before: j, tokens: tokens, sentence: sentence, cues: cues) {
            return np
        }
        if let np = subjectBefore(v, tokens: tokens, floor: sentence.lowerBound) { return np }
        // "In other words, explained CBS moderator Nancy Cordes: "…"": inverted before a colon.
        if v + 1 < tokens.count, tokens[v + 1].isCapitalized || tokens[v + 1].is(.determiner),
           let np = phraseAfter(v + 1, tokens: tokens), np.form == .name,
           let last = tokens[(v + 1)...].firstIndex(where: { $0.range.lowerBound >= np.range.upperBound }),
           tokens[last].isPunctuation(":") {
            return np
        }
        // "said Smith: …", "…," said Smith, "…"
        if j < sentence.lowerBound || tokens[j].isQuote
            || (tokens[j].isPunctuation(",") && (j - 1 < sentence.lowerBound || tokens[j - 1].isQuote)) {
            return phraseAfter(v + 1, tokens: tokens)
        }
        return nil
    }

    func isAdverbial(_ t: Token) -> Bool {
        guard !t.isCapitalized else { return false }
        return t.is(.adverbial) || (t.lower.endsWithASCII("ly") && t.lower.utf8.count > 4 && !["family", "ally", "italy", "rally", "supply"].contains(t.lower))
    }

    /// The subject of the clause that `before` ends: an earlier cue's source
    /// in the same clause, else the phrase that opens the nearest stretch of
    /// the sentence between commas ("In 2016, Mrs. Schlafly endorsed Trump,
    /// saying…" → Mrs. Schlafly).
    func clauseSubject(before j: Int, tokens: [Token], sentence: Range<Int>, cues: [Cue]) -> NounPhrase? {
        var segmentEnd = j
        var i = j
        while i >= sentence.lowerBound {
            let boundary = i == sentence.lowerBound || tokens[i - 1].isPunctuation(",") || tokens[i - 1].isPunctuation(";")
                || tokens[i - 1].isPunctuation(":") || tokens[i - 1].isQuote || tokens[i - 1].isPunctuation("(")
                || tokens[i - 1].isPunctuation("\u{2014}") || tokens[i - 1].isPunctuation("\u{2013}") || tokens[i - 1].isPunctuation("-")
            if boundary {
                let segment = i..<max(i, segmentEnd)
                if let earlier = cues.last(where: { segment.contains($0.index) && $0.kind == .verb && $0.index < j }),
                   let np = subjectBefore(earlier.index, tokens: tokens, floor: i) {
                    return np
                }
                var k = i
                while k < segmentEnd, tokens[k].isWord,
                      isAdverbial(tokens[k]) || ["but", "and", "so", "yet", "however", "meanwhile", "though", "although",
                                                 "while", "whereas", "because", "when", "as", "after", "then"].contains(tokens[k].lower) { k += 1 }
                if k < segmentEnd, tokens[k].isWord, !Self.introWords.contains(tokens[k].lower),
                   let np = phraseAfter(k, tokens: tokens), np.form != .description || np.tokens.count <= 4 {
                    // A subject has its predicate after it, or an appositive
                    // ("Priebus, who…, arrived"); "…, D.C., and boast" has neither.
                    let hasPredicate = np.range.upperBound < tokens[segmentEnd - 1].range.upperBound
                    let after = segmentEnd + 1 < tokens.count ? tokens[segmentEnd + 1] : nil
                    let interrupted = np.form != .description && tokens[segmentEnd].isPunctuation(",")
                        && after.map { $0.lower == "who" || $0.is(.determiner) || isAdverbial($0) || $0.is(.roleWord) } == true
                    if hasPredicate || interrupted { return np }
                }
                segmentEnd = i - 1
            }
            i -= 1
        }
        return nil
    }

    /// "a memo to the Post explaining his plan": the reduced relative's
    /// subject is the clause's, as PolNeAR annotates it.
    static let participlesTakeClauseSubject = true

    /// Words that open an introductory phrase, not a subject.
    static let introWords: Set<String> = [
        "in", "on", "at", "amid", "after", "before", "during", "despite", "with", "without", "for", "from",
        "by", "under", "over", "since", "until", "if", "when", "once", "to", "of", "about", "like", "unlike",
        "among", "as", "asked", "speaking", "writing", "according", "instead", "still", "yet", "there", "here",
        "it", "this", "that", "what", "which", "who", "where", "why", "how", "not", "no", "yes",
    ]

    // MARK: Noun phrases

    /// The noun phrase that ends right before cue `v` (after adverbials and
    /// an appositive): "Lavrov", "the Kremlin", "David Frost, director general of the BCC,".
    func subjectBefore(_ v: Int, tokens: [Token], floor: Int) -> NounPhrase? {
        var j = v - 1
        // "Sen. Chuck Schumer (D-N.Y.) said": a parenthesis between source and verb.
        if j >= floor, tokens[j].isPunctuation(")"), let open = tokens[floor..<j].lastIndex(where: { $0.isPunctuation("(") }), j - open <= 8 {
            j = open - 1
        }
        // "was quoted as saying"
        if j - 1 >= floor, tokens[j].lower == "as", tokens[j - 1].lower == "quoted" { j -= 2 }
        // "He went on to say", "Clinton continued to call"
        if j - 1 >= floor, tokens[j].lower == "to" {
            if j - 2 >= floor, tokens[j - 1].lower == "on", ["went", "goes", "go", "going"].contains(tokens[j - 2].lower) { j -= 3 }
            else if ["continued", "continues", "proceeded"].contains(tokens[j - 1].lower) { j -= 2 }
        }
        while j >= floor, tokens[j].isWord, isAdverbial(tokens[j]) { j -= 1 }
        // "Beck, who has in the past described Trump as…"
        if j - 2 >= floor, tokens[j].lower == "past", tokens[j - 1].lower == "the", tokens[j - 2].lower == "in" {
            j -= 3
            while j >= floor, tokens[j].isWord, isAdverbial(tokens[j]) { j -= 1 }
        }
        // "on Friday", "last week", "in a statement", "during a Sunday"
        if j - 1 >= floor, tokens[j].is(.timeWord), tokens[j - 1].is(.timePreposition) || tokens[j - 1].lower == "a" {
            j -= 2
            while j >= floor, tokens[j].isWord, isAdverbial(tokens[j]) || ["a", "in", "on", "during", "at", "last", "this"].contains(tokens[j].lower) { j -= 1 }
        }
        // "who, on a press call Friday, criticized": a phrase of time or place
        // set off by commas stands between subject and verb.
        if j - 2 >= floor, tokens[j].isPunctuation(","),
           let open = stride(from: j - 1, through: max(floor, j - 8), by: -1).first(where: { tokens[$0].isPunctuation(",") }),
           open + 1 < j, open - 1 >= floor, tokens[open - 1].isWord,
           ["on", "in", "at", "during", "after", "before", "last", "earlier", "later", "meanwhile", "however"].contains(tokens[open + 1].lower),
           tokens[(open + 1)..<j].allSatisfy(\.isWord) {
            j = open - 1
        }
        guard j >= floor else { return nil }
        // "Jason Ervin, who thinks…": the relative pronoun names the source.
        if tokens[j].lower == "who", j - 1 >= floor, tokens[j - 1].isPunctuation(","),
           var antecedent = nounPhraseEnding(at: j - 2, tokens: tokens, floor: floor), antecedent.form != .pronoun {
            antecedent.tokens = tokens[j...j]
            return antecedent
        }
        // "Sen. Rand Paul, R-Ky., told": a party and state read like a parenthesis.
        if j - 3 >= floor, tokens[j].isPunctuation(","), tokens[j - 1].isPunctuation("."), Self.isPartyAndState(tokens[j - 2]),
           tokens[j - 3].isPunctuation(",") {
            j -= 4
        } else if j - 2 >= floor, tokens[j].isPunctuation(","), Self.isPartyAndState(tokens[j - 1]), tokens[j - 2].isPunctuation(",") {
            j -= 3
        }
        // "A former candidate -- John McCain, who lost in 2008 -- said": the
        // source stands before the dashes (or is the name between them).
        if j >= floor, Self.isDash(tokens[j]),
           let open = stride(from: j - 1, through: max(floor, j - 30), by: -1).first(where: { Self.isDash(tokens[$0]) && !Self.isDash(tokens[$0 + 1]) }) {
            var before = open - 1
            while before >= floor, Self.isDash(tokens[before]) { before -= 1 }
            if let np = nounPhraseEnding(at: before, tokens: tokens, floor: floor) { return np }
            var e = open + 1
            while e + 1 < j, tokens[e + 1].isCapitalized { e += 1 }
            if tokens[open + 1].isCapitalized, let named = NounPhrase.make(tokens[(open + 1)...e]), named.form == .name { return named }
            return nil
        }
        // "Another source familiar with Cruz’s thinking said": the head comes before its postmodifier.
        if j >= floor, let f = stride(from: j, through: max(floor, j - 8), by: -1).first(where: {
            Self.postmodifierHeads.contains(tokens[$0].lower) && $0 + 1 <= j && ["with", "to", "in", "on"].contains(tokens[$0 + 1].lower)
        }), f - 1 >= floor, tokens[(f + 1)...j].allSatisfy({ $0.isWord }), let np = nounPhraseEnding(at: f - 1, tokens: tokens, floor: floor) {
            return np
        }
        // "Marco Rubio, whose hometown, Miami, is projected to be…, argues":
        // a relative clause (with commas of its own) between name and verb.
        if j >= floor, tokens[j].isPunctuation(","),
           let w = stride(from: j - 1, through: max(floor + 2, j - 40), by: -1).first(where: {
               (tokens[$0].lower == "whose" || tokens[$0].lower == "who") && tokens[$0 - 1].isPunctuation(",")
           }), !tokens[w..<j].contains(where: { $0.isQuote }),
           let named = nounPhraseEnding(at: w - 2, tokens: tokens, floor: floor), named.form == .name {
            return named
        }
        guard j >= floor else { return nil }
        if tokens[j].isPunctuation(",") || tokens[j].isPunctuation(")") {
            // An appositive: "Smith, a pollster, said" / "Theresa May, said".
            let segEnd = j - 1
            var segStart = segEnd
            while segStart >= floor, tokens[segStart].isWord || tokens[segStart].isPunctuation("-") || tokens[segStart].isPunctuation("'") { segStart -= 1 }
            guard segStart >= floor - 1, segEnd >= segStart + 1 else { return nil }
            let segment = tokens[(segStart + 1)...segEnd]
            guard let firstWord = segment.first else { return nil }
            if let np = nounPhraseEnding(at: segEnd, tokens: tokens, floor: segStart + 1), np.tokens.count == segment.count,
               np.form == .name, firstWord.isCapitalized {
                var named = np
                // "The Shadow Secretary of State for the Family, Theresa May, said"
                if named.role == nil, segStart >= floor, tokens[segStart].isPunctuation(","),
                   let before = nounPhraseEnding(at: segStart - 1, tokens: tokens, floor: floor), before.form == .description || before.form == .name {
                    named.role = NounPhrase.descriptionText(Array(before.tokens.filter(\.isWord)))
                }
                return named
            }
            // "Jeff Weaver, Sanders' campaign manager, said": a possessive opens a role too.
            let possessive = firstWord.isPossessive || (segment.count > 2 && segment.dropFirst().first!.isPunctuation("'"))
            let appositive = !firstWord.isCapitalized || firstWord.is(.determiner) || possessive
                || firstWord.is(.roleWord) || firstWord.lower == "who"
            guard appositive, segStart >= floor, tokens[segStart].isPunctuation(",") || tokens[segStart].isPunctuation("(") else { return nil }
            var nameEnd = segStart - 1
            // "Ramil Carr, 31, a photographer, said": an age between name and role.
            if nameEnd - 1 >= floor, tokens[nameEnd].isWord, tokens[nameEnd].text.allSatisfy(\.isNumber),
               tokens[nameEnd - 1].isPunctuation(",") { nameEnd -= 2 }
            guard var np = nounPhraseEnding(at: nameEnd, tokens: tokens, floor: floor) else { return nil }
            if firstWord.lower != "who", np.form == .name, np.role == nil, segment.count <= 14 {
                np.role = NounPhrase.descriptionText(Array(segment.filter(\.isWord)))
            }
            return np
        }
        guard let np = nounPhraseEnding(at: j, tokens: tokens, floor: floor) else { return nil }
        // "Another intelligence source speaking to Fox News said": the outlet
        // is who was spoken to; the source heads the phrase before it.
        if let first = tokens[floor...j].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound }),
           first - 3 >= floor, ["to", "with"].contains(tokens[first - 1].lower),
           ["speaking", "talking", "writing"].contains(tokens[first - 2].lower),
           let head = nounPhraseEnding(at: first - 3, tokens: tokens, floor: floor) {
            return head
        }
        // "A letter from the Legion obtained by The Associated Press warns": the
        // agent of a passive before the verb is not its subject.
        if let first = tokens[floor...j].firstIndex(where: { $0.range.lowerBound == np.range.lowerBound }),
           first - 2 >= floor, tokens[first - 1].lower == "by", Self.looksLikeVerb(tokens[first - 2]),
           let head = nounPhraseEnding(at: first - 3, tokens: tokens, floor: floor) {
            return head
        }
        return np
    }

    static func isDash(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.text == "\u{2014}" || t.text == "\u{2013}" || t.text == "-")
    }

    /// "R-Ky", "D-N.Y", "I-Vt": a member of Congress's party and state.
    static func isPartyAndState(_ t: Token) -> Bool {
        let u = Array(t.text.utf8)
        guard t.isWord, u.count >= 4, u.count <= 7, u[1] == UInt8(ascii: "-"),
              u[0] == UInt8(ascii: "R") || u[0] == UInt8(ascii: "D") || u[0] == UInt8(ascii: "I") else { return false }
        return u[2] >= UInt8(ascii: "A") && u[2] <= UInt8(ascii: "Z")
    }

    /// A lowercase past tense or participle ("attacked", "clashed") ends a
    /// noun phrase; nouns in -ed are few enough to list.
    static func looksLikeVerb(_ t: Token) -> Bool {
        // "well-connected", "so-called": a hyphenated -ed word is an adjective.
        guard t.isWord, !t.isCapitalized, t.range.count > 4 else { return false }
        let lower = t.lower
        guard lower.endsWithASCII("ed"), !lower.utf8.contains(UInt8(ascii: "-")) else { return false }
        return !Self.nounsInEd.contains(lower)
    }

    static let nounsInEd: Set<String> = ["hundred", "speed", "seed", "breed", "creed", "greed", "need", "bed", "shed", "weed", "reed"]

    /// The longest plausible noun phrase ending at token `j`, reading back.
    func nounPhraseEnding(at j: Int, tokens: [Token], floor: Int) -> NounPhrase? {
        guard j >= floor, j < tokens.count, tokens[j].isWord else { return nil }
        let last = tokens[j]
        if last.is(.personalPronoun) || last.is(.groupPronoun)
            || last.is(.firstPersonPronoun) {
            return NounPhrase.make(tokens[j...j])
        }
        if !last.isCapitalized, last.is(.clauseBoundary) || last.is(.determiner) { return nil }
        var i = j
        var lowercaseRun = 0
        while i - 1 >= floor {
            let p = tokens[i - 1]
            guard p.isWord else { break }
            if p.isCapitalized {
                if p.is(.capitalisedFunctionWord) && !p.is(.honorific) {
                    if p.lower == "the" || p.is(.determiner) { i -= 1 }
                    break
                }
                lowercaseRun = 0
                i -= 1
                // "Mr Blair" starts where its honorific does.
                if p.is(.honorific), i - 1 < floor || !tokens[i - 1].isCapitalized { break }
                continue
            }
            if p.is(.determiner) {
                // "Jeffrey Lewis of the James Martin Center": the phrase goes on past "of the".
                if p.lower == "the", i - 3 >= floor, ["of", "for", "at", "from"].contains(tokens[i - 2].lower),
                   tokens[i - 3].isCapitalized, !tokens[i - 3].is(.capitalisedFunctionWord) {
                    i -= 2
                    continue
                }
                i -= 1
                break
            }
            // "Michery el Soheil", "Ursula von der Leyen": a particle inside a name.
            if p.is(.nameParticle), tokens[i].isCapitalized, i - 2 >= floor, tokens[i - 2].isCapitalized {
                i -= 1
                continue
            }
            // "ambassador to Britain Liu Xiaoming", "adviser to President Obama"
            if p.lower == "to", i - 2 >= floor, tokens[i - 2].is(.roleWord), tokens[i].isCapitalized {
                i -= 1
                continue
            }
            if ["of", "for", "at", "and", "on"].contains(p.lower) {
                // Inside a title ("Trade and Industry Secretary", "spokeswoman for women").
                guard i - 2 >= floor, tokens[i - 2].isWord, !tokens[i - 2].is(.clauseBoundary) || tokens[i - 2].isCapitalized,
                      p.lower != "and" || (tokens[i - 2].isCapitalized && tokens[i].isCapitalized),
                      p.lower != "on" || tokens[i].isCapitalized else { break }
                i -= 1
                continue
            }
            // "the retired neurosurgeon": a participle right after a determiner is an adjective.
            if p.is(.clauseBoundary) || p.is(.reportingVerb)
                || Self.looksLikeVerb(p) && !(i - 2 >= floor && tokens[i - 2].isWord && tokens[i - 2].is(.determiner)) { break }
            // Before a name only titles go on: "the economist Jared Bernstein",
            // not "poorer countries Gordon Brown".
            if tokens[(i)...j].contains(where: { $0.isCapitalized }), !p.is(.roleWord),
               !p.is(.unnamedSourceHead) { break }
            lowercaseRun += 1
            if lowercaseRun > 3 { break }
            i -= 1
        }
        if j - i + 1 > 12 { i = j - 11 }
        // "Café owners in Zürich", "officials from the State Department": a
        // place after a preposition belongs to the noun before it.
        if i - 2 >= floor, tokens[i - 1].isWord, ["in", "from", "at"].contains(tokens[i - 1].lower),
           tokens[i - 2].isWord, !tokens[i - 2].isCapitalized, !tokens[i - 2].is(.clauseBoundary),
           !tokens[i - 2].is(.reportingVerb), !Self.looksLikeVerb(tokens[i - 2]), !tokens[i - 2].is(.determiner),
           tokens[i - 2].lower.hasSuffix("s") || tokens[i - 2].is(.unnamedSourceHead) || tokens[i - 2].is(.roleWord) {
            var h = i - 2
            while h - 1 >= floor, tokens[h - 1].isWord, !tokens[h - 1].is(.clauseBoundary), !tokens[h - 1].is(.reportingVerb),
                  !Self.looksLikeVerb(tokens[h - 1]), j - h < 8 {
                h -= 1
                if tokens[h].is(.determiner) { break }
            }
            i = h
        }
        // Trim a leading preposition or conjunction.
        while i <= j, tokens[i].isWord, ["of", "for", "at", "and", "on"].contains(tokens[i].lower) { i += 1 }
        guard i <= j, let np = NounPhrase.make(tokens[i...j]) else { return nil }
        return plausibleSource(np) ? np : nil
    }

    /// The noun phrase starting at token `k`: "Geoff Garin", "the economist
    /// Jared Bernstein", "a spokesman for the campaign".
    func phraseAfter(_ k: Int, tokens: [Token]) -> NounPhrase? {
        guard k < tokens.count, tokens[k].isWord, !Self.looksLikeVerb(tokens[k]) else { return nil }
        let first = tokens[k]
        if first.is(.personalPronoun) || first.is(.groupPronoun) {
            return NounPhrase.make(tokens[k...k])
        }
        var j = k
        var lowercase = 0
        while j + 1 < tokens.count {
            let n = tokens[j + 1]
            guard n.isWord else { break }
            if n.is(.honorific), !tokens[j].isCapitalized, !tokens[j].is(.roleWord), !(j == k && tokens[j].is(.determiner)) { break }
            if n.isCapitalized { j += 1; continue }
            // "Rubio’s deputy campaign manager"
            if tokens[j].isPossessive, !n.is(.clauseBoundary), !n.is(.reportingVerb) { j += 1; lowercase += 1; continue }
            if ["of", "for", "at", "de", "van", "von"].contains(n.lower), j + 2 < tokens.count, tokens[j + 2].isWord { j += 1; continue }
            // "a Democrat familiar with the campaign": what follows the head describes it.
            if n.is(.clauseBoundary) || n.is(.reportingVerb) || n.is(.determiner)
                || Self.looksLikeVerb(n) || Self.postmodifierHeads.contains(n.lower) { break }
            // A lowercase title goes on into a name ("Union leader Mick Cash",
            // "Republican nominee Donald Trump"); other lowercase words end it.
            if tokens[j].isCapitalized && !tokens[j].is(.determiner) && tokens[k].isCapitalized {
                guard n.is(.roleWord),
                      tokens[(j + 1)...].prefix(4).contains(where: { $0.isCapitalized }) else { break }
            }
            lowercase += 1
            if lowercase > 4 { break }
            j += 1
        }
        guard var np = NounPhrase.make(tokens[k...j]), plausibleSource(np) else { return nil }
        // "said Rubio’s deputy campaign manager, Rich Beeson, who…": the name in apposition.
        if np.form == .description, j + 2 < tokens.count, tokens[j + 1].isPunctuation(","), tokens[j + 2].isCapitalized {
            var e = j + 2
            while e + 1 < tokens.count, tokens[e + 1].isCapitalized { e += 1 }
            if e + 1 == tokens.count || tokens[e + 1].kind == .punctuation || tokens[e + 1].lower == "who",
               var named = NounPhrase.make(tokens[(j + 2)...e]), named.form == .name {
                named.role = named.role ?? NounPhrase.descriptionText(Array(tokens[k...j]))
                return named
            }
        }
        // "Geoff Garin, a Democratic pollster,"
        if np.form == .name, np.role == nil, j + 2 < tokens.count, tokens[j + 1].isPunctuation(","),
           tokens[j + 2].isWord, tokens[j + 2].is(.determiner) || tokens[j + 2].is(.roleWord),
           !tokens[j + 2].lower.hasSuffix("ing"), !Self.looksLikeVerb(tokens[j + 2]) {
            var e = j + 2
            while e + 1 < tokens.count, tokens[e + 1].isWord, e - j < 12 { e += 1 }
            np.role = NounPhrase.descriptionText(Array(tokens[(j + 2)...e]))
        }
        return np
    }

    /// Adjectives that open a postmodifier: "a source familiar with", "people close to".
    static let postmodifierHeads: Set<String> = ["familiar", "close", "involved", "knowledgeable", "briefed"]

    /// A phrase that could name someone who speaks: a name, a pronoun, or a
    /// description whose head is a person or a body.
    func plausibleSource(_ np: NounPhrase) -> Bool {
        switch np.form {
        case .pronoun:
            return np.name != "i" && np.name != "you"
        case .name:
            return true
        case .description:
            let heads = np.tokens.filter(\.isWord)
            guard let head = heads.last(where: { !["of", "for", "at"].contains($0.lower) }) else { return false }
            // The head of "a spokesman for the campaign" is "spokesman".
            let core = heads.prefix { !["for", "of", "at", "in", "from"].contains($0.lower) }
            let coreHead = core.last?.lower ?? head.lower
            if Lexicon.unnamedSourceHeads.contains(coreHead) || Lexicon.organisationHeads.contains(coreHead)
                || Lexicon.roleWords.contains(coreHead) || Lexicon.roleSynonyms[coreHead] != nil { return true }
            // "that Grayson", "that it's": a phrase from inside a reported clause.
            if heads.first?.lower == "that" { return false }
            if heads.first?.isPossessive == true || heads.first?.is(.determiner) == true
                || heads.dropLast().contains(where: { $0.isPossessive && $0.isCapitalized }) {
                // "the retired neurosurgeon", "Russia's top diplomat", "the email":
                // any noun after a determiner (a narrower list of heads that can
                // speak lost more true sources than false ones on PolNeAR train).
                return core.count >= 2 && !Self.looksLikeVerb(core.last!) && !coreHead.endsWithASCII("ing")
            }
            return coreHead.hasSuffix("ers") || coreHead.hasSuffix("ists") || coreHead.hasSuffix("ians")
        }
    }
}
