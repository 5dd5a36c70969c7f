import ArticleKit
import Testing
@testable import ReaderUI

/// Names shortened the way a reader would: given names first, never the surname.
struct NameFittingTests {
    @Test func givenNamesBecomeInitialsBeforeTheSurnameIsTouched() {
        #expect(NameFitting.fit("Volodymyr Zelensky", to: 16) == "V. Zelensky")
        #expect(NameFitting.fit("Michael Howard", to: 11) == "M. Howard")
        #expect(NameFitting.fit("Martin Luther King", to: 10) == "M. L. King")
        #expect(NameFitting.fit("Martin Luther King", to: 8) == "M. King")
        #expect(NameFitting.fit("Ludwig van Beethoven", to: 16) == "L. van Beethoven")
    }

    @Test func aSurnameThatIsStillTooLongStandsAloneThenIsCut() {
        #expect(NameFitting.fit("Robert Kilroy-Silk", to: 11) == "Kilroy-Silk")
        #expect(NameFitting.fit("Volodymyr Zelensky", to: 5) == "Zele…")
    }

    @Test func namesThatFitAndNamesOfBodiesAreLeftOrCut() {
        #expect(NameFitting.fit("Tony Blair", to: 20) == "Tony Blair")
        #expect(NameFitting.fit("Foreign and Commonwealth Office", to: 12, kind: .organisation) == "Foreign and…")
        #expect(NameFitting.fit("a senior official", to: 8, kind: .unnamed) == "a senio…")
        #expect(NameFitting.fit("Kremlin", to: 0) == "")
    }

    @Test func at80ColumnsEverySurnameInTheSidebarShowsWhole() {
        let speakers = [
            Speaker(name: "Volodymyr Zelensky", role: "Ukrainian President", kind: .person),
            Speaker(name: "Robert Kilroy-Silk", role: "Veritas leader", kind: .person),
            Speaker(name: "Michael Howard", role: "Conservative leader", kind: .person),
        ]
        let article = ArticleFixture.build("""
        Three leaders

        "One," said Volodymyr Zelensky. "Two," said Robert Kilroy-Silk. "Three," said Michael Howard.
        """, source: "three.txt", speakers: speakers, quotes: [
            .init(text: "One,", speaker: 0), .init(text: "Two,", speaker: 1), .init(text: "Three,", speaker: 2),
        ])
        let text = Screen(article, 80, 24).text
        for surname in ["Zelensky", "Kilroy-Silk", "Howard"] { #expect(text.contains(surname)) }
        var library = Screen(library: [article] + ArticleFixture.library, 80, 24)
        library.press("")
        for surname in ["Zelensky", "Kilroy-Silk", "Howard"] { #expect(library.text.contains(surname)) }
    }
}
