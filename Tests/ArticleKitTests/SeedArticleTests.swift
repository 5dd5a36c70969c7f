import Testing
@testable import ArticleKit

/// The article quoth was first described with: 9 quotes, 3 speakers.
@Suite struct SeedArticleTests {
    @Test func everyQuoteHasItsCanonicalSpeaker() throws {
        let article = try Fixtures.seed
        #expect(article.attributions == [
            "Sergey Lavrov: want wars",
            "Sergey Lavrov: we also won't allow our interests to be rudely trampled",
            "Sergey Lavrov: interests to be rudely trampled.",
            "Sergey Lavrov: If it depends on Russia, then there will be no war. We don't want wars. But we also won't allow our interests to be rudely trampled, to be ignored,",
            "Kremlin: The US and NATO responses did not address Russia's fundamental concerns such as stopping NATO expansion...or rolling NATO's military capacity and infrastructure in Europe back,",
            "Kremlin: carefully study the written responses to the draft agreements on security guarantees received from the United States and NATO on January 26, after which it would decide on further action,",
            "Volodymyr Zelensky: panic.",
            "Volodymyr Zelensky: We don't need panic,",
            "Volodymyr Zelensky: There are signals even from respected leaders of states, they just say that tomorrow there will be war. This is panic — how much does it cost for our state?",
        ])
    }

    @Test func speakersKeepTheirRoles() throws {
        let article = try Fixtures.seed
        #expect(article.speakers.map(\.name) == ["Sergey Lavrov", "Volodymyr Zelensky", "Kremlin"])
        #expect(article.speakers.map(\.role) == ["Russian Foreign Minister", "Ukrainian President", nil])
        #expect(article.speakers.map(\.kind) == [.person, .person, .organisation])
        #expect(article.speakers[0].aliases.contains("Russia's top diplomat"))
    }

    @Test func quoteOffsetsPointAtTheOriginalCharacters() throws {
        let article = try Fixtures.seed
        let scalars = Array(article.text.unicodeScalars)
        for q in article.quotes {
            #expect(String(String.UnicodeScalarView(scalars[q.span.range])) == q.text)
            if let m = q.mention {
                #expect(String(String.UnicodeScalarView(scalars[m.range])) == m.text)
            }
        }
    }

    @Test func dumpReadsLikeTheArticle() throws {
        let dump = ArticleDump.dump(try Fixtures.seed, paragraphWidth: 50)
        #expect(dump == """
            Article "Russia's top diplomat says Moscow doesn't 'want w…"
            ├─ title "Russia's top diplomat says Moscow doesn't 'want w…"
            ├─ summary "Russia's top diplomat warned that Moscow would no…"
            ├─ summary "This came as Putin complained that the West didn'…"
            ├─ body "Russian Foreign Minister Sergey Lavrov on Friday …"
            ├─ body "\\"If it depends on Russia, then there will be no w…"
            ├─ body "Lavrov's comments came as Russian President Vladi…"
            ├─ body "The US and NATO delivered written responses to Pu…"
            ├─ body "\\"The US and NATO responses did not address Russia…"
            ├─ body "Russia will \\"carefully study the written response…"
            ├─ body "The Kremlin has repeatedly claimed it has no plan…"
            ├─ body "The US has warned that a Russian invasion of Ukra…"
            └─ body "\\"We don't need panic,\\" Zelensky told reporters on…"
            Quotes
            ├─ partial "want wars"
            │  └─ Sergey Lavrov (Russian Foreign Minister) ← "Russia's top diplomat" · cue "says"
            ├─ partial "we also won't allow our interests to be rudely tr…"
            │  └─ Sergey Lavrov (Russian Foreign Minister) ← "Russia's top diplomat" · cue "warns"
            ├─ partial "interests to be rudely trampled."
            │  └─ Sergey Lavrov (Russian Foreign Minister) ← "Russia's top diplomat" · cue "warned"
            ├─ full "If it depends on Russia, then there will be no wa…"
            │  └─ Sergey Lavrov (Russian Foreign Minister) ← "Lavrov" · cue "told"
            ├─ full "The US and NATO responses did not address Russia'…"
            │  └─ Kremlin ← "the Kremlin" · cue "said"
            ├─ partial "carefully study the written responses to the draf…"
            │  └─ Kremlin ← "the Kremlin" · cue "added"
            ├─ partial "panic."
            │  └─ Volodymyr Zelensky (Ukrainian President) ← "Ukrainian President Volodymyr Zelensky" · cue "urged"
            ├─ full "We don't need panic,"
            │  └─ Volodymyr Zelensky (Ukrainian President) ← "Zelensky" · cue "told"
            └─ continuation "There are signals even from respected leaders of …"
               └─ Volodymyr Zelensky (Ukrainian President) ← "Zelensky"
            Speakers
            ├─ Sergey Lavrov (Russian Foreign Minister) · person · 4 quotes · Russia's top diplomat, Lavrov
            ├─ Volodymyr Zelensky (Ukrainian President) · person · 3 quotes · Ukrainian President Volodymyr Zelensky, Zelensky
            └─ Kremlin · organisation · 2 quotes · the Kremlin
            """)
    }
}
