import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// A reader who doubts a speaker presses `w`: the status line gives the cue,
/// the rule and the resolution, and the reader jumps to the words that
/// settled the name.
struct WhyThisSpeakerTests {
    /// The seed as quoth analyses it (the fixtures' hand-built seed has no evidence).
    static let analysedSeed: Article = {
        let path = ArticleFixture.packageRoot.appendingPathComponent("Tests/Fixtures/seed/lavrov-no-war.txt").path
        return try! ArticleReader().read(path)[0]
    }()

    @Test func wOnAQuoteInTheQuoteViewExplainsItAndJumpsToTheName() throws {
        var screen = Screen(Self.analysedSeed, 100, 30)
        screen.press("f / p a n i c Enter")
        let quote = try #require(screen.article.filteredQuotes.first.map { Self.analysedSeed.quotes[$0] })
        #expect(quote.text == "panic.")
        screen.press("w")
        let text = screen.text
        #expect(text.contains("why: cue “urged” · cue before the quote"))
        #expect(screen.article.pane == .text)
        // The words that settled the name are on screen and marked.
        let evidence = try #require(screen.article.evidence)
        #expect(Self.analysedSeed.text.unicodeScalars.dropFirst(evidence.lowerBound).prefix(evidence.count).map(String.init).joined()
                == "Ukrainian President Volodymyr Zelensky")
        #expect(text.contains("Ukrainian President Volodymyr Zelensky"))
        screen.press("Esc")
        #expect(screen.article.evidence == nil)
    }

    @Test func aDescriptionIsTracedToTheRoleThatNamesIt() throws {
        var screen = Screen(Self.analysedSeed, 120, 40)
        screen.press("f / r u d e l y Enter j w")
        let message = try #require(screen.state.shared.message)
        #expect(message.hasPrefix("why: cue “Russia's top diplomat"))
        #expect(message.hasSuffix("“Russia's top diplomat” → Sergey Lavrov (role) by “Russian Foreign Minister Sergey Lavrov”, paragraph 4"))
    }

    @Test func thePreviewSaysWhyUnderTheSpeaker() {
        var screen = Screen(Self.analysedSeed, 120, 40)
        screen.press("f / n e e d Space p a n i c")
        #expect(screen.text.contains("why: cue “Zelensky told” · cue after the quote · “Zelensky” → Volodymyr Zelensky (surname)"))
    }

    @Test func withNoQuoteSelectedWSaysHowToPickOne() {
        var screen = Screen(Self.analysedSeed, 100, 30)
        screen.press("w")
        #expect(screen.text.contains("w explains a quote: ] selects one, f lists them"))
    }
}
