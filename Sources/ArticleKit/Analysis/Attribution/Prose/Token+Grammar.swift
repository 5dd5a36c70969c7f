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
    var withoutPossessive: Token {
        guard isPossessive else { return self }
        let cut = lower.hasSuffix("'") || lower.hasSuffix("\u{2019}") ? 1 : 2
        return Token(kind: .word, range: range.lowerBound..<(range.upperBound - cut), text: String(text.dropLast(cut)),
                     lower: String(lower.dropLast(cut)), quote: quote)
    }
}
