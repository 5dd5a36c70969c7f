extension ParagraphProse {
    /// A dash and a name right after token `t`: "…" ― Karen Bobadilla.
    /// (`t` is -1 for a paragraph that is only a signature.)
    func signature(after t: Int) -> NounPhrase? {
        guard t + 2 < tokens.count, tokens[t + 1].isSignatureDash, tokens[t + 2].isCapitalized else { return nil }
        var e = t + 2
        while e + 1 < tokens.count, tokens[e + 1].isCapitalized, e - t < 6 { e += 1 }
        guard e + 1 == tokens.count || tokens[e + 1].isQuote || tokens[e + 1].isPunctuation(".")
                || tokens[e + 1].isPunctuation(",") && e + 2 < tokens.count && !tokens[e + 2].isQuote,
              let np = NounPhrase.make(tokens[(t + 2)...e]), np.form == .name else { return nil }
        return np
    }
}
