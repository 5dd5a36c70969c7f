import Testing
@testable import ArticleKit

/// The byte-buffer search behind the library's list search and quote
/// filter: every key that holds the text, once, in order, however far apart.
@Suite struct QuoteSearchIndexTests {
    @Test func findsEveryKeyHoldingTheTextNeighboursAndFarApart() {
        // 5,000 titles: a run of neighbours that match, then gaps of every
        // length up to 2,000 keys (the search gallops from one match to the next).
        var titles: [String] = []
        for n in 0..<5_000 {
            let near = n < 40
            let far = [97, 98, 1_100, 1_101, 3_150, 4_999].contains(n)
            titles.append(near || far ? "blair backs plan \(n)" : n % 7 == 0 ? "" : "rovers hold on \(n)")
        }
        var index = QuoteSearchIndex()
        for title in titles { index.append(folded: title) }
        for needle in ["blair", "b", "plan 4999", "on 4", "hold on 12", "zzqx", " "] {
            let byHand = titles.indices.filter { titles[$0].contains(needle) }
            #expect(index.matches(needle) == byHand, "“\(needle)”")
        }
        #expect(index.matches("blair").count == 46)
        #expect(index.matches("").count == titles.count)
    }
}
