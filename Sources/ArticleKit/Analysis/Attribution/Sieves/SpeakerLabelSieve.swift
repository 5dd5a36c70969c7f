/// "PENCE: Well, look, …": a quote that opens with a capitalised name and a
/// colon, as transcripts print who speaks.
struct SpeakerLabelSieve: AttributionSieve {
    let sieve = Sieve.speakerLabel

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        let s = site.text.s
        let content = site.scanned.content
        var i = content.lowerBound
        var words: [Range<Int>] = []
        while i < content.upperBound, words.count < 3 {
            let start = i
            while i < content.upperBound, ScalarText.isUppercase(s[i]) || s[i] == "." || s[i] == "-" || s[i] == "'" { i += 1 }
            guard i - start >= 2 else { return nil }
            words.append(start..<i)
            if i < content.upperBound, s[i] == ":" { break }
            guard i < content.upperBound, s[i] == " " else { return nil }
            i += 1
        }
        guard i < content.upperBound, s[i] == ":", let first = words.first, let last = words.last else { return nil }
        // Written as a name ("PENCE" → "Pence") so it joins the person the article names.
        let tokens = words.map { r -> Token in
            let upper = ScalarText.string(s, r)
            let text = upper.prefix(1) + upper.dropFirst().lowercased()
            return Token(kind: .word, range: r, text: String(text), lower: text.lowercased(), quote: -1)
        }
        guard var np = NounPhrase.make(tokens[...]), np.form == .name else { return nil }
        np.organisational = false
        return AttributionFinding(kind: .full, cue: first.lowerBound..<(last.upperBound + 1), mention: np)
    }
}
