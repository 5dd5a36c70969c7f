/// Reads an article's cast from its capitalised runs: who is a person (and
/// with what roles), what is a body, and every place each is named.
struct CastReader {
    let s: [Unicode.Scalar]
    let paragraphs: [Range<Int>]
    /// Each paragraph's full tokens where the attributor made them (empty elsewhere).
    let paragraphTokens: [[Token]]

    func read(_ runs: ArraySlice<ArraySlice<Token>>) -> Cast {
        var cast = Cast(sentences: SentenceIndex(s, paragraphs: paragraphs), paragraphs: paragraphs)
        var previousRunEnd = -1
        var previousName: String?
        for whole in runs {
          for run in Self.pieces(of: whole) {
            guard let first = run.first else { continue }
            defer { previousRunEnd = run.last!.range.upperBound }
            let p = cast.paragraph(at: first.range.lowerBound)
            let possessive = run.last!.isPossessive
            var words = run
            if possessive {
                var trimmed = Array(run)
                trimmed[trimmed.count - 1] = trimmed[trimmed.count - 1].withoutPossessive
                words = trimmed[...]
            }
            let part = self.part(of: run, paragraph: paragraphs[p])
            if words.count == 1 {
                // "(RAD)": an acronym given for the body just named.
                if let named = previousName, isAcronym(words.first!), previousRunEnd >= 0,
                   s[previousRunEnd..<first.range.lowerBound].contains("(") {
                    cast.acronyms[words.first!.text] = named
                }
                previousName = nil
                if let person = mononym(words.first!, paragraph: paragraphs[p]) {
                    add(person, to: &cast)
                    continue
                }
                // A lone capitalised word is a name only as a body: "the Kremlin", "NATO".
                let w = words.first!
                guard w.is(.organisationWord) || isAcronym(w), !w.is(.capitalisedFunctionWord) else { continue }
                addBody(Self.bodyName(w.text), range: w.range, part: part, paragraph: p, to: &cast)
                continue
            }
            guard let np = NounPhrase.make(words), np.form == .name, let nameRange = np.nameRange else { previousName = nil; continue }
            previousName = np.isOrganisation ? Self.bodyName(np.name) : nil
            if np.isOrganisation || words.first.map(isAcronym) == true && words.count == 2 {
                addBody(Self.bodyName(np.name), range: nameRange, part: part, paragraph: p, to: &cast)
                previousName = Self.bodyName(np.name)
                continue
            }
            guard let (count, firstWord, lastWord) = np.name.firstAndLastWordsBySpaces(), count >= 2, count <= 4,
                  !Self.looksLikeAPlace(first: firstWord, last: lastWord) else { continue }
            if namesABody(run, paragraph: paragraphs[p]) {
                addBody(Self.bodyName(np.name), range: nameRange, part: part, paragraph: p, to: &cast)
                previousName = Self.bodyName(np.name)
                continue
            }
            var roles = readRoles(around: nameRange, paragraph: p)
            if roles.isEmpty, let role = np.role, np.tokens.contains(where: { RoleReader.isRoleHead($0) }) {
                roles.append(Cast.Role(text: role, range: np.range.lowerBound..<nameRange.lowerBound))
            }
            let nameFirst = words.first { $0.range.lowerBound == nameRange.lowerBound }
            let confident = np.hasHonorific || !roles.isEmpty || nameFirst.map { $0.is(.maleFirstName) || $0.is(.femaleFirstName) } == true
                || followedByAReport(nameRange.upperBound, paragraph: paragraphs[p])
            let person = Cast.Person(name: np.name, first: firstWord, last: lastWord, gender: np.gender, range: nameRange,
                                     roles: roles, confident: confident)
            add(person, to: &cast)
          }
        }
        linkSurnames(runs, in: &cast)
        linkAcronyms(in: &cast)
        return cast
    }

    /// "Culture Secretary Tessa Jowell and Deputy Prime Minister John
    /// Prescott": a run that joins two names with "and" is two runs; "Trade
    /// and Industry Secretary" is one.
    static func pieces(of run: ArraySlice<Token>) -> [ArraySlice<Token>] {
        guard run.count >= 5, let and = run.firstIndex(where: { !$0.isCapitalized && $0.lower == "and" }),
              and - run.startIndex >= 2, run.endIndex - and >= 3, !run[and - 1].is(.roleWord) else { return [run] }
        return [run[..<and]] + pieces(of: run[(and + 1)...])
    }

    /// Its appearances are found with every other mention of its surname.
    private func add(_ person: Cast.Person, to cast: inout Cast) {
        cast.people.append(person)
    }

    private func addBody(_ name: String, range: Range<Int>, part: Cast.Appearance.Part, paragraph: Int, to cast: inout Cast) {
        if cast.bodies[name] == nil { cast.bodies[name] = range }
        cast.appearances.append(Cast.Appearance(range: range, key: .organisation(name), gender: .unknown, part: part,
                                                sentence: cast.sentences.sentence(at: range.lowerBound), paragraph: paragraph,
                                                isPersonLike: false))
    }

    /// "The Kremlin" → "Kremlin".
    static func bodyName(_ name: String) -> String {
        name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }

    /// NATO, BBC, FT: two or more capitals and nothing else.
    func isAcronym(_ t: Token) -> Bool {
        t.text.utf8.count >= 2 && t.text.unicodeScalars.allSatisfy(ScalarText.isUppercase)
    }

    // MARK: Persons and bodies

    /// "Model Caprice": one capitalised word after a job is a person known by one name.
    private func mononym(_ w: Token, paragraph: Range<Int>) -> Cast.Person? {
        guard !w.is(.capitalisedFunctionWord), !w.is(.organisationWord), !isAcronym(w), !w.is(.roleWord), !w.is(.occupation),
              case .word(let before)? = Neighbours.before(s, w.range.lowerBound, floor: paragraph.lowerBound),
              before.is(.occupation), !before.lower.hasSuffix("s") || before.lower == "boss" else { return nil }
        if case .word(let after)? = Neighbours.after(s, w.range.upperBound, ceiling: paragraph.upperBound), after.isCapitalized { return nil }
        let role = Cast.Role(text: before.text, range: before.range)
        let gender: Lexicon.Gender = w.is(.femaleFirstName) ? .female : w.is(.maleFirstName) ? .male : .unknown
        return Cast.Person(name: w.text, first: w.text, last: w.text, gender: gender, range: w.range, roles: [role], confident: true)
    }

    /// "Rolling Stone magazine", "the programme Go Digital", "the Royal Ballet",
    /// "security firm Sophos": a capitalised run that names a work or a body.
    private func namesABody(_ run: ArraySlice<Token>, paragraph: Range<Int>) -> Bool {
        if !run.last!.isPossessive, case .word(let after)? = Neighbours.after(s, run.last!.range.upperBound, ceiling: paragraph.upperBound),
           !after.isCapitalized, Lexicon.workAndBodyNouns.contains(after.lower) { return true }
        guard case .word(let before)? = Neighbours.before(s, run.first!.range.lowerBound, floor: paragraph.lowerBound) else { return false }
        if !before.isCapitalized, Lexicon.bodyKinds.contains(before.lower) || Lexicon.workAndBodyNouns.contains(before.lower) { return true }
        // "the Royal Ballet" (but "the late John Peel" has a word between).
        return (before.lower == "the" || before.lower == "a") && !run.first!.is(.roleWord) && !run.first!.is(.honorific)
            && !(run.first!.is(.maleFirstName) || run.first!.is(.femaleFirstName))
    }

    /// "…," said Heizo Takenaka / Sergei Oganesyan told: a name followed by
    /// a report is someone speaking.
    private func followedByAReport(_ end: Int, paragraph: Range<Int>) -> Bool {
        guard case .word(let after)? = Neighbours.after(s, end, ceiling: paragraph.upperBound) else { return false }
        return after.is(.reportingVerb) && !after.isCapitalized
    }

    /// The roles the text gives the name at `nameRange`, read from the
    /// paragraph's tokens (or a window of them).
    private func readRoles(around nameRange: Range<Int>, paragraph p: Int) -> [Cast.Role] {
        let paragraph = paragraphs[p]
        let tokens: [Token]
        if p < paragraphTokens.count, !paragraphTokens[p].isEmpty {
            tokens = paragraphTokens[p]
        } else {
            var start = max(paragraph.lowerBound, nameRange.lowerBound - 160)
            while start > paragraph.lowerBound, start < nameRange.lowerBound, !ScalarText.isWhitespace(s[start - 1]) { start += 1 }
            let end = min(paragraph.upperBound, nameRange.upperBound + 240)
            tokens = Tokenizer.tokens(s, start..<end, quotes: [])
        }
        guard let a = tokens.firstIndex(where: { $0.range.lowerBound >= nameRange.lowerBound }),
              let b = tokens[a...].firstIndex(where: { $0.range.lowerBound >= nameRange.upperBound }) ?? Optional(tokens.count),
              b > a else { return [] }
        return RoleReader(tokens: tokens).roles(around: a..<b)
    }

    /// A name's part in its sentence, from the words around it: after a
    /// sentence's start, a conjunction or a comma it is a subject; after a
    /// preposition, a passing mention.
    func part(of run: ArraySlice<Token>, paragraph: Range<Int>) -> Cast.Appearance.Part {
        if run.last!.isPossessive { return .possessive }
        var i = run.first!.range.lowerBound
        var stepped = 0
        var item = Neighbours.before(s, i, floor: paragraph.lowerBound)
        // Over a title before the name: "Birmingham manager Steve Bruce".
        while stepped < 5, case .word(let w)? = item, w.is(.occupation) || w.is(.roleWord) || w.is(.nationality)
                || (w.isCapitalized && !w.is(.capitalisedFunctionWord)) || (!w.isCapitalized && stepped > 0 && !w.is(.clauseBoundary)
                    && !w.is(.determiner) && !Lexicon.prepositions.contains(w.lower) && !w.is(.reportingVerb) && !w.looksLikeVerb) {
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
            if Lexicon.prepositions.contains(w.lower) { return .oblique }
            if w.is(.reportingVerb) || Lexicon.clauseOpeners.contains(w.lower) || Lexicon.relativeWords.contains(w.lower)
                || w.is(.capitalisedFunctionWord) && w.isCapitalized { return .subject }
            return .object
        }
    }

    // MARK: Surnames and acronyms

    /// Every place a known person is named, in full or by surname alone.
    private func linkSurnames(_ runs: ArraySlice<ArraySlice<Token>>, in cast: inout Cast) {
        let people = cast.people
        var fullest: [Cast.FirstAndLast: String] = [:]
        fullest.reserveCapacity(people.count)
        for p in people { fullest[Cast.FirstAndLast(first: p.first, last: p.last), default: ""].keepLonger(p.name) }
        cast.fullest = fullest
        var byLast: [String: [Int]] = [:]
        byLast.reserveCapacity(people.count)
        for i in people.indices { byLast[people[i].last, default: []].append(i) }
        cast.bySurname = byLast
        // The first bytes and the lengths of the surnames (mod 64): most
        // capitalised words differ in one or the other, and are ruled out
        // before a String is hashed. A possessive's length is its bare word's
        // only once "'s" is cut, so it skips the length test.
        var initials: UInt64 = 0
        var lengths: UInt64 = 0
        for p in people {
            initials |= 1 << UInt64((p.last.utf8.first ?? 0) & 63)
            lengths |= 1 << UInt64(p.last.utf8.count & 63)
        }
        var keys = [String?](repeating: nil, count: people.count)
        var alone = Set<String>()
        for run in runs {
            var part: Cast.Appearance.Part?
            var paragraph = 0
            for k in run.indices where run[k].isCapitalized {
                guard let initial = run[k].text.utf8.first, initials & (1 << UInt64(initial & 63)) != 0,
                      run[k].isPossessive || lengths & (1 << UInt64(run[k].text.utf8.count & 63)) != 0 else { continue }
                let word = run[k].isPossessive ? run[k].withoutPossessive.text : run[k].text
                guard let candidates = byLast[word] else { continue }
                let pos = run[k].range.lowerBound
                let chosen = candidates.last(where: { people[$0].range.lowerBound <= pos }) ?? candidates.first!
                let key: String
                if let known = keys[chosen] {
                    key = known
                } else {
                    let p = people[chosen]
                    let best = fullest[Cast.FirstAndLast(first: p.first, last: p.last)]!
                    key = best.utf8.count > p.name.utf8.count ? best : p.name
                    keys[chosen] = key
                }
                if part == nil {
                    paragraph = cast.paragraph(at: pos)
                    part = self.part(of: run, paragraph: paragraphs[paragraph])
                }
                // "Scott's company": a surname standing alone is a person's, not a title's.
                if run.count == 1 { alone.insert(key) }
                cast.appearances.append(Cast.Appearance(
                    range: run[k].range, key: .person(key), gender: people[chosen].gender,
                    part: run[k].isPossessive ? .possessive : part!, sentence: cast.sentences.sentence(at: pos),
                    paragraph: paragraph, isPersonLike: true))
            }
        }
        cast.appearances.sort { $0.range.lowerBound < $1.range.lowerBound }
        for i in cast.people.indices where !cast.people[i].confident && alone.contains(cast.canonicalName(cast.people[i].name)) {
            cast.people[i].confident = true
        }
    }

    /// "RAD" and "Royal Academy of Dance": an acronym whose letters are the
    /// initials of a body's name stands for that body.
    private func linkAcronyms(in cast: inout Cast) {
        var byInitials: [String: String] = [:]
        for name in cast.bodies.keys.sorted() {
            let initials = name.split(separator: " ")
                .filter { !["of", "and", "for", "the", "&"].contains($0.lowercased()) }
                .compactMap(\.first).map(String.init).joined()
            if initials.count >= 2, initials != name { byInitials[initials.uppercased()] = name }
        }
        for (acronym, _) in cast.bodies where acronym.count >= 2 && acronym.allSatisfy({ $0.isUppercase }) {
            if cast.acronyms[acronym] == nil, let full = byInitials[acronym] { cast.acronyms[acronym] = full }
        }
    }

    /// "Las Vegas", "New Hampshire", "Trump Tower": two capitalised words that
    /// name a place, not a person a later "he" could mean.
    static func looksLikeAPlace(first: String, last: String) -> Bool {
        Lexicon.placeFirstWords.contains(first) || Lexicon.placeLastWords.contains(last)
    }
}
