/// What a single word's form says about its part in a sentence, without a parser.
extension Token {
    /// A lowercase past tense or participle ("attacked", "clashed"): it ends
    /// a noun phrase. Nouns in -ed are few enough to list.
    var looksLikeVerb: Bool {
        // "well-connected", "so-called": a hyphenated -ed word is an adjective.
        guard isWord, !isCapitalized, range.count > 4 else { return false }
        guard lower.endsWithASCII("ed"), !lower.utf8.contains(UInt8(ascii: "-")) else { return false }
        return !self.is(.nounInEd)
    }

    /// A word that may stand between a source and its verb without
    /// belonging to either: "also", "has", "angrily".
    var isAdverbial: Bool {
        guard !isCapitalized else { return false }
        return self.is(.adverbial) || (lower.endsWithASCII("ly") && lower.utf8.count > 4 && !Lexicon.nounsInLy.contains(lower))
    }

    /// An em dash, an en dash or a hyphen standing alone.
    var isDash: Bool {
        kind == .punctuation && (text == "\u{2014}" || text == "\u{2013}" || text == "-")
    }

    /// "R-Ky", "D-N.Y", "I-Vt": a member of Congress's party and state.
    var isPartyAndState: Bool {
        let u = Array(text.utf8)
        guard isWord, u.count >= 4, u.count <= 7, u[1] == UInt8(ascii: "-"),
              u[0] == UInt8(ascii: "R") || u[0] == UInt8(ascii: "D") || u[0] == UInt8(ascii: "I") else { return false }
        return u[2] >= UInt8(ascii: "A") && u[2] <= UInt8(ascii: "Z")
    }

    /// A dash that signs a quote: "…" ― Karen Bobadilla.
    var isSignatureDash: Bool {
        kind == .punctuation && Lexicon.signatureDashes.contains(text)
    }
}

extension Token {
    /// The word without its possessive ending: "Rover's" → "Rover", "Jones'" → "Jones".
    ///
    /// Every possessive name in a capitalised run comes through here. An
    /// ASCII word (nearly all) is cut at its bytes, which are its Characters:
    /// comparing and dropping Characters was most of what this cost.
    var withoutPossessive: Token {
        guard isPossessive else { return self }
        if let ascii = asciiWithoutPossessive() { return ascii }
        let cut = lower.hasSuffix("'") || lower.hasSuffix("\u{2019}") ? 1 : 2
        return Token(kind: .word, range: range.lowerBound..<(range.upperBound - cut), text: String(text.dropLast(cut)),
                     lower: String(lower.dropLast(cut)), quote: quote)
    }

    /// `withoutPossessive` of a word whose text and lowercase are ASCII; nil for any other.
    private func asciiWithoutPossessive() -> Token? {
        var text = self.text
        var lower = self.lower
        guard text.withUTF8({ u in u.allSatisfy { $0 < 0x80 } }), lower.withUTF8({ u in u.allSatisfy { $0 < 0x80 } }) else { return nil }
        let cut = lower.utf8.last == UInt8(ascii: "'") ? 1 : 2
        func prefix(_ s: inout String) -> String {
            s.withUTF8 { u in String(decoding: UnsafeBufferPointer(rebasing: u[..<(u.count - cut)]), as: UTF8.self) }
        }
        let bare = prefix(&text)
        let bareLower = prefix(&lower)
        let possessive = bareLower.endsWithASCII("'s") || bareLower.endsWithASCII("'") && bareLower.utf8.count > 1
        return Token(kind: .word, range: range.lowerBound..<(range.upperBound - cut), text: bare, lower: bareLower, quote: quote,
                     classes: WordClass.of(bareLower), capitalized: bare.utf8.first.map { $0 &- 0x41 < 26 } ?? false, possessive: possessive)
    }
}
