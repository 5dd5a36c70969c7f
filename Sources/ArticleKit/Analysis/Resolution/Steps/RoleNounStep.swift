/// "the foreign secretary", "Russia's top diplomat", "the economy minister"
/// → the person the article gives that role ("Jack Straw, the foreign
/// secretary", "Russian Foreign Minister Sergey Lavrov"), before the mention
/// or, failing that, after it. A definite description of a person no role
/// matches ("the striker", "the director") means the most salient person,
/// as a pronoun would, and gives them that role.
struct RoleNounStep: ResolutionStep {
    let step = Resolution.Step.roleNoun

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .description else { return nil }
        let words = mention.tokens.filter(\.isWord)
        // "China's ambassador to Britain": the head comes before any preposition.
        let core = Array(words.prefix { !$0.is(.descriptionPreposition) && !$0.is(.descriptionCorePreposition) })
        guard let headToken = core.last, RoleReader.isRoleHead(headToken) || headToken.is(.nationality)
                || Lexicon.roleSynonyms[headToken.lower] != nil || Self.isAge(headToken) else { return nil }
        let head = headToken.lower
        var possessor: String?
        if let first = core.first, first.isPossessive { possessor = first.withoutPossessive.lower }
        let modifiers = core.dropFirst(possessor == nil ? 0 : 1).map(\.lower).filter { !Lexicon.determiners.contains($0) }
        let phrase = modifiers.joined(separator: " ")
        // "the minister" may be any minister; "the prime minister" only that one.
        var offices = [phrase] + (Lexicon.roleSynonyms[phrase] ?? [])
        if modifiers.count <= 1 { offices += [head] + (Lexicon.roleSynonyms[head] ?? []) }
        // Each office's words, cut once for all the roles they are looked for in.
        let officeWords = offices.map { $0.wordsSeparatedBySpaces() }
        let position = mention.range.lowerBound
        let cast = resolver.cast
        let indefinite = core.first.map { Self.indefiniteDeterminers.contains($0.lower) } ?? false
        // By index, person and role: read in place, not copied out.
        var before: (person: Int, role: Int)?
        var after: (person: Int, role: Int)?
        for n in cast.people.indices {
            for r in cast.people[n].roles.indices {
                let words = resolver.roleWords[n][r]
                guard officeWords.contains(where: words.containsRun),
                      Self.qualifiedAlike(words, modifiers) else { continue }
                if let owner = possessor {
                    let demonym = Lexicon.demonyms[owner] ?? owner
                    guard words.contains(where: { $0 == demonym || $0 == owner || $0 == owner + "'s" }) else { continue }
                }
                // "a spokesman said" brings somebody new into the story: an
                // indefinite is a known person only where it stands beside the
                // name as that person's role ("Marc Ostwald, a strategist at
                // Monument Securities, told Reuters").
                if indefinite, !cast.people[n].roles[r].range.overlaps(mention.range) { continue }
                if cast.people[n].range.lowerBound <= position { before = (n, r) } else if after == nil { after = (n, r) }
            }
        }
        if let (n, r) = before ?? after {
            let p = cast.people[n]
            let role = p.roles[r]
            // "Russian Foreign Minister Sergey Lavrov": the role with the name it was given to.
            let evidence = abs(role.range.lowerBound - p.range.lowerBound) < 200
                ? min(role.range.lowerBound, p.range.lowerBound)..<max(role.range.upperBound, p.range.upperBound) : role.range
            return Resolved(key: .person(p.canonical), evidence: evidence, gender: p.gender)
        }
        // "the striker", "the director", "Scotland's justice minister": a
        // definite description of a person.
        // Only an office the article could mean one way: "The Tory co-chairman"
        // names a party's office, and nobody named so stays unnamed.
        // "the charity's director" is the charity's, whoever is salient.
        guard let first = core.first, first.lower == "the" || first.isCapitalized && first.isPossessive,
              isPersonNoun(headToken), !core.dropFirst().dropLast().contains(where: { $0.isCapitalized || $0.isPossessive }) else { return nil }
        // "Sanders’ campaign manager": a person's aide is neither that person
        // nor whoever else is salient; nobody named so stays unnamed.
        if first.isPossessive, cast.bySurname[first.withoutPossessive.text] != nil { return nil }
        // Nobody whose known roles say otherwise: "the shadow chancellor" is not
        // the man introduced as Chancellor, and "the prime minister" is not the
        // one introduced as "Home Secretary Charles Clarke", though a secretary
        // of state is a minister: a description that names one office ("prime
        // minister") asks known roles for that office, a bare one ("the
        // minister") for any office of its kind.
        let headOffices = modifiers.count <= 1
            ? ([head] + (Lexicon.roleSynonyms[head] ?? [])).map { $0.wordsSeparatedBySpaces() } : officeWords
        // Whether each person's known roles fit, asked once per person.
        var fits: [EntityKey: Bool] = [:]
        let former = modifiers.contains("former")
        let age = Self.isAge(headToken)
        let qualifiers = modifiers.filter { Lexicon.officeQualifiers.contains($0) }
        let factor: (Cast.Appearance) -> Double = { a in
            guard a.key.isPerson else { return 0 }
            var fit: Bool
            if let known = fits[a.key] {
                fit = known
            } else {
                let known = resolver.knownRoles(of: a.key)
                fit = known.isEmpty || age || known.contains { words in
                    headOffices.contains(where: words.containsRun) && Self.qualifiedAlike(words, modifiers)
                        // "Former civil service chief Lord Butler … The former cabinet
                        // secretary said": one past career told two ways; an office
                        // somebody held once does not rule out another.
                        || former && words.contains("former")
                }
                // "The chancellor also hailed…" (Gordon Brown) ¶ "The shadow
                // chancellor said": the plain office somebody was just called
                // by is not the qualified one.
                if fit, !qualifiers.isEmpty, resolver.learnedRoleWords(of: a.key).contains(where: { words in
                    words.contains(head) && qualifiers.contains { !words.contains($0) }
                }) { fit = false }
                fits[a.key] = fit
            }
            guard fit else { return 0 }
            return a.isSource || a.confident ? 1 : Salience.unconfirmedPerson
        }
        let text = NounPhrase.joinedText(mention.tokens.filter(\.isWord).drop { $0.lower == "the" }[...])
        // "the 56-year-old" says how old, not what the person does.
        let learned = Self.isAge(headToken) ? nil : Cast.Role(text: text, range: mention.range)
        if let (key, evidence) = Salience.best(before: position, in: cast, forDescription: true, factor: factor) {
            return Resolved(key: key, evidence: evidence.range, learnedRole: learned)
        }
        // "Scotland's justice minister has warned…" ¶ "Cathy Jamieson said…": a
        // lead that describes before it names.
        let paragraph = cast.paragraph(at: position)
        guard let next = cast.appearances.first(where: { a in
            a.range.lowerBound > position && a.key.isPerson && a.paragraph - paragraph <= 1 && factor(a) == 1
        }) else { return nil }
        return Resolved(key: next.key, evidence: next.range, learnedRole: learned)
    }

    /// "The 56-year-old said": news calls the person it is about by their age.
    static func isAge(_ t: Token) -> Bool {
        t.isWord && t.lower.hasSuffix("-year-old") && t.lower.first?.isNumber == true
    }

    /// Determiners that bring a new person into the story ("a spokesman", "one aide").
    static let indefiniteDeterminers: Set<String> = ["a", "an", "one", "another"]

    /// A job or an office held by one person: not "the spokesman" (unnamed
    /// by design), not "the officials".
    private func isPersonNoun(_ t: Token) -> Bool {
        if Self.isAge(t) { return true }
        guard RoleReader.isRoleHead(t) || t.is(.nationality), !t.is(.unnamedSourceHead) else { return false }
        return !t.lower.hasSuffix("s") || t.lower.hasSuffix("ss")
    }

    /// "Deputy Prime Minister", "shadow chancellor", "former Arsenal keeper":
    /// a role qualified as another office than the description names.
    /// A role and a description qualify their office alike: neither says
    /// "shadow", "deputy", "former"… where the other does not ("The shadow
    /// chancellor said" is not the man introduced as Chancellor).
    static func qualifiedAlike(_ role: [String], _ description: [String]) -> Bool {
        !qualifiesOtherwise(role, than: description) && !qualifiesOtherwise(description, than: role)
    }

    static func qualifiesOtherwise(_ role: [String], than description: [String]) -> Bool {
        role.contains { Lexicon.officeQualifiers.contains($0) && !description.contains($0) }
    }

}
