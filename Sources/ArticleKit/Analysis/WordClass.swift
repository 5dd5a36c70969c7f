/// Which lexicon lists a word belongs to, looked up once per token.
///
/// Attribution asks the same questions of a word many times ("is it a
/// reporting verb? a determiner? a title?"); one dictionary lookup when the
/// token is made answers them all as bits.
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    static let reportingVerb = WordClass(rawValue: 1 << 0)
    static let nounLikeCue = WordClass(rawValue: 1 << 1)
    static let weakCue = WordClass(rawValue: 1 << 2)
    static let determiner = WordClass(rawValue: 1 << 3)
    static let clauseBoundary = WordClass(rawValue: 1 << 4)
    static let adverbial = WordClass(rawValue: 1 << 5)
    static let timeWord = WordClass(rawValue: 1 << 6)
    static let timePreposition = WordClass(rawValue: 1 << 7)
    static let roleWord = WordClass(rawValue: 1 << 8)
    static let organisationHead = WordClass(rawValue: 1 << 9)
    static let organisationWord = WordClass(rawValue: 1 << 10)
    static let unnamedSourceHead = WordClass(rawValue: 1 << 11)
    static let capitalisedFunctionWord = WordClass(rawValue: 1 << 12)
    static let personalPronoun = WordClass(rawValue: 1 << 13)
    static let groupPronoun = WordClass(rawValue: 1 << 14)
    static let firstPersonPronoun = WordClass(rawValue: 1 << 15)
    static let honorific = WordClass(rawValue: 1 << 16)
    // Lists NounPhrase.make asks of every capitalised run.
    static let country = WordClass(rawValue: 1 << 18)
    static let femaleFirstName = WordClass(rawValue: 1 << 19)
    static let maleFirstName = WordClass(rawValue: 1 << 20)
    static let affiliationPreposition = WordClass(rawValue: 1 << 21)
    static let placePreposition = WordClass(rawValue: 1 << 22)
    static let agentPreposition = WordClass(rawValue: 1 << 23)
    static let nameParticle = WordClass(rawValue: 1 << 24)
    static let titleJoiner = WordClass(rawValue: 1 << 25)
    static let occupation = WordClass(rawValue: 1 << 26)
    static let nationality = WordClass(rawValue: 1 << 27)
    // Lists the cast and the role reader ask of every word near a name.
    static let preposition = WordClass(rawValue: 1 << 28)
    static let roleHead = WordClass(rawValue: 1 << 29)
    static let partyWord = WordClass(rawValue: 1 << 30)
    static let workOrBodyNoun = WordClass(rawValue: 1 << 31)
    static let bodyKind = WordClass(rawValue: 1 << 32)
    static let introWord = WordClass(rawValue: 1 << 33)
    static let clauseOpener = WordClass(rawValue: 1 << 34)
    static let auxiliary = WordClass(rawValue: 1 << 35)
    static let attributionTail = WordClass(rawValue: 1 << 36)
    static let placeFirstWord = WordClass(rawValue: 1 << 37)
    static let placeLastWord = WordClass(rawValue: 1 << 38)
    // Short lists asked of every word of a phrase.
    static let nounInEd = WordClass(rawValue: 1 << 39)
    static let phraseContinuing = WordClass(rawValue: 1 << 40)
    static let titleInner = WordClass(rawValue: 1 << 41)
    static let descriptionPreposition = WordClass(rawValue: 1 << 42)
    static let descriptionCorePreposition = WordClass(rawValue: 1 << 43)
    static let phrasalCueVerb = WordClass(rawValue: 1 << 44)

    /// Every lexicon word with its classes.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ c: WordClass) {
            for w in words { table[w, default: []].insert(c) }
        }
        add(Lexicon.reportingVerbs, .reportingVerb)
        add(Lexicon.nounLikeCues, .nounLikeCue)
        add(Lexicon.weakCues, .weakCue)
        add(Lexicon.determiners, .determiner)
        add(Lexicon.clauseBoundaries, .clauseBoundary)
        add(Lexicon.adverbials, .adverbial)
        add(Lexicon.timeWords, .timeWord)
        add(Lexicon.timePrepositions, .timePreposition)
        add(Lexicon.roleWords, .roleWord)
        add(Lexicon.organisationHeads, .organisationHead)
        add(Lexicon.organisationWords, .organisationWord)
        add(Lexicon.unnamedSourceHeads, .unnamedSourceHead)
        add(Lexicon.capitalisedFunctionWords, .capitalisedFunctionWord)
        add(Lexicon.personalPronouns.keys, .personalPronoun)
        add(Lexicon.groupPronouns, .groupPronoun)
        add(Lexicon.firstPersonPronouns, .firstPersonPronoun)
        add(Lexicon.honorifics.keys, .honorific)
        add(Lexicon.countries, .country)
        add(Lexicon.femaleFirstNames, .femaleFirstName)
        add(Lexicon.maleFirstNames, .maleFirstName)
        add(Lexicon.affiliationPrepositions, .affiliationPreposition)
        add(Lexicon.placePrepositions, .placePreposition)
        add(Lexicon.agentPrepositions, .agentPreposition)
        add(Lexicon.nameParticles, .nameParticle)
        add(Lexicon.titleJoiners, .titleJoiner)
        add(Lexicon.occupations, .occupation)
        add(Lexicon.nationalityAdjectives, .nationality)
        add(Lexicon.prepositions, .preposition)
        add(Lexicon.roleHeads.union(Lexicon.officeAbbreviations), .roleHead)
        add(Lexicon.partyWords, .partyWord)
        add(Lexicon.workAndBodyNouns, .workOrBodyNoun)
        add(Lexicon.bodyKinds, .bodyKind)
        add(Lexicon.introWords, .introWord)
        add(Lexicon.clauseOpeners, .clauseOpener)
        add(Lexicon.auxiliaries, .auxiliary)
        add(Lexicon.attributionTailWords, .attributionTail)
        add(Lexicon.placeFirstWords.map { $0.lowercased() }, .placeFirstWord)
        add(Lexicon.placeLastWords.map { $0.lowercased() }, .placeLastWord)
        add(Lexicon.nounsInEd, .nounInEd)
        add(Lexicon.phraseContinuingWords, .phraseContinuing)
        add(Lexicon.titleInnerWords, .titleInner)
        add(Lexicon.descriptionPrepositions, .descriptionPreposition)
        add(Lexicon.descriptionCorePrepositions, .descriptionCorePreposition)
        add(Lexicon.phrasalCueVerbs, .phrasalCueVerb)
        return table
    }()

    /// Abbreviations that keep their period ("Mr.", "Gov."): not a lexicon
    /// list attribution asks about, but the tokenizer asks it of every word
    /// before a period, and a bit here saves building a String to ask.
    static let abbreviation = WordClass(rawValue: 1 << 17)

    static func of(_ lower: String) -> WordClass { fastTable.lookup(lower) }

    /// The classes of the word at `r` in `s`, lowercased as it is hashed:
    /// no String is built for an ASCII word.
    static func of(_ s: [Unicode.Scalar], _ r: Range<Int>) -> WordClass {
        s.withUnsafeBufferPointer { p in
            var bits: UInt32 = 0
            var h = ByteTable.seed
            for i in r {
                let v = p[i].value
                bits |= v
                h = ByteTable.step(h, UInt8(truncatingIfNeeded: ScalarText.asciiLower(v)))
            }
            guard bits < 0x80 else { return of(ScalarText.string(p, r, lowercase: true)) }
            let table = fastTable
            let slot = table.find(hash: ByteTable.finish(h), p, r)
            return slot >= 0 ? table.classes(at: slot) : []
        }
    }

    /// The same table as open addressing over FNV-1a hashes of the UTF-8
    /// bytes: every token is looked up once, and the standard Dictionary's
    /// seeded hashing was a tenth of the whole analysis.
    static let fastTable: ByteTable = {
        var all = table
        for w in Lexicon.abbreviations { all[w, default: []].insert(.abbreviation) }
        return ByteTable(all)
    }()
}

/// A read-only string → WordClass map tuned for short lowercase words.
///
/// Tokens look words up straight from the article's scalars (hashing the
/// lowercase form as they scan it), and a hit hands back the word's String
/// too, so the commonest words never have a String built for them.
struct ByteTable: Sendable {
    private let slots: [Int32]
    /// Every key's UTF-8 bytes, end to end; key `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let values: [WordClass]
    private let strings: [String]
    /// Each key with its first letter capitalised ("The", "President"): a
    /// sentence's first word is mostly a lexicon word written that way, and
    /// its text need not be built.
    private let titleStrings: [String]
    private let mask: Int

    init(_ dictionary: [String: WordClass]) {
        var size = 1
        while size < dictionary.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var values: [WordClass] = []
        var strings: [String] = []
        // Sorted, so the layout does not depend on Dictionary order.
        for (word, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            let key = Array(word.utf8)
            var h = Self.seed
            for b in key { h = Self.step(h, b) }
            var i = Self.finish(h) & (size - 1)
            while slots[i] >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(values.count)
            bytes += key
            starts.append(Int32(bytes.count))
            values.append(value)
            strings.append(word)
        }
        self.slots = slots
        self.bytes = bytes
        self.starts = starts
        self.values = values
        self.strings = strings
        self.titleStrings = strings.map { word in
            guard let first = word.unicodeScalars.first, first.value &- 0x61 < 26 else { return word }
            return String(Character(Unicode.Scalar(first.value - 0x20)!)) + word.dropFirst()
        }
        self.mask = size - 1
    }

    /// FNV-1a, one byte at a time, so a caller can hash while it scans.
    static let seed: UInt64 = 0xcbf29ce484222325
    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100000001b3 }
    @inline(__always) static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    func lookup(_ word: String) -> WordClass {
        var word = word
        return word.withUTF8 { key -> WordClass in
            var h = Self.seed
            for b in key { h = Self.step(h, b) }
            var i = Self.finish(h) & mask
            while true {
                let slot = Int(slots[i])
                if slot < 0 { return [] }
                let a = Int(starts[slot]), b = Int(starts[slot + 1])
                if b - a == key.count {
                    var k = 0
                    while k < key.count, bytes[a + k] == key[k] { k += 1 }
                    if k == key.count { return values[slot] }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// The entry for the ASCII scalars `p[r]` lowercased, whose lowercase
    /// bytes hash (`finish`ed) to `hash`: its index, or -1.
    @inline(__always)
    func find(hash: Int, _ p: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Int {
        let n = r.count
        var i = hash & mask
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    while true {
                        let slot = Int(slots[i])
                        if slot < 0 { return -1 }
                        let a = Int(starts[slot])
                        if Int(starts[slot + 1]) - a == n {
                            var k = 0
                            while k < n, UInt32(bytes[a + k]) == ScalarText.asciiLower(p[r.lowerBound + k].value) { k += 1 }
                            if k == n { return slot }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always) func classes(at slot: Int) -> WordClass { values[slot] }
    @inline(__always) func string(at slot: Int) -> String { strings[slot] }
    /// The key at `slot` with an ASCII first letter capitalised.
    @inline(__always) func titleString(at slot: Int) -> String { titleStrings[slot] }
}
