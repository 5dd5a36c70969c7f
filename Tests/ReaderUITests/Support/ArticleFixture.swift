import ArticleKit
import Foundation
import ReaderUI

/// Articles built by hand, quotes and speakers included, so screen tests
/// do not move when attribution improves.
enum ArticleFixture {
    struct QuoteSpec {
        var text: String
        var speaker: Int?
        var kind: Quote.Kind = .full
    }

    /// `text` parsed into paragraphs, with `quotes` found in order (each
    /// after the previous one) and their surrounding quote marks as `marked`.
    static func build(_ text: String, source: String, speakers: [Speaker], quotes specs: [QuoteSpec]) -> Article {
        var article = ArticleReader.plainText(text, source: source)
        let scalars = Array(text.unicodeScalars)
        var from = 0
        var quotes: [Quote] = []
        for spec in specs {
            let needle = Array(spec.text.unicodeScalars)
            guard let start = find(needle, in: scalars, from: from) else { fatalError("fixture quote not found: \(spec.text)") }
            let end = start + needle.count
            let marks: Set<Unicode.Scalar> = ["\"", "'", "“", "”", "‘", "’", "「", "」"]
            let lower = start > 0 && marks.contains(scalars[start - 1]) ? start - 1 : start
            let upper = end < scalars.count && marks.contains(scalars[end]) ? end + 1 : end
            let paragraph = article.paragraphs.lastIndex { $0.range.lowerBound <= start } ?? 0
            quotes.append(Quote(span: TextSpan(start: start, end: end, text: spec.text), marked: lower..<upper,
                                kind: spec.kind, speaker: spec.speaker, paragraph: paragraph))
            from = end
        }
        article.quotes = quotes
        article.speakers = speakers.enumerated().map { index, speaker in
            var s = speaker
            s.quoteCount = quotes.filter { $0.speaker == index }.count
            return s
        }
        return article
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The package root, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The seed article (Tests/Fixtures/seed) with its nine gold quotes by three speakers.
    static let seed: Article = {
        let path = packageRoot.appendingPathComponent("Tests/Fixtures/seed/lavrov-no-war.txt").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fatalError("cannot read \(path)") }
        let speakers = [
            Speaker(name: "Sergey Lavrov", role: "Russian Foreign Minister", kind: .person,
                    aliases: ["Sergey Lavrov", "Lavrov", "Russia's top diplomat"]),
            Speaker(name: "Volodymyr Zelensky", role: "Ukrainian President", kind: .person,
                    aliases: ["Volodymyr Zelensky", "Zelensky"]),
            Speaker(name: "Kremlin", kind: .organisation, aliases: ["Kremlin", "The Kremlin"]),
        ]
        return build(text, source: "lavrov-no-war.txt", speakers: speakers, quotes: [
            QuoteSpec(text: "want wars", speaker: 0, kind: .partial),
            QuoteSpec(text: "we also won't allow our interests to be rudely trampled", speaker: 0, kind: .partial),
            QuoteSpec(text: "interests to be rudely trampled.", speaker: 0, kind: .partial),
            QuoteSpec(text: "If it depends on Russia, then there will be no war. We don't want wars. But we also won't allow our interests to be rudely trampled, to be ignored,", speaker: 0),
            QuoteSpec(text: "The US and NATO responses did not address Russia's fundamental concerns such as stopping NATO expansion", speaker: 2),
            QuoteSpec(text: "carefully study the written responses to the draft agreements on security guarantees", speaker: 2, kind: .partial),
            QuoteSpec(text: "panic.", speaker: 1, kind: .partial),
            QuoteSpec(text: "We don't need panic,", speaker: 1),
            QuoteSpec(text: "There are signals even from respected leaders of states, they just say that tomorrow there will be war. This is panic", speaker: 1, kind: .continuation),
        ])
    }()

    /// Three short stories for the library: Tony Blair quoted in two (as
    /// "Mr Blair" in the second, with the same line repeated), two Clarkes
    /// who must stay apart.
    static let library: [Article] = [
        build("""
        Blair backs schools plan

        Tony Blair said: "Education is our first priority and it always will be for this government." Charles Clarke agreed.
        """, source: "news/politics/001.txt",
              speakers: [Speaker(name: "Tony Blair", role: "Prime Minister", kind: .person, aliases: ["Tony Blair"])],
              quotes: [QuoteSpec(text: "Education is our first priority and it always will be for this government.", speaker: 0)]),
        build("""
        Clarke defends war advice

        Mr Blair repeated that "education is our first priority and it always will be for this government".

        Charles Clarke said: "The war was legal and the advice was clear." He added: "I have no doubt."
        """, source: "news/politics/002.txt",
              speakers: [Speaker(name: "Tony Blair", kind: .person, aliases: ["Mr Blair"]),
                         Speaker(name: "Charles Clarke", role: "Home Secretary", kind: .person, aliases: ["Charles Clarke"])],
              quotes: [QuoteSpec(text: "education is our first priority and it always will be for this government", speaker: 0),
                       QuoteSpec(text: "The war was legal and the advice was clear.", speaker: 1),
                       QuoteSpec(text: "I have no doubt.", speaker: 1, kind: .continuation)]),
        build("""
        Clarke wins at the Open

        Andy Clarke said "We played the war of attrition well" after the final round.
        """, source: "news/sport/001.txt",
              speakers: [Speaker(name: "Andy Clarke", kind: .person, aliases: ["Andy Clarke"])],
              quotes: [QuoteSpec(text: "We played the war of attrition well", speaker: 0)]),
    ]

    /// Wide and combining text: CJK without spaces, emoji sequences, accents.
    static let cjk: Article = {
        let text = """
        東京で記者会見 🎌 Tokyo briefing
        - 首相は「平和を守る」と述べた。

        Prime Minister Fumio Kishida said "we will protect peace 🕊️" at the briefing in Tokyo on Monday.

        「日本は戦争を望まない。対話を続ける」と岸田首相は記者団に語った。

        Café owners in Zürich said "naïve optimism is dangerous 😬" but hoped for the best; a family 👨‍👩‍👧 waved a flag 🇯🇵.
        """
        let speakers = [
            Speaker(name: "Fumio Kishida", role: "Prime Minister of Japan", kind: .person, aliases: ["岸田首相", "首相"]),
            Speaker(name: "Café owners", kind: .unnamed),
        ]
        return build(text, source: "tokyo.txt", speakers: speakers, quotes: [
            QuoteSpec(text: "平和を守る", speaker: 0, kind: .partial),
            QuoteSpec(text: "we will protect peace 🕊️", speaker: 0),
            QuoteSpec(text: "日本は戦争を望まない。対話を続ける", speaker: 0),
            QuoteSpec(text: "naïve optimism is dangerous 😬", speaker: 1),
        ])
    }()
}
