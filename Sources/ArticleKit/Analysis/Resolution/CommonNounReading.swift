/// A word that opens a sentence wears a capital whatever it is. When the
/// article writes that word in lower case elsewhere, it is a common noun,
/// not a name: "Parties warned over 'grey vote'" ¶ "Political parties
/// cannot afford…" names no person called Parties, and "Users will also be
/// able to…", "Research conducted by the EOC…" nobody at all. Read so, the
/// mention is a description, and the description steps decide whose it is
/// (most often nobody named).
///
/// Names are spared: a word the article gives as somebody's surname or
/// given name, a body it names, or a given name ("Mark said") stays a name.
enum CommonNounReading {
    static func reading(_ np: NounPhrase, in cast: Cast) -> NounPhrase? {
        guard np.form == .name, !np.hasHonorific, !np.organisational, !np.name.utf8.contains(0x20) else { return nil }
        let words = np.tokens.filter(\.isWord)
        guard let word = words.last, word.isCapitalized, !word.isPossessive,
              words.count == 1 || words.count == 2 && words[0].lower == "the" else { return nil }
        guard let first = words.first, cast.sentences.isStart(first.range.lowerBound) else { return nil }
        // An acronym ("MPs", "BBC") is no common noun in capitals, nor is a web address.
        guard word.text.unicodeScalars.dropFirst().allSatisfy({ !ScalarText.isUppercase($0) && $0 != "." }) else { return nil }
        guard !word.is(.maleFirstName), !word.is(.femaleFirstName), cast.bySurname[word.text] == nil,
              cast.bodies[word.text] == nil, !cast.people.contains(where: { $0.first == word.text }) else { return nil }
        guard let reader = cast.reader, reader.writesAsACommonNoun(word.lower, other: word.range) else { return nil }
        var description = np
        description.form = .description
        description.name = NounPhrase.descriptionText(words[...]).lowercased()
        description.nameRange = nil
        return description
    }
}
