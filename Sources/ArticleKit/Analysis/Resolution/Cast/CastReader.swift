/// Reads an article's cast from its capitalised runs: who is a person (and
/// with what roles), what is a body, and every place each is named.
struct CastReader {
    let s: [Unicode.Scalar]
    let paragraphs: [Range<Int>]
    /// Each paragraph's full tokens where the attributor made them (empty elsewhere).
    let paragraphTokens: [[Token]]
    /// The article's sentences (made once per article, not per reader).
    let sentences: SentenceIndex

    func read(_ runs: ArraySlice<ArraySlice<Token>>) -> Cast {
        var cast = Cast(sentences: sentences, paragraphs: paragraphs, reader: self)
        // Sized for a body a run (a run cut at "and" may name two), so the table
        // is not grown, every name rehashed, body by body.
        cast.bodies = Dictionary(minimumCapacity: runs.count)
        var previous = Previous()
        for whole in runs {
            var rest = whole
            while let piece = Self.nextPiece(of: &rest) {
                read(piece, into: &cast, after: &previous)
                previous.end = piece[piece.endIndex - 1].range.upperBound
            }
        }
        linkSurnames(runs, in: &cast)
        linkAcronyms(in: &cast)
        return cast
    }

    /// The run read just before: where it ended, and the body it named.
    private struct Previous {
        var end = -1
        var body: String?
    }

    private func read(_ run: ArraySlice<Token>, into cast: inout Cast, after previous: inout Previous) {
        // Tokens are read in place (run[i]): `first!` and `last!` copy a whole token out.
        guard !run.isEmpty else { return }
        let start = run[run.startIndex].range.lowerBound
        let p = cast.paragraph(at: start)
        var words = run
        if run[run.endIndex - 1].isPossessive {
            var trimmed = Array(run)
            trimmed[trimmed.count - 1] = trimmed[trimmed.count - 1].withoutPossessive
            words = trimmed[...]
        }
        let named = previous.body
        previous.body = nil
        if words.count == 1 {
            let w = words.first!
            // "(RAD)": an acronym given for the body just named.
            if let named, isAcronym(w), previous.end >= 0, s[previous.end..<start].contains("(") {
                cast.acronyms[w.text] = named
            }
            if let person = mononym(w, paragraph: paragraphs[p], in: cast) {
                cast.people.append(person)
                return
            }
            // A lone capitalised word is a name only as a body: "the Kremlin", "NATO".
            guard w.is(.organisationWord) || isAcronym(w), !w.is(.capitalisedFunctionWord) else { return }
            if isAcronym(w), cast.acronyms[w.text] == nil { cast.hasUnlinkedAcronyms = true }
            addBody(Self.bodyName(w.text), range: w.range, run: run, paragraph: p, to: &cast)
            return
        }
        guard let np = NounPhrase.make(words), np.form == .name, let nameRange = np.nameRange else { return }
        if np.isOrganisation || isAcronym(words[words.startIndex]) && words.count == 2 {
            previous.body = Self.bodyName(np.name)
            addBody(previous.body!, range: nameRange, run: run, paragraph: p, to: &cast)
            return
        }
        guard let (count, firstWord, lastWord) = Self.nameWords(np, in: words), count >= 2, count <= 4,
              !Self.looksLikeAPlace(words, nameRange) else { return }
        if namesABody(run, paragraph: paragraphs[p]) {
            previous.body = Self.bodyName(np.name)
            addBody(previous.body!, range: nameRange, run: run, paragraph: p, to: &cast)
            return
        }
        let title = np.role.flatMap { role in
            np.tokens.contains(where: { RoleReader.isRoleHead($0) }) ? Cast.Role(text: role, range: np.range.lowerBound..<nameRange.lowerBound) : nil
        }
        let nameFirst = words.first { $0.range.lowerBound == nameRange.lowerBound }
        let confident = np.hasHonorific || title != nil || nameFirst.map { $0.is(.maleFirstName) || $0.is(.femaleFirstName) } == true
            || isTitled(nameRange, paragraph: paragraphs[p]) || followedByAReport(nameRange.upperBound, paragraph: paragraphs[p])
        var person = Cast.Person(name: np.name, first: firstWord, last: lastWord, gender: np.gender, range: nameRange,
                                 paragraph: p, title: title, confident: confident)
        if np.hasHonorific, let honorific = words.last(where: { $0.range.upperBound <= nameRange.lowerBound })?.lower {
            person.isKnight = honorific == "sir" || honorific == "dame"
        }
        cast.people.append(person)
    }

    /// "Culture Secretary Tessa Jowell and Deputy Prime Minister John
    /// Prescott": a run that joins two names with "and" is two runs; "Trade
    /// and Industry Secretary" is one. Takes the next one off `rest`.
    static func nextPiece(of rest: inout ArraySlice<Token>) -> ArraySlice<Token>? {
        guard !rest.isEmpty else { return nil }
        if rest.count >= 5, let and = rest.firstIndex(where: { !$0.isCapitalized && $0.lower == "and" }),
           and - rest.startIndex >= 2, rest.endIndex - and >= 3, !rest[and - 1].is(.roleWord) {
            defer { rest = rest[(and + 1)...] }
            return rest[..<and]
        }
        defer { rest = rest[rest.endIndex...] }
        return rest
    }

    private func addBody(_ name: String, range: Range<Int>, run: ArraySlice<Token>, paragraph: Int, to cast: inout Cast) {
        if cast.bodies[name] == nil { cast.bodies[name] = range }
        cast.appearances.append(Cast.Appearance(range: range, key: .organisation(name), gender: .unknown,
                                                part: part(of: run, paragraph: paragraphs[paragraph]),
                                                sentence: cast.sentences.sentence(at: range.lowerBound), paragraph: paragraph,
                                                isPersonLike: false))
    }

    /// "The Kremlin" → "Kremlin".
    static func bodyName(_ name: String) -> String {
        name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }

    /// NATO, BBC, FT: two or more capitals and nothing else.
    func isAcronym(_ t: Token) -> Bool { Self.isAcronym(t.text) }

    // MARK: Persons and bodies

    /// "Model Caprice": one capitalised word after a job is a person known by one name.
    private func mononym(_ w: Token, paragraph: Range<Int>, in cast: Cast) -> Cast.Person? {
        guard !w.is(.capitalisedFunctionWord), !w.is(.organisationWord), !isAcronym(w), !w.is(.roleWord), !w.is(.occupation),
              case .word(let before)? = Neighbours.before(s, w.range.lowerBound, floor: paragraph.lowerBound),
              before.is(.occupation), s[before.range.upperBound - 1] != "s" || before.isWord("boss", in: s) else { return nil }
        if case .word(let after)? = Neighbours.after(s, w.range.upperBound, ceiling: paragraph.upperBound), after.isCapitalized { return nil }
        let role = Cast.Role(text: ScalarText.string(s, before.range), range: before.range)
        let gender: Lexicon.Gender = w.is(.femaleFirstName) ? .female : w.is(.maleFirstName) ? .male : .unknown
        return Cast.Person(name: w.text, first: w.text, last: w.text, gender: gender, range: w.range, paragraph: cast.paragraph(at: w.range.lowerBound),
                           title: role, roles: [role], rolesRead: true, confident: true)
    }

    /// "Rolling Stone magazine", "the programme Go Digital", "the Royal Ballet",
    /// "security firm Sophos": a capitalised run that names a work or a body.
    private func namesABody(_ run: ArraySlice<Token>, paragraph: Range<Int>) -> Bool {
        let last = run.endIndex - 1, first = run.startIndex
        if !run[last].isPossessive, case .word(let after)? = Neighbours.after(s, run[last].range.upperBound, ceiling: paragraph.upperBound),
           !after.isCapitalized, after.is(.workOrBodyNoun) { return true }
        guard case .word(let before)? = Neighbours.before(s, run[first].range.lowerBound, floor: paragraph.lowerBound) else { return false }
        if !before.isCapitalized, before.is(.bodyKind) || before.is(.workOrBodyNoun) { return true }
        // "the Royal Ballet" (but "the late John Peel" has a word between).
        return (before.isWord("the", in: s) || before.isWord("a", in: s)) && !run[first].is(.roleWord) && !run[first].is(.honorific)
            && !(run[first].is(.maleFirstName) || run[first].is(.femaleFirstName))
    }

    /// "…," said Heizo Takenaka / Sergei Oganesyan told: a name followed by
    /// a report is someone speaking.
    private func followedByAReport(_ end: Int, paragraph: Range<Int>) -> Bool {
        guard case .word(let after)? = Neighbours.after(s, end, ceiling: paragraph.upperBound) else { return false }
        return after.is(.reportingVerb) && !after.isCapitalized
    }

    /// Whether the article gives `word` alone after a title somewhere
    /// ("Prince Charles, 56, and Mrs Parker Bowles"): a person known by one
    /// name, whom the word alone means rather than anybody whose full name
    /// opens with it.
    func namesSomebodyByTitleAlone(_ word: String) -> Bool {
        var titled = false
        forEachPlace(of: word) { i, end, _ in
            if case .word(let next)? = Neighbours.after(s, end, ceiling: s.count), next.isCapitalized { return true }
            if case .word(let title)? = Neighbours.before(s, i, floor: 0), title.isCapitalized,
               title.is(.roleWord) || title.is(.honorific) { titled = true }
            return !titled
        }
        return titled
    }

    /// Whether the article writes `lower` (a lowercase word) as a common
    /// noun: in lower case somewhere, and with a capital only where a
    /// sentence starts (anywhere else a capital makes it a name: "Orange
    /// claims … the colour orange" ¶ "…," Orange said). `other` is the
    /// place asked about. What tells a common noun that opens a sentence
    /// from a name (`CommonNounReading`).
    func writesAsACommonNoun(_ lower: String, other: Range<Int>) -> Bool {
        guard lower.unicodeScalars.count > 1 else { return false }
        var lowerCase = false, named = false
        forEachPlace(of: lower, capitalisedToo: true) { i, _, capitalised in
            guard !other.contains(i) else { return true }
            if !capitalised { lowerCase = true } else if !sentences.isStart(i) { named = true }
            return !named
        }
        return lowerCase && !named
    }

    /// Every place `word` stands whole in the article (and, `capitalisedToo`,
    /// with its first letter a capital), in text order, until `body` says
    /// stop: where it starts and ends, and whether it was capitalised there.
    /// Asked of a few source mentions an article at most, so a plain scan.
    private func forEachPlace(of word: String, capitalisedToo: Bool = false, _ body: (Int, Int, Bool) -> Bool) {
        let w = Array(word.unicodeScalars)
        guard let initial = w.first else { return }
        let capital = capitalisedToo ? String(initial).uppercased().unicodeScalars.first : nil
        var i = 0
        while i + w.count <= s.count {
            defer { i += 1 }
            guard s[i] == initial || s[i] == capital, i == 0 || !QuoteScanner.isWordScalar(s[i - 1]) else { continue }
            let end = i + w.count
            guard end == s.count || !QuoteScanner.isWordScalar(s[end]) else { continue }
            var k = 1
            while k < w.count, s[i + k] == w[k] { k += 1 }
            guard k == w.count else { continue }
            if !body(i, end, s[i] != initial) { return }
        }
    }

    /// The roles the text gives a person where their full name stands, read
    /// from the paragraph's tokens (or a window of them); failing those, the
    /// title the name's capitals carry.
    func roles(of person: Cast.Person) -> [Cast.Role] {
        let roles = readRoles(around: person.range, paragraph: person.paragraph)
        return roles.isEmpty ? person.title.map { [$0] } ?? [] : roles
    }

    private func readRoles(around nameRange: Range<Int>, paragraph p: Int) -> [Cast.Role] {
        let paragraph = paragraphs[p]
        // Most names stand in running prose ("Tony Blair said"): a role needs a
        // title word, an honorific or a comma right beside the name.
        guard mayHaveARole(nameRange, paragraph: paragraph) else { return [] }
        let tokens: [Token]
        if p < paragraphTokens.count, !paragraphTokens[p].isEmpty {
            tokens = paragraphTokens[p]
        } else {
            // Roles stand within a few words of the name: a window, not the paragraph.
            var start = max(paragraph.lowerBound, nameRange.lowerBound - 100)
            while start > paragraph.lowerBound, start < nameRange.lowerBound, !ScalarText.isWhitespace(s[start - 1]) { start += 1 }
            let end = min(paragraph.upperBound, nameRange.upperBound + 160)
            tokens = Tokenizer.tokens(s, start..<end, quotes: [])
        }
        let a = tokens.partitioningIndex { $0.range.lowerBound >= nameRange.lowerBound }
        var b = a
        while b < tokens.count, tokens[b].range.lowerBound < nameRange.upperBound { b += 1 }
        guard b > a else { return [] }
        return RoleReader(tokens: tokens).roles(around: a..<b)
    }

    /// "economy minister Heizo Takenaka", "Dr Erel Avineri", "Anais Faraj, an
    /// analyst at Nomura": a title or an office right before the name, or a
    /// role set off after it, says it is a person's.
    private func isTitled(_ nameRange: Range<Int>, paragraph: Range<Int>) -> Bool {
        if case .word(let w)? = Neighbours.before(s, nameRange.lowerBound, floor: paragraph.lowerBound),
           RoleReader.isRoleHead(w) || w.is(.honorific) { return true }
        guard case .mark(",")? = Neighbours.after(s, nameRange.upperBound, ceiling: paragraph.upperBound) else { return false }
        var i = nameRange.upperBound
        while i < paragraph.upperBound, s[i] != "," { i += 1 }
        guard case .word(let next)? = Neighbours.after(s, i + 1, ceiling: paragraph.upperBound) else { return false }
        return next.is(.determiner) && !next.isCapitalized || RoleReader.isRoleHead(next) || s[next.range.lowerBound].properties.numericType != nil
    }

    /// A title word or an office before the name, or a comma on either side of it.
    private func mayHaveARole(_ nameRange: Range<Int>, paragraph: Range<Int>) -> Bool {
        if case .mark(",")? = Neighbours.after(s, nameRange.upperBound, ceiling: paragraph.upperBound) { return true }
        switch Neighbours.before(s, nameRange.lowerBound, floor: paragraph.lowerBound) {
        case .mark(",")?: return true
        case .mark(".")?:
            // "Gov. Kristi Noem", "Lt. Col. Alexander Vindman": an office written short, with its period.
            var dot = nameRange.lowerBound
            while dot > paragraph.lowerBound, ScalarText.isWhitespace(s[dot - 1]) { dot -= 1 }
            dot -= 1
            guard case .word(let w)? = Neighbours.before(s, dot, floor: paragraph.lowerBound), w.range.upperBound == dot else { return false }
            return w.is(.honorific) || RoleReader.isRoleHead(w)
        case .word(let w)?:
            if RoleReader.isRoleHead(w) || w.is(.honorific) || w.is(.roleWord) || w.is(.nationality)
                || w.isCapitalized && !w.is(.capitalisedFunctionWord) { return true }
            // "Bath director of rugby Jack Rowell"
            guard !w.isCapitalized, case .word(let of)? = Neighbours.before(s, w.range.lowerBound, floor: paragraph.lowerBound) else { return false }
            return of.isWord("of", in: s)
        default: return false
        }
    }

    /// A name's part in its sentence, from the words around it: after a
    /// sentence's start, a conjunction or a comma it is a subject; after a
    /// preposition, a passing mention.
    func part(of run: ArraySlice<Token>, paragraph: Range<Int>) -> Cast.Appearance.Part {
        if run[run.endIndex - 1].isPossessive { return .possessive }
        var i = run[run.startIndex].range.lowerBound
        var stepped = 0
        var item = Neighbours.before(s, i, floor: paragraph.lowerBound)
        // Over a title before the name: "Birmingham manager Steve Bruce".
        while stepped < 5, case .word(let w)? = item, w.is(.occupation) || w.is(.roleWord) || w.is(.nationality)
                || (w.isCapitalized && !w.is(.capitalisedFunctionWord)) || (!w.isCapitalized && stepped > 0 && !w.is(.clauseBoundary)
                    && !w.is(.determiner) && !w.is(.preposition) && !w.is(.reportingVerb) && !w.looksLikeVerb(s)) {
            i = w.range.lowerBound
            stepped += 1
            item = Neighbours.before(s, i, floor: paragraph.lowerBound)
        }
        switch item {
        case nil:
            return .subject
        case .mark(let c)?:
            return c == "," || c == "." || c == "!" || c == "?" || c == ":" || c == ";" || c == "\"" || c == "\u{201C}"
                || c == "\u{201D}" || c == "(" || c == "\u{2014}" || c == "\u{2013}" ? .subject : .object
        case .word(let w)?:
            if w.is(.preposition) { return .oblique }
            if w.is(.reportingVerb) || w.is(.clauseOpener) || w.is(.clauseBoundary) && Lexicon.relativeWords.contains(w.lower(s))
                || w.is(.capitalisedFunctionWord) && w.isCapitalized { return .subject }
            return .object
        }
    }

    // MARK: Surnames and acronyms

    /// Every place a known person is named, in full or by surname alone.
    ///
    /// Each person's first and last words are hashed once, into a number
    /// for everyone named with them (`group`); what is asked of a name
    /// after that (its fullest form, who stands for its bearers) is read
    /// from arrays, and people are read in place rather than copied out.
    private func linkSurnames(_ runs: ArraySlice<ArraySlice<Token>>, in cast: inout Cast) {
        let count = cast.people.count
        var group = [Int](repeating: 0, count: count)
        var groups = [Cast.FirstAndLast: Int](minimumCapacity: count)
        var fullestOfGroup: [String] = []
        var byLast = [String: [Int]](minimumCapacity: count)
        // The first bytes and the lengths of the surnames (mod 64): most
        // capitalised words differ in one or the other, and are ruled out
        // before a String is hashed. A possessive's length is its bare word's
        // only once "'s" is cut, so it skips the length test.
        var initials: UInt64 = 0
        var lengths: UInt64 = 0
        for i in 0..<count {
            let key = Cast.FirstAndLast(first: cast.people[i].first, last: cast.people[i].last)
            if let g = groups[key] {
                group[i] = g
            } else {
                group[i] = fullestOfGroup.count
                groups[key] = fullestOfGroup.count
                fullestOfGroup.append("")
            }
            fullestOfGroup[group[i]].keepLonger(cast.people[i].name)
            let last = cast.people[i].last
            byLast[last, default: []].append(i)
            initials |= 1 << UInt64((last.utf8.first ?? 0) & 63)
            lengths |= 1 << UInt64(last.utf8.count & 63)
        }
        var fullest = [Cast.FirstAndLast: String](minimumCapacity: groups.count)
        for (key, g) in groups { fullest[key] = fullestOfGroup[g] }
        cast.fullest = fullest
        cast.bySurname = byLast
        // Each person's canonical name: the fullest form of their name.
        for i in 0..<count {
            let best = fullestOfGroup[group[i]]
            cast.people[i].canonical = best.utf8.count > cast.people[i].name.utf8.count ? best : cast.people[i].name
        }
        joinPartialNamesToTheWhole(in: &cast)
        joinPeersToTheirNames(in: &cast)
        // One person standing for everyone named alike (the first met), so
        // confidence is shared between them.
        var representative = [Int](repeating: -1, count: count)
        var representativeOfGroup = [Int](repeating: -1, count: fullestOfGroup.count)
        var confident = cast.people.map(\.confident)
        var bearers: [Int] = []   // by appearance, the representative of its person
        for run in runs {
            var part: Cast.Appearance.Part?
            var paragraph = 0
            for k in run.indices where run[k].isCapitalized {
                guard let initial = run[k].text.utf8.first, initials & (1 << UInt64(initial & 63)) != 0,
                      run[k].isPossessive || lengths & (1 << UInt64(run[k].text.utf8.count & 63)) != 0 else { continue }
                let word = run[k].isPossessive ? run[k].withoutPossessive.text : run[k].text
                guard let candidates = byLast[word] else { continue }
                let pos = run[k].range.lowerBound
                let chosen = candidates.last(where: { cast.people[$0].range.lowerBound <= pos }) ?? candidates.first!
                if representative[chosen] < 0 {
                    let g = group[chosen]
                    if representativeOfGroup[g] < 0 { representativeOfGroup[g] = chosen }
                    representative[chosen] = representativeOfGroup[g]
                    if cast.people[chosen].confident { confident[representative[chosen]] = true }
                }
                if part == nil {
                    paragraph = cast.paragraph(at: pos)
                    part = self.part(of: run, paragraph: paragraphs[paragraph])
                }
                // "Scott's company": a surname standing alone is a person's, not a title's.
                if run.count == 1 { confident[representative[chosen]] = true }
                bearers.append(representative[chosen])
                cast.appearances.append(Cast.Appearance(
                    range: run[k].range, key: .person(cast.people[chosen].canonical), gender: cast.people[chosen].gender,
                    part: run[k].isPossessive ? .possessive : part!, sentence: cast.sentences.sentence(at: pos),
                    paragraph: paragraph, isPersonLike: true))
            }
        }
        // Bodies were appended first; person appearances follow, in run order.
        let firstPerson = cast.appearances.count - bearers.count
        for (n, r) in bearers.enumerated() where confident[r] { cast.appearances[firstPerson + n].confident = true }
        for i in 0..<count where representative[i] >= 0 && confident[representative[i]] { cast.people[i].confident = true }
        cast.appearances.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Van Der Beek" → James Van Der Beek, "Eriksson Ek" → Joel Eriksson Ek,
    /// "De Miranda" → Luis de Miranda, "Te Kaurinui" → Te Kaurinui Robert
    /// Parata: a name of several words that ends or opens one longer name
    /// the article gives (the title's, often) is that person, though its
    /// first word is not theirs. Names of one word are the surname's business.
    private func joinPartialNamesToTheWhole(in cast: inout Cast) {
        let names = cast.people.map { " " + $0.canonical.lowercased() + " " }
        // Every word of a whole is a name's: not "Frankfurt-based Deutsche Boerse".
        let wholes = cast.people.map { p in
            p.canonical.split(separator: " ").allSatisfy { w in
                w.first?.isUppercase == true && !w.contains("-based") || Lexicon.nameParticles.contains(w.lowercased())
            }
        }
        for i in cast.people.indices where cast.people[i].first != cast.people[i].last {
            let part = names[i]
            var whole: String?
            // A name that opens a longer one is that person only when it does
            // not open with a given name: "Stan Lee" is not Stan Lee Media.
            let opens = WordClass.of(cast.people[i].first.lowercased()).isDisjoint(with: [.maleFirstName, .femaleFirstName])
            for j in cast.people.indices where wholes[j] && names[j].utf8.count > part.utf8.count
                && (names[j].hasSuffix(part) || opens && names[j].hasPrefix(part)) {
                guard whole == nil || whole == cast.people[j].canonical else { whole = nil; break }
                whole = cast.people[j].canonical
            }
            guard let whole else { continue }
            cast.people[i].canonical = whole
            cast.fullest[Cast.FirstAndLast(first: cast.people[i].first, last: cast.people[i].last)] = whole
        }
    }

    /// "Betty Boothroyd … Lady Boothroyd said": a peer's title and surname,
    /// in an article that gives one person's full name with that surname,
    /// is that person. Of two (Neil and Glenys Kinnock), the title's gender
    /// chooses; when it cannot, the peer stays a person of their own.
    private func joinPeersToTheirNames(in cast: inout Cast) {
        for i in cast.people.indices where Self.isPeerageTitle(cast.people[i].first) {
            let peer = cast.people[i]
            let people = cast.people
            let names = Set((cast.bySurname[peer.last] ?? []).lazy.map { people[$0] }.filter { p in
                p.first != p.last && !Self.isPeerageTitle(p.first)
                    && (p.gender == .unknown || peer.gender == .unknown || p.gender == peer.gender)
            }.map(\.canonical))
            guard names.count == 1, let name = names.first else { continue }
            cast.people[i].canonical = name
            cast.fullest[Cast.FirstAndLast(first: peer.first, last: peer.last)] = name
        }
    }

    /// "Lord", "Baroness": asked of every person's first word, so most are
    /// ruled out by their first letter before a lowercase copy is made.
    static func isPeerageTitle(_ word: String) -> Bool {
        guard let initial = word.utf8.first, initial == 0x4C || initial == 0x42 || initial == 0x56 || initial == 0x43 else { return false }
        return Lexicon.peerageTitles[word.lowercased()] != nil
    }

    /// "RAD" and "Royal Academy of Dance": an acronym whose letters are the
    /// initials of a body's name stands for that body.
    private func linkAcronyms(in cast: inout Cast) {
        guard cast.hasUnlinkedAcronyms else { return }
        let unlinked = cast.bodies.keys.filter { !$0.utf8.contains(0x20) && cast.acronyms[$0] == nil && Self.isAcronym($0) }
        guard !unlinked.isEmpty else { return }
        for name in cast.bodies.keys.sorted() where name.utf8.contains(0x20) {
            var initials = ""
            for word in name.wordsSeparatedBySpaces() where !Lexicon.titleJoiners.contains(word.lowercased()) && word != "the" && word != "&" {
                if let first = word.first { initials.append(first) }
            }
            if unlinked.contains(initials.uppercased()), cast.acronyms[initials.uppercased()] == nil {
                cast.acronyms[initials.uppercased()] = name
            }
        }
    }

    /// How many words a name has, and its first and last. The name is its
    /// tokens' texts joined with spaces, so an ASCII name's are read off its
    /// tokens rather than cut out of the joined name again; another is cut
    /// as `split(separator: " ")` cuts it.
    static func nameWords(_ np: NounPhrase, in words: ArraySlice<Token>) -> (count: Int, first: String, last: String)? {
        var name = np.name
        if let r = np.nameRange, name.withUTF8({ $0.allSatisfy { $0 < 0x80 } }),
           let a = words.firstIndex(where: { $0.range.lowerBound == r.lowerBound }),
           let b = words.lastIndex(where: { $0.range.upperBound == r.upperBound }) {
            return (b - a + 1, words[a].text, words[b].text)
        }
        return name.firstAndLastWordsBySpaces()
    }

    /// "Las Vegas", "New Hampshire", "Trump Tower": two capitalised words that
    /// name a place, not a person a later "he" could mean.
    static func looksLikeAPlace(_ words: ArraySlice<Token>, _ nameRange: Range<Int>) -> Bool {
        guard let first = words.first(where: { $0.range.lowerBound == nameRange.lowerBound }),
              let last = words.last(where: { $0.range.upperBound == nameRange.upperBound }) else { return false }
        return first.is(.placeFirstWord) && first.isCapitalized || last.is(.placeLastWord) && last.isCapitalized
    }

    /// NATO, BBC, FT: two or more capitals and nothing else.
    /// Asked of every word of every capitalised run, so an ASCII word is
    /// read in one pass over its bytes that stops at its first lowercase letter.
    static func isAcronym(_ text: String) -> Bool {
        var copy = text
        let ascii: Bool? = copy.withUTF8 { u in
            guard u.count >= 2 else { return false }
            for b in u {
                if b >= 0x80 { return nil }
                if b &- 0x41 >= 26 { return false }
            }
            return true
        }
        return ascii ?? text.unicodeScalars.allSatisfy(ScalarText.isUppercase)
    }
}
