/// The words that name a quote's source, as they stand in the text, and
/// what they are made of: a name, a role, a pronoun, or a description.
struct NounPhrase {
    enum Form: Equatable {
        /// "Sergey Lavrov", "Mr Lavrov", "the Kremlin", "The New York Post".
        case name
        /// "he", "she", "they", "it".
        case pronoun
        /// "the minister", "Russia's top diplomat", "a source".
        case description
    }

    var tokens: ArraySlice<Token>
    var form: Form
    /// The name without titles and honorifics ("Sergey Lavrov"), for `.name`.
    var name: String
    /// Words before the name that say what the person is ("Russian Foreign
    /// Minister"), or an appositive ("a Democratic pollster").
    var role: String?
    /// Implied by an honorific or a pronoun.
    var gender: Lexicon.Gender
    /// "Mr", "Ms"…: tells a person from an organisation.
    var hasHonorific: Bool
    /// Set by `make`: a name that names a body (see `isOrganisation`).
    var organisational = false
    /// For `.name`, where the name's own words stand (titles and honorific aside).
    var nameRange: Range<Int>?

    var range: Range<Int> { tokens.first!.range.lowerBound..<tokens.last!.range.upperBound }
    var lastWord: String { name.split(separator: " ").last.map(String.init) ?? name }

    /// Reads the shape of a phrase already cut out of a sentence.
    ///
    /// Every capitalised run of an article comes through here, so the word
    /// lists below are asked as WordClass bits on the tokens (looked up once,
    /// when the token was made) rather than as Set or array lookups of Strings.
    static func make(_ tokens: ArraySlice<Token>) -> NounPhrase? {
        guard let first = tokens.first else { return nil }
        if tokens.count == 1, first.isWord {
            if first.is(.personalPronoun), let gender = Lexicon.personalPronouns[first.lower] {
                return NounPhrase(tokens: tokens, form: .pronoun, name: gender == .male ? "he" : "she", role: nil, gender: gender, hasHonorific: false)
            }
            if first.is(.groupPronoun) || first.is(.firstPersonPronoun) {
                return NounPhrase(tokens: tokens, form: .pronoun, name: first.lower, role: nil, gender: .unknown, hasHonorific: false)
            }
            // "the Frenchman said", "the American added": a nationality is a description, not a name.
            if first.is(.nationality), first.isCapitalized {
                return NounPhrase(tokens: tokens, form: .description, name: first.text, role: nil, gender: .unknown, hasHonorific: false)
            }
            // "Critics said", "Officials warned", "Prosecutors accused him": a
            // plural common noun opening the sentence names nobody.
            if first.isCapitalized, Self.isPluralOfPeople(first) {
                return NounPhrase(tokens: tokens, form: .description, name: first.lower, role: nil, gender: .unknown, hasHonorific: false)
            }
        }
        // The phrase's words: the tokens themselves when they are all words
        // (a capitalised run always is), not copies of them in a new array.
        var words = tokens.allSatisfy(\.isWord) ? tokens : ArraySlice(tokens.filter(\.isWord))
        guard !words.isEmpty else { return nil }
        let wordsStart = words.startIndex
        // "Jeffrey Lewis of the James Martin Center": the person is the head,
        // what follows the preposition is an affiliation.
        var affiliation: String?
        if let cut = words.indices.first(where: { i in
            words[i].is(.affiliationPreposition) && i > wordsStart
                && words[..<i].contains { $0.isCapitalized && !$0.is(.roleWord)
                    && !$0.is(.capitalisedFunctionWord) && !$0.is(.organisationWord) }
                && words[i - 1].isCapitalized && !words[i - 1].is(.roleWord)
                // "Royal Academy of Dance", "Association of Automobile Manufacturers
                // of South Africa": a body's name goes on past "of" while its words
                // are a name's ("Rangers manager Alex McLeish of …" is a person's).
                && !words[..<i].indices.contains { k in
                    words[k].is(.organisationWord) && words[(k + 1)..<i].allSatisfy {
                        $0.isCapitalized && !$0.is(.maleFirstName) && !$0.is(.femaleFirstName) || $0.is(.titleJoiner)
                    }
                }
        }) {
            affiliation = Self.joinedText(words[cut...])
            words = words[..<cut]
        }
        // "Café owners in Zürich": a common noun before a preposition heads the phrase.
        if let cut = words.firstIndex(where: { $0.is(.placePreposition) }), cut > wordsStart,
           !words[cut - 1].isCapitalized, !words[cut - 1].is(.roleWord), !words[cut - 1].is(.unnamedSourceHead),
           words[cut - 1].lower.hasSuffix("s") {
            return NounPhrase(tokens: tokens, form: .description, name: descriptionText(words), role: nil, gender: .unknown, hasHonorific: false)
        }
        // "a spokesman for Michael Howard" is the spokesman, not Mr Howard.
        if let cut = words.firstIndex(where: { $0.is(.agentPreposition) }), cut > wordsStart,
           words[..<cut].contains(where: { !$0.isCapitalized && ($0.is(.unnamedSourceHead) || $0.is(.roleWord)) }),
           !words[..<cut].contains(where: { $0.isCapitalized && !$0.is(.roleWord) && !$0.is(.capitalisedFunctionWord) }) {
            return NounPhrase(tokens: tokens, form: .description, name: descriptionText(words), role: nil, gender: .unknown, hasHonorific: false)
        }
        // "China's ambassador to Britain", "The authors of the research published
        // in the journal JAMA Psychiatry": a common noun heads the phrase before
        // its first preposition; the name after it says where or whose, and
        // the phrase is a description. ("chief executive of Tesco Terry Leahy",
        // "ambassador to Britain Liu Xiaming" name the person after the body.)
        if let cut = words.firstIndex(where: { $0.is(.preposition) && !$0.isCapitalized }), cut > wordsStart,
           !words[cut - 1].isCapitalized, !words[cut - 1].isPossessive,
           words[wordsStart..<cut].indices.allSatisfy({ k in
               !words[k].isCapitalized || words[k].isPossessive || k == wordsStart && words[k].is(.determiner)
           }),
           !words[(cut + 1)...].contains(where: { $0.is(.maleFirstName) || $0.is(.femaleFirstName) }),
           // "China's ambassador to Britain Liu Xiaming", "master of ceremonies
           // Asab Al-Tabchi": a run of capitalised words after a noun is a person.
           Self.trailingRunIsAPlace(words[(cut + 1)...]) {
            return NounPhrase(tokens: tokens, form: .description, name: descriptionText(words), role: nil, gender: .unknown, hasHonorific: false)
        }
        // "the Royal Academy of Dance", "Bank of England", "Department for
        // Transport": a body's name goes on past "of" and "for".
        if let k = words.firstIndex(where: { $0.is(.organisationWord) && $0.isCapitalized }), k + 2 < words.endIndex,
           words[k + 1].is(.titleJoiner), !words[k + 1].isCapitalized, words[(k + 2)...].allSatisfy({ $0.isCapitalized || $0.is(.titleJoiner) }),
           words.last!.isCapitalized, !words.last!.isPossessive {
            let start = words[..<k].lastIndex { !$0.isCapitalized || $0.is(.capitalisedFunctionWord) || $0.is(.roleWord) }.map { $0 + 1 } ?? wordsStart
            let body = words[start...]
            var phrase = NounPhrase(tokens: tokens, form: .name, name: joinedText(body), role: nil, gender: .unknown, hasHonorific: false)
            phrase.organisational = true
            phrase.nameRange = body.first!.range.lowerBound..<body.last!.range.upperBound
            return phrase
        }
        // The name: the trailing run of capitalised words that are not titles.
        var nameStart = words.endIndex
        var i = words.endIndex - 1
        while i >= wordsStart {
            let w = words[i]
            let connector = w.is(.nameParticle) && i + 1 < words.endIndex && i > wordsStart && words[i - 1].isCapitalized
            guard (w.isCapitalized && !w.isPossessive) || connector else { break }
            if w.is(.roleWord) || w.is(.honorific) { break }
            if w.is(.capitalisedFunctionWord) { break }
            // "Writer Tony Cowell", "American Serena Williams", "Said Williams":
            // a job, a nationality or a reporting verb before a name is not in it.
            // "Again Roddick", "Instead Smith": an adverb opening the sentence neither.
            // "British Airways", "the European Commission": a body's name keeps its nationality.
            if i < words.endIndex - 1, !w.is(.maleFirstName), !w.is(.femaleFirstName),
               w.is(.occupation) || w.is(.nationality) && !Lexicon.corporateWords.contains(words[words.endIndex - 1].lower)
                || w.is(.reportingVerb) && !w.lower.hasSuffix("ing")
                || w.is(.adverbial) || w.is(.clauseBoundary) { break }
            nameStart = i
            i -= 1
        }
        // "Fellow Lib Dem Norman Baker": a given name after words that are not
        // one starts the name; what comes before it is a title.
        if words.endIndex - nameStart >= 3 {
            for k in (nameStart + 1)..<(words.endIndex - 1) where words[k].is(.maleFirstName) || words[k].is(.femaleFirstName) {
                let before = words[k - 1]
                if before.is(.maleFirstName) || before.is(.femaleFirstName) || before.is(.nameParticle) || before.text.hasSuffix(".")
                    || before.text.utf8.count == 1 { break }
                nameStart = k
                break
            }
        }
        var honorific = false
        var gender = Lexicon.Gender.unknown
        if nameStart > wordsStart, words[nameStart - 1].is(.honorific), let g = Lexicon.honorifics[words[nameStart - 1].lower] {
            honorific = true
            gender = g
        }
        var nameTokens = words[nameStart...]
        // The words the name is written with, trimmed below.
        var nameWordTokens = nameTokens
        // "on Twitter Tuesday": a day or month closing a name is a date.
        // (Only a day or month: "The New York Post" keeps its "Post".)
        while nameWordTokens.count > 1, nameWordTokens.last!.is(.timeWord), Lexicon.daysAndMonths.contains(nameWordTokens.last!.lower) {
            nameWordTokens.removeLast()
        }
        // "the Frenchman", "the American": a nationality alone describes someone, it names nobody.
        if nameWordTokens.count == 1, nameWordTokens.first!.is(.nationality), !nameWordTokens.first!.is(.maleFirstName),
           !nameWordTokens.first!.is(.femaleFirstName) {
            return NounPhrase(tokens: tokens, form: .description, name: descriptionText(words), role: nil, gender: .unknown, hasHonorific: false)
        }
        // "ambassador to Britain Liu Xiaoming": a country before a full name is part of the role.
        if nameWordTokens.count >= 3, nameWordTokens.first!.is(.country) { nameWordTokens.removeFirst() }
        // The role: titles right before the name ("Russian Foreign Minister",
        // "the economist"), not whatever prose the phrase swept up.
        var roleStart = honorific ? nameStart - 1 : nameStart
        while roleStart > wordsStart {
            let w = words[roleStart - 1]
            // "Said Wales assistant coach Scott Johnson:": the verb opening the sentence is no title.
            if w.is(.reportingVerb), !w.is(.roleWord) { break }
            let title = w.isCapitalized || w.is(.roleWord)
            let joins = w.is(.titleJoiner) && roleStart - 2 >= wordsStart
                && (words[roleStart - 2].isCapitalized || words[roleStart - 2].is(.roleWord))
            guard title || joins else { break }
            roleStart -= 1
        }
        var roleTokens = words[roleStart..<(honorific ? nameStart - 1 : nameStart)]
        if nameWordTokens.isEmpty {
            // All capitalised titles ("the Liberal Democrats", "the White House"): a group's name.
            let caps = words.drop { !$0.isCapitalized || $0.is(.capitalisedFunctionWord) }
            if !caps.isEmpty, caps.allSatisfy({ $0.isCapitalized && !$0.isPossessive }) {
                nameWordTokens = caps
                nameTokens = caps
                roleTokens = roleTokens[roleTokens.endIndex...]
            } else {
                return NounPhrase(tokens: tokens, form: .description, name: descriptionText(words), role: nil,
                                  gender: .unknown, hasHonorific: false)
            }
        }
        if let firstName = nameWordTokens.first, gender == .unknown, nameWordTokens.count > 1 {
            if firstName.is(.femaleFirstName) { gender = .female }
            else if firstName.is(.maleFirstName) { gender = .male }
        }
        while let r = roleTokens.first, r.is(.determiner) || r.is(.capitalisedFunctionWord) && !r.is(.roleWord) {
            roleTokens.removeFirst()
        }
        // "Iowa State University's Dianne Bystrom": an owner, not a title; "Holland
        // and Ferguson", "John Prescott and Alan Milburn": another name, not a title.
        if let r = roleTokens.last, r.isPossessive || r.lower == "and" || r.lower == "or" { roleTokens = roleTokens[roleTokens.endIndex...] }
        var role = roleTokens.isEmpty ? nil : Self.joinedText(roleTokens)
        if let affiliation { role = role.map { $0 + " " + affiliation } ?? affiliation }
        // "Lord Goldsmith said …", "Baroness Morgan": a peer named by title and
        // surname alone is known by both. "Goldsmith" alone names nobody in
        // particular, and across a library "Lord Butler" must not join Kathy Butler.
        if nameWordTokens.count == 1, nameWordTokens.startIndex == nameStart, nameStart > wordsStart,
           words[nameStart - 1].isCapitalized, CastReader.isPeerageTitle(words[nameStart - 1].text),
           let title = Lexicon.peerageTitles[words[nameStart - 1].lower] {
            if roleTokens.last?.range == words[nameStart - 1].range { roleTokens.removeLast() }
            role = roleTokens.isEmpty ? nil : Self.joinedText(roleTokens)
            // "Lord Nicholls of Birkenhead": the place is the rest of the title, not an affiliation.
            if let affiliation, !Self.isTerritorialDesignation(affiliation) { role = role.map { $0 + " " + affiliation } ?? affiliation }
            var phrase = NounPhrase(tokens: tokens, form: .name, name: Self.joinedText(words[(nameStart - 1)...nameStart]), role: role,
                                    gender: title, hasHonorific: true)
            phrase.nameRange = words[nameStart - 1].range.lowerBound..<nameWordTokens.first!.range.upperBound
            return phrase
        }
        var phrase = NounPhrase(tokens: tokens, form: .name, name: Self.joinedText(nameWordTokens), role: role,
                                gender: gender, hasHonorific: honorific)
        phrase.nameRange = nameWordTokens.first!.range.lowerBound..<nameWordTokens.last!.range.upperBound
        // "Liam Fox", "Kate House": a given name before a word that can name a
        // body ("Fox News") makes a person's name.
        let givenName = nameWordTokens.count >= 2 && (nameWordTokens.first!.is(.maleFirstName) || nameWordTokens.first!.is(.femaleFirstName))
            && !nameWordTokens.dropFirst().contains { $0.is(.organisationWord) && Lexicon.corporateWords.contains($0.lower) }
        phrase.organisational = !givenName && nameTokens.contains { $0.is(.organisationWord) }
            || (nameWordTokens.count == 1 && nameWordTokens.first!.text.utf8.count >= 2
                && nameWordTokens.first!.text.unicodeScalars.allSatisfy(ScalarText.isUppercase))
            || Self.namesAParty(nameWordTokens)
        return phrase
    }

    /// "of Birkenhead", "of Lairg": "of" and capitalised words, the place a peer takes a title from.
    static func isTerritorialDesignation(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && words[0] == "of" && words.dropFirst().allSatisfy { $0.first?.isUppercase == true }
    }

    /// "The Tories say Labour is acting too late while the Lib Dems say…": a
    /// party's name is a body, not a person. Only a plural ("Tories",
    /// "Liberal Democrats") or "Labour": "Green" alone may be Mr Green.
    static func namesAParty(_ words: ArraySlice<Token>) -> Bool {
        guard let last = words.last, words.allSatisfy({ $0.is(.partyWord) }) else { return false }
        return last.lower == "labour" || last.lower.hasSuffix("s")
    }

    /// "Officials", "Critics", "Campaigners", "Prosecutors": people of a kind,
    /// in the plural. Only the plural: "Major" or "Judge" alone may be a surname;
    /// and not a party's members ("Democrats", "Tories"), which name a party.
    /// Whether the capitalised words ending `words` (after a preposition)
    /// are one word, or two that follow the preposition or a determiner
    /// straight away: "to Britain", "from the United States", not "of
    /// ceremonies Asab Al-Tabchi" nor "to Britain Liu Xiaming".
    static func trailingRunIsAPlace(_ words: ArraySlice<Token>) -> Bool {
        let run = words.reversed().prefix(while: { $0.isCapitalized }).count
        guard run > 1 else { return true }
        guard run == 2 else { return false }
        let before = words.endIndex - run - 1
        return before < words.startIndex || words[before].is(.determiner) || words[before].is(.preposition)
    }

    static func isPluralOfPeople(_ t: Token) -> Bool {
        let lower = t.lower
        guard lower.utf8.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !t.is(.partyWord) else { return false }
        if t.is(.unnamedSourceHead) { return true }
        let people: WordClass = [.unnamedSourceHead, .occupation, .roleWord]
        return !WordClass.of(String(lower.dropLast())).isDisjoint(with: people)
    }

    /// `tokens.map(\.text).joined(separator: " ")`, without the array of
    /// Strings between: every capitalised run of an article has its name
    /// and role joined here.
    static func joinedText(_ tokens: ArraySlice<Token>) -> String {
        guard let first = tokens.first else { return "" }
        if tokens.count == 1 { return first.text }
        var length = tokens.count - 1
        for t in tokens { length += t.text.utf8.count }
        // Bytes copied into the new String's storage: `append` cost more
        // than the rest of a name's reading.
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            var separate = false
            for t in tokens {
                if separate { out[n] = 0x20; n += 1 }
                separate = true
                let copied: Void? = t.text.utf8.withContiguousStorageIfAvailable { bytes in
                    for b in bytes { out[n] = b; n += 1 }
                }
                if copied == nil { for b in t.text.utf8 { out[n] = b; n += 1 } }
            }
            return n
        }
    }

    /// "the minister" → "minister"; "a source" → "a source" (kept whole: it
    /// names nobody, and the article's own words say so best).
    static func descriptionText(_ words: ArraySlice<Token>) -> String {
        // A word's `lower` is its text lowercased.
        joinedText(words.first?.lower == "the" ? words.dropFirst() : words)
    }

    static func descriptionText(_ words: [Token]) -> String { descriptionText(words[...]) }

    /// A body, not a person: a name with an organisation word in it ("the
    /// Kremlin", "The New York Post"), or an acronym (NATO, GMTV).
    var isOrganisation: Bool { form == .name && !hasHonorific && organisational }
}
