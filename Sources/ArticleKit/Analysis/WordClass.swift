/// Which lexicon lists a word belongs to, looked up once per token.
///
/// Attribution asks the same questions of a word many times ("is it a
/// reporting verb? a determiner? a title?"); one dictionary lookup when the
/// token is made answers them all as bits.
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

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
        return table
    }()

    static func of(_ lower: String) -> WordClass { fastTable.lookup(lower) }

    /// The same table as open addressing over FNV-1a hashes of the UTF-8
    /// bytes: every token is looked up once, and the standard Dictionary's
    /// seeded hashing was a tenth of the whole analysis.
    static let fastTable = ByteTable(table)
}

/// A read-only string → WordClass map tuned for short lowercase words.
struct ByteTable: Sendable {
    private let slots: [Int32]
    private let keys: [[UInt8]]
    private let values: [WordClass]
    private let mask: Int

    init(_ dictionary: [String: WordClass]) {
        var size = 1
        while size < dictionary.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        var keys: [[UInt8]] = []
        var values: [WordClass] = []
        for (word, value) in dictionary {
            let bytes = Array(word.utf8)
            var i = Self.hash(bytes) & (size - 1)
            while slots[i] >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(keys.count)
            keys.append(bytes)
            values.append(value)
        }
        self.slots = slots
        self.keys = keys
        self.values = values
        self.mask = size - 1
    }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    func lookup(_ word: String) -> WordClass {
        var word = word
        return word.withUTF8 { bytes -> WordClass in
            var i = Self.hash(bytes) & mask
            while true {
                let slot = slots[i]
                if slot < 0 { return [] }
                let key = keys[Int(slot)]
                if key.count == bytes.count && key.elementsEqual(bytes) { return values[Int(slot)] }
                i = (i + 1) & mask
            }
        }
    }
}
