@testable import ArticleKit

/// An article written in a test: a title line, a blank line, then `body`.
func story(_ body: String) -> Article {
    Fixtures.article(text: "A story\n\n" + body)
}

extension Article {
    /// The sieve that decided the quote holding `text`.
    func sieve(of text: String) -> Sieve? { quote(text)?.sieve }

    /// The same article analysed again with one rule of the sieve left out:
    /// what the rule brings is what this loses.
    func without(_ left: Sieve) -> Article {
        var plain = self
        plain.quotes = []
        plain.speakers = []
        let sieves = AttributionSieves.standard.filter { $0.sieve != left }
        return ArticleAnalyzer.analyze(plain, scalars: Array(text.unicodeScalars), sieves: sieves)
    }
}
