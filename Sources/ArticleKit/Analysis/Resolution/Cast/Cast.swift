/// Everyone and everything an article names, read once before any mention
/// is resolved: the people with the roles the article gives them, the
/// bodies with their acronyms, and every place each is named (its
/// appearances), with what a reader weighs to tell who "he" is.
struct Cast {
    /// One full name as the article gives it in one place.
    struct Person {
        var name: String
        var first: String
        var last: String
        var gender: Lexicon.Gender
        /// The name's words (without titles or honorific).
        var range: Range<Int>
        var paragraph: Int
        /// A title the name's own capitals carry ("Culture Secretary"), kept
        /// in case the words around say no more.
        var title: Role?
        /// The roles read around this place ("Tory leader", "the foreign
        /// secretary"): read only when asked (`Cast.readRoles`), as most
        /// people named are never quoted nor described.
        var roles: [Role] = []
        var rolesRead = false
        /// Something besides the capitals says this is a person: a given
        /// name, an honorific, a title or a role.
        var confident: Bool
        /// The fullest form of the name the article gives (set once all are known).
        var canonical = ""
        /// Named here as "Sir" or "Dame": a knight or dame, whom "Mr" or "Ms" never means.
        var isKnight = false
    }

    /// A role as the article words it, and where.
    struct Role {
        var text: String
        var range: Range<Int>

        /// The role's words in lowercase, for matching "the foreign secretary":
        /// runs of letters, "-", "." and "'".
        ///
        /// Asked of every role of every person once a description is
        /// resolved, so an ASCII role (nearly all) is cut at its bytes:
        /// Character by Character, this was most of what reading roles cost.
        var words: [String] {
            var copy = text
            let ascii: [String]? = copy.withUTF8 { u in
                var words: [String] = []
                var start = -1
                for k in 0...u.count {
                    let b = k < u.count ? u[k] : 0x20
                    if b >= 0x80 { return nil }
                    let inWord = (b | 0x20) &- 0x61 < 26 || b == 0x2D || b == 0x2E || b == 0x27
                    if inWord, start < 0 { start = k }
                    guard !inWord, start >= 0 else { continue }
                    words.append(String(unsafeUninitializedCapacity: k - start) { out in
                        for j in start..<k { out[j - start] = u[j] &- 0x41 < 26 ? u[j] | 0x20 : u[j] }
                        return k - start
                    })
                    start = -1
                }
                return words
            }
            return ascii ?? text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "." && $0 != "'" }).map(String.init)
        }
    }

    /// One place an entity is named, with its part in the sentence.
    struct Appearance {
        /// Subjects are what a sentence is about; a name in a possessive or
        /// after a preposition is mentioned in passing.
        enum Part { case subject, object, oblique, possessive }

        var range: Range<Int>
        var key: EntityKey
        var gender: Lexicon.Gender
        var part: Part
        var sentence: Int
        var paragraph: Int
        /// Named as the source of a quote.
        var isSource = false
        /// A person something besides capitals says is one (see `Person.confident`).
        var confident = false
        /// A person, or someone speaking for a body ("a Microsoft spokesman").
        var isPersonLike: Bool
    }

    /// Every full name, in text order.
    var people: [Person] = []
    /// Bodies named, each with where it is first named.
    var bodies: [String: Range<Int>] = [:]
    /// Acronyms and the full names they stand for ("RAD" → "Royal Academy of Dance").
    var acronyms: [String: String] = [:]
    /// Some acronym was named without its full name beside it.
    var hasUnlinkedAcronyms = false
    /// Every appearance of a person or a body, in text order.
    var appearances: [Appearance] = []
    /// The longest name with each first and last word ("Bill Clinton" → "William Jefferson Clinton").
    var fullest: [FirstAndLast: String] = [:]
    /// Person indices by surname.
    var bySurname: [String: [Int]] = [:]
    var sentences: SentenceIndex
    var paragraphs: [Range<Int>]
    /// What read the cast, kept to read roles when they are asked for.
    var reader: CastReader?

    /// Reads the roles of the people at `indices` that have not been read.
    mutating func readRoles(of indices: some Sequence<Int>) {
        guard let reader else { return }
        for i in indices where !people[i].rolesRead {
            // Read once a person, so judged once: what is no role never reaches resolution.
            people[i].roles = reader.roles(of: people[i]).filter { Self.isRole($0.text) }
            people[i].rolesRead = true
        }
    }

    /// A name's first and last words, as a key: hashed as they are, not
    /// joined into a new String first.
    struct FirstAndLast: Hashable {
        var first: String
        var last: String
    }

    /// "Bill Clinton" → the longest name with that first and last word;
    /// "Baroness Greenfield" → Susan Greenfield, named in full (`CastReader.joinPeersToTheirNames`).
    func canonicalName(_ name: String) -> String {
        guard let (_, first, last) = name.firstAndLastWordsBySpaces() else { return name }
        guard let best = fullest[FirstAndLast(first: first, last: last)], best != name else { return name }
        return best
    }

    func paragraph(at position: Int) -> Int {
        var lo = 0, hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].lowerBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// Keeps `appearances` in text order: mentions resolved later arrive out
    /// of order. A source mention where the cast already has the entity
    /// marks that appearance rather than counting the place twice.
    mutating func record(_ a: Appearance) {
        var k = Salience.lastIndex(before: a.range.upperBound, in: appearances)
        while k >= 0, appearances[k].range.upperBound > a.range.lowerBound {
            if appearances[k].key == a.key {
                appearances[k].isSource = appearances[k].isSource || a.isSource
                return
            }
            k -= 1
        }
        var lo = 0, hi = appearances.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if appearances[mid].range.lowerBound <= a.range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        appearances.insert(a, at: lo)
    }

    /// Whether words read beside a name say what the person is. "Vincent
    /// Cable, for the Liberal Democrats,", "Brian Gibbons, on his first full
    /// day in the job" say for whom or when, not what; "Subir Raha … Gazprom
    /// chairman Aleksey Miller and India's petroleum minister Mani Shankar
    /// Aiyar" are other people's roles, with their names.
    static func isRole(_ text: String) -> Bool {
        // Judged for every role of everyone a description is matched against:
        // the first word and the capitals are read from the bytes, and only a
        // role with a second capital is cut into words.
        let utf8 = text.utf8
        let firstEnd = utf8.firstIndex(of: 0x20) ?? utf8.endIndex
        let firstLength = utf8.distance(from: utf8.startIndex, to: firstEnd)
        if firstLength <= 6, let initial = utf8.first, initial &- 0x61 < 26 || initial &- 0x41 < 26,
           Lexicon.rolePrepositions.contains(String(text[..<firstEnd]).lowercased()) { return false }
        // Most roles ("Tory leader", "the foreign secretary") have at most one capital: no name in them.
        guard utf8.dropFirst().contains(where: { $0 &- 0x41 < 26 }) else { return true }
        // A title, then a given name ("chairman Aleksey", "officer Brian Dunne"), is
        // somebody else named, unless the role says it works for them
        // ("spokesman for EU trade commissioner Peter Mandelson"); after "and",
        // a title and any name that is no body's ("and India's petroleum
        // minister Mani Shankar Aiyar") is a list of people.
        let titled: WordClass = [.roleWord, .roleHead, .occupation, .organisationWord, .organisationHead, .partyWord,
                                 .nationality, .country, .capitalisedFunctionWord, .titleJoiner, .honorific]
        var forSomebody = false, listing = false
        var previous: Substring?
        for word in text.split(separator: " ") {
            defer { previous = word }
            guard let w = previous else { continue }
            if w == "for" || w == "to" { forSomebody = true }
            if w == "and" { listing = true }
            guard let initial = word.utf8.first, initial &- 0x41 < 26, !word.hasSuffix("'s"),
                  !WordClass.of(w.lowercased()).isDisjoint(with: [.roleHead, .occupation]) else { continue }
            let named = WordClass.of(word.lowercased())
            if !forSomebody, !named.isDisjoint(with: [.maleFirstName, .femaleFirstName]) { return false }
            if listing, named.isDisjoint(with: titled) { return false }
        }
        return true
    }

    /// The most specific of several roles: the one with the most words
    /// (articles and a possessive owner aside), the first given on a tie.
    /// "Lib Dem home affairs spokesman" over "spokesman".
    static func mostSpecific(_ roles: [Role]) -> String? {
        var best: (text: String, words: Int)?
        for r in roles {
            let n = r.text.countOfWordsSeparatedBySpaces()
            if best == nil || n > best!.words { best = (r.text, n) }
        }
        return best?.text
    }
}
