/// "… a "candidate who is a lightning rod" and Clevelanders get nervous,
/// said Christine Link, executive director…": an inverted cue after a comma
/// closes the sentence, and names the source after it.
struct InvertedCueClosingSentenceSieve: AttributionSieve {
    let sieve = Sieve.invertedCueClosingSentence

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        let t = site.token, tokens = site.tokens
        for cue in site.sentence.cues where cue.index > t + 1 && cue.kind == .verb && !cue.weak && tokens[cue.index - 1].isPunctuation(",") {
            // Only a finite form inverts: "said", "says", "wrote".
            if let source = site.prose.phraseAfter(cue.index + 1), source.form != .pronoun, tokens[cue.index].lower.endsWithASCII("s")
                || tokens[cue.index].lower.endsWithASCII("d") || tokens[cue.index].lower == "wrote" {
                return site.finding(cue, source)
            }
        }
        return nil
    }
}
