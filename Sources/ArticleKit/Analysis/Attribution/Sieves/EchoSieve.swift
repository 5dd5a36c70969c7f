/// A pull quote or a subhead that repeats words quoted elsewhere in the
/// article is the same speaker's: web pages set "My fears have been
/// realized" in large type above the paragraph where "…," Morrison said,
/// "my fears have been realized." gives it a speaker.
///
/// Only a quote no cue took, standing as a paragraph of its own, of four
/// words or more, whose words (case and punctuation aside) hold or are
/// held by another quote's; the speaker is
/// that quote's, once it is known (`ArticleAnalyzer` resolves an echo of a
/// later quote after the rest).
struct EchoSieve: AttributionSieve {
    let sieve = Sieve.echo

    static let minimumWords = 4
    /// How many quotes on either side are compared.
    static let reach = 24

    func attribute(_ site: QuoteSite) -> AttributionFinding? {
        let text = site.text
        // A paragraph of nothing but the quote: set apart, as pull quotes are.
        guard site.tokens.allSatisfy({ $0.isQuote || $0.kind == .punctuation }),
              text.wordCount(site.quote) >= Self.minimumWords,
              // "All Bets Are Off.": a heading in title case is the writer's, not a pull quote.
              !text.isTitle(site.quote) else { return nil }
        let words = Self.words(text, site.quote)
        // Nearest first, and only so far: a pull quote stands by its paragraph,
        // and a page of ten thousand bare quotes must not cost their square.
        let q = site.quote
        for distance in 1...Self.reach {
            for other in [q + distance, q - distance] where other >= 0 && other < text.quotes.count {
                guard text.wordCount(other) >= Self.minimumWords else { continue }
                let otherWords = Self.words(text, other)
                if otherWords.contains(words) || words.contains(otherWords) {
                    return AttributionFinding(kind: site.kind, continues: other)
                }
            }
        }
        return nil
    }

    /// The quote's words in lower case, each followed by a space: " my fears
    /// have been realized ". Not `Library.wordHashes`: that keeps curly
    /// quote marks inside words, and a pull quote often holds a quote of its own.
    static func words(_ text: QuotedText, _ q: Int) -> String {
        var out = " "
        var inWord = false
        for c in text.s[text.quotes[q].content] {
            if QuoteScanner.isWordScalar(c) {
                out.unicodeScalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
                inWord = true
            } else if inWord, c != "'", c != "\u{2019}" {
                out += " "
                inWord = false
            }
        }
        if inWord { out += " " }
        return out
    }
}
