/// A short list of words, asked by comparing each in turn.
///
/// For a handful of short words that beats hashing the word for a `Set`
/// lookup; lists asked of every token are bits on the token instead
/// (`WordClass`). Either way the list has a name, in `Lexicon`.
struct WordList: ExpressibleByArrayLiteral, Sequence, Sendable {
    let words: [String]

    init(arrayLiteral words: String...) { self.words = words }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        for w in words where w == word { return true }
        return false
    }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
