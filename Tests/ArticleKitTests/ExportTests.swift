import Foundation
import Testing
@testable import ArticleKit

/// The formats scripts read: each line stands alone and says everything.
@Suite struct ExportTests {
    @Test func jsonLineHasTheScorersFields() throws {
        let article = try Fixtures.seed
        let line = QuoteExporter.jsonLine(article.quotes[3], in: article)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["article", "start", "end", "text", "speaker", "role", "speaker_kind", "mention", "cue", "kind",
                                     "sieve", "resolved_by"])
        #expect(object["speaker_kind"] as? String == "person")
        #expect(object["speaker"] as? String == "Sergey Lavrov")
        #expect(object["role"] as? String == "Russian Foreign Minister")
        #expect(object["kind"] as? String == "full")
        #expect((object["mention"] as? [String: Any])?["text"] as? String == "Lavrov")
        #expect(object["start"] as? Int == article.quotes[3].span.start)
    }

    @Test func jsonEscapesControlCharactersAndSeparators() throws {
        let article = Fixtures.article(text: "T\n\n\"Tab\there, bell\u{07}, line\u{2028}sep, back\\slash,\" she said.")
        let line = QuoteExporter.jsonLine(article.quotes[0], in: article)
        #expect(line.contains(#"Tab\there, bell\u0007, line\u2028sep, back\\slash,"#))
        #expect(!line.contains("\n"))
        _ = try JSONSerialization.jsonObject(with: Data(line.utf8))
    }

    @Test func csvQuotesFieldsThatNeedIt() throws {
        let article = try Fixtures.seed
        let line = QuoteExporter.csvLine(article.quotes[3], in: article)
        #expect(line.hasSuffix("\"If it depends on Russia, then there will be no war. We don't want wars. But we also won't allow our interests to be rudely trampled, to be ignored,\""))
        #expect(QuoteExporter.csvHeader.split(separator: ",").count == 9)
    }

    @Test func speakerLineHasTheDocumentedFields() throws {
        var directory = SpeakerDirectory()
        directory.add(try Fixtures.seed, index: 0)
        let line = SpeakerExporter.jsonLine(directory.merged().entries[0])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["speaker"] as? String == "Sergey Lavrov")
        #expect(object["quotes"] as? Int == 4)
        #expect(object["articles"] as? Int == 1)
        #expect((object["aliases"] as? [String])?.first == "Sergey Lavrov")
    }

    @Test func speakersAsCSVAndAMarkdownTable() throws {
        let entries = SpeakerDirectoryTests.directory(Fixtures.articles).entries
        #expect(SpeakerExporter.csvHeader == "speaker,role,kind,quotes,articles,aliases")
        #expect(SpeakerExporter.csvLine(entries[0]) == "Ann Okafor,Mayor,person,4,2,Ann Okafor; Mayor Ann Okafor; Ms Okafor; Okafor")
        #expect(SpeakerExporter.csvLine(entries[4]) == "Ravi Nair,United's manager,person,1,1,Ravi Nair")
        #expect(SpeakerExporter.markdownHeader.hasPrefix("| Speaker | Role | Quotes | Articles | Also named |\n|---|"))
        #expect(SpeakerExporter.markdownRow(entries[0]) == "| Ann Okafor | Mayor | 4 | 2 | Mayor Ann Okafor, Ms Okafor, Okafor |")
        // A pipe in a name would end the cell: it is escaped.
        var odd = entries[3]
        odd.name = "Sam | Whitley"
        #expect(SpeakerExporter.markdownRow(odd) == "| Sam \\| Whitley |  | 1 | 1 |  |")
    }

    @Test func articleTextAsCSVKeepsLineBreaksInsideOneField() throws {
        let article = try Fixtures.read(Fixtures.fixture("articles/sport/1.txt"))
        let record = ArticleTextExport.render(article, format: .csv)
        #expect(ArticleTextExport.csvHeader == "article,title,byline,published,site,link,text")
        #expect(record.hasPrefix(Fixtures.fixture("articles/sport/1.txt") + ",Rovers hold on for late win,,,,,\"Rovers hold on for late win\n\n"))
        #expect(record.contains(#"""We never stopped believing, even when we were a goal down,"" said coach Maria Santos."#))
        #expect(record.hasSuffix("referee.\n\"\n"))
    }

    @Test func articleTextAsMarkdownKeepsItsBlocks() throws {
        let article = Fixtures.article(text: """
            Budget vote *delayed*

            - Ministers split
            - A vote next week

            2004. That was the year the plan began.

            ## Reaction

            > "It is a mistake," said one MP.
            """)
        #expect(ArticleTextExport.render(article, format: .markdown) == """
            # Budget vote \\*delayed\\*

            _test.txt_

            - Ministers split
            - A vote next week

            2004\\. That was the year the plan began.

            ## Reaction

            > "It is a mistake," said one MP.

            """)
    }

    @Test func sanitizerMakesControlsVisible() {
        #expect(Sanitizer.visible("a\u{1B}[31mred\u{07}") == "a␛[31mred␇")
        #expect(Sanitizer.visible("evil\u{202E}txt") == "evil⟨U+202E⟩txt")
        #expect(Sanitizer.visible("\u{9B}2J") == "⟨U+009B⟩2J")
        #expect(Sanitizer.visible("plain – text") == "plain – text")
        // Whole articles keep their line breaks and tabs; a carriage return still shows.
        #expect(Sanitizer.visibleKeepingLines("one\n\ttwo\r\u{1B}]0;x\u{07}") == "one\n\ttwo␍␛]0;x␇")
    }

    @Test func searchIsCaseAndAccentInsensitive() {
        #expect(SearchText.contains("Señor PANIC", "senor panic"))
        #expect(SearchText.matchesName("blair", Speaker(name: "Tony Blair", kind: .person)))
        #expect(!SearchText.matchesName("clarke", Speaker(name: "Tony Blair", kind: .person)))
    }
}
