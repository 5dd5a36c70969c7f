import ArticleKit
import Testing
@testable import ReaderUI

/// Screens as a person sees them: a size, some keys, the text on screen.
///
/// Like tig's screen tests, each compares the whole screen with the text
/// it should show; styling is checked separately in `StylingTests`.
struct ScreenTests {
    @Test func theSeedOpensAt80x24WithTheSidebarBesideTheArticle() {
        let screen = Screen(ArticleFixture.seed, 80, 24)
        expectScreen(screen, """
         Russia's top diplomat says Moscow doesn't 'want wars' …  9 quotes · 3 speakers
         Speakers             │ Russia's top diplomat says Moscow doesn't 'want wars'
         ● Sergey Lavrov    4 │ but warns 'we also won't allow our interests to be
           Russian Foreign M… │ rudely trampled'
         ● V. Zelensky      3 │
           Ukrainian Preside… │ • Russia's top diplomat warned that Moscow would not
         ● Kremlin          2 │   permit its "interests to be rudely trampled."
                              │ • This came as Putin complained that the West didn't
                              │   address his key concerns surrounding Ukraine
                              │   tensions.
                              │
                              │ Russian Foreign Minister Sergey Lavrov on Friday said
                              │ Russia is not pursuing war, despite the fact that it's
                              │ gathered tens of thousands of troops along Ukraine's
                              │ border.
                              │
                              │ "If it depends on Russia, then there will be no war. We
                              │ don't want wars. But we also won't allow our interests
                              │ to be rudely trampled, to be ignored," Lavrov told
                              │ Russian radio stations, per Reuters.
                              │
                              │ Lavrov's comments came as Russian President Vladimir
                              │ Putin complained that the US and NATO had not addressed
         READER                                                            32% · ? help
        """)
    }

    @Test func theSidebarListsSpeakersMostQuotedFirstAt120x40() {
        var screen = Screen(ArticleFixture.seed, 120, 40)
        screen.press("s j")
        expectScreen(screen, """
         Russia's top diplomat says Moscow doesn't 'want wars' but warns 'we also won't allow our inter…  9 quotes · 3 speakers
         Speakers                     │ Russia's top diplomat says Moscow doesn't 'want wars' but warns 'we also won't allow
         ● Sergey Lavrov            4 │ our interests to be rudely trampled'
           Russian Foreign Minister   │
         ● Volodymyr Zelensky       3 │ • Russia's top diplomat warned that Moscow would not permit its "interests to be rudely
           Ukrainian President        │   trampled."
         ● Kremlin                  2 │ • This came as Putin complained that the West didn't address his key concerns
                                      │   surrounding Ukraine tensions.
                                      │
                                      │ Russian Foreign Minister Sergey Lavrov on Friday said Russia is not pursuing war,
                                      │ despite the fact that it's gathered tens of thousands of troops along Ukraine's border.
                                      │
                                      │ "If it depends on Russia, then there will be no war. We don't want wars. But we also
                                      │ won't allow our interests to be rudely trampled, to be ignored," Lavrov told Russian
                                      │ radio stations, per Reuters.
                                      │
                                      │ Lavrov's comments came as Russian President Vladimir Putin complained that the US and
                                      │ NATO had not addressed his central concerns in terms of Moscow's demands for binding
                                      │ security guarantees. Russia has insisted, among other things, that Ukraine and Georgia
                                      │ be banned from ever joining NATO. But the alliance and Washington have made it clear
                                      │ that this demand is a non-starter.
                                      │
                                      │ The US and NATO delivered written responses to Putin's demands this week, which remain
                                      │ confidential. But both US Secretary of State Antony Blinken and NATO Secretary-General
                                      │ Jens Stoltenberg underscored that the responses did not make concessions on the
                                      │ alliance's open-door policy.
                                      │
                                      │ "The US and NATO responses did not address Russia's fundamental concerns such as
                                      │ stopping NATO expansion...or rolling NATO's military capacity and infrastructure in
                                      │ Europe back," the Kremlin said in a readout of a call between Putin and French
                                      │ President Emmanuel Macron on Friday.
                                      │
                                      │ Russia will "carefully study the written responses to the draft agreements on security
                                      │ guarantees received from the United States and NATO on January 26, after which it would
                                      │ decide on further action," the Kremlin added.
                                      │
                                      │ The Kremlin has repeatedly claimed it has no plans to invade Ukraine, even as it
                                      │ refuses calls to withdraw troops from the border. Russia invaded Ukraine in 2014,
                                      │ annexing Crimea in the process. Since that year, the Kremlin has supported rebels in a
         SPEAKERS                                                                                                  79% · ? help
        """)
    }

    @Test func filteringTheQuoteViewForPanicLeavesZelenskysThree() {
        var screen = Screen(ArticleFixture.seed, 80, 24)
        screen.press("f / p a n i c")
        expectScreen(screen, """
         Russia's top diplomat says Moscow doesn't 'want wars' …  9 quotes · 3 speakers
         3 of 9 quotes matching “panic”
         Volodymyr Zelensky  “panic.”
         Volodymyr Zelensky  “We don't need panic,”
         Volodymyr Zelensky  “There are signals even from respected leaders of states,…











        ────────────────────────────────────────────────────────────────────────────────
         Volodymyr Zelensky, Ukrainian President · partial quote
         The US has warned that a Russian invasion of Ukraine could be imminent, though
         Ukrainian President Volodymyr Zelensky has taken a different tone and urged
         the West against inducing "panic."


         QUOTES  /panic                                                          ? help
        """)
    }

    @Test func helpAt80x24IsTheKeymap() {
        var screen = Screen(ArticleFixture.seed, 80, 24)
        screen.press("?")
        expectScreen(screen, """
         Russia's top diplomat says Moscow doesn't 'want wars' …  9 quotes · 3 speakers
         quoth: every quote in its speaker's colour

         Everywhere
           j ↓               scroll down / next item
           k ↑               scroll up / previous item
           Space PgDn Ctrl-F page down
           b PgUp Ctrl-B     page up
           Ctrl-D            half a page down
           Ctrl-U            half a page up
           g Home            go to the top
           G End             go to the end
           Tab               next pane (sidebar, reader, quote view)
           Shift-Tab         previous pane
           s                 speaker sidebar (shows it in narrow windows)
           r                 reader
           f                 quote view
           Enter             select
           ]                 next quote
           [                 previous quote
           }                 next quote by the selected speaker
           {                 previous quote by the selected speaker
           >                 next article (several paths given)
         HELP                                                                    ? help
        """)
    }

    @Test func at40x12TheSidebarFoldsAwayAndTheTextRewraps() {
        var screen = Screen(ArticleFixture.seed, 40, 12)
        screen.press("] ] ]")
        expectScreen(screen, """
         Russia's top d…  9 quotes · 3 speakers
         Russia's top diplomat says Moscow
         doesn't 'want wars' but warns 'we also
         won't allow our interests to be rudely
         trampled'

         • Russia's top diplomat warned that
           Moscow would not permit its
           "interests to be rudely trampled."
         • This came as Putin complained that
           the West didn't address his key
         READER                    11% · ? help
        """)
    }

    @Test func at40x12TheSidebarComesBackOverTheReaderWithS() {
        var screen = Screen(ArticleFixture.seed, 40, 12)
        screen.press("s")
        expectScreen(screen, """
         Russia's top d…  9 quotes · 3 speakers
         Speakers
         ● Sergey Lavrov                      4
           Russian Foreign Minister
         ● Volodymyr Zelensky                 3
           Ukrainian President
         ● Kremlin                            2




         SPEAKERS                  11% · ? help
        """)
    }

    @Test func at40x12TheFilterMatchesSpeakerNamesCaseInsensitively() {
        var screen = Screen(ArticleFixture.seed, 40, 12)
        screen.press("f / Z E L")
        expectScreen(screen, """
         Russia's top d…  9 quotes · 3 speakers
         3 of 9 quotes matching “ZEL”
         V. Zelensky    “panic.”
         V. Zelensky    “We don't need panic,”
         V. Zelensky    “There are signals eve…


        ────────────────────────────────────────
         Volodymyr Zelensky, Ukrainian Preside…
         The US has warned that a Russian
         invasion of Ukraine could be imminent…
         QUOTES  /ZEL                    ? help
        """)
    }

    @Test func helpAt40x12CutsWithAnEllipsis() {
        var screen = Screen(ArticleFixture.seed, 40, 12)
        screen.press("?")
        expectScreen(screen, """
         Russia's top d…  9 quotes · 3 speakers
         quoth: every quote in its speaker's c…

         Everywhere
           j ↓               scroll down / nex…
           k ↑               scroll up / previ…
           Space PgDn Ctrl-F page down
           b PgUp Ctrl-B     page up
           Ctrl-D            half a page down
           Ctrl-U            half a page up
           g Home            go to the top
         HELP                            ? help
        """)
    }

    @Test func theQuoteViewAt120x40ListsEveryQuote() {
        var screen = Screen(ArticleFixture.seed, 120, 40)
        screen.press("f")
        expectScreen(screen, """
         Russia's top diplomat says Moscow doesn't 'want wars' but warns 'we also won't allow our inter…  9 quotes · 3 speakers
         9 of 9 quotes
         Sergey Lavrov       “want wars”
         Sergey Lavrov       “we also won't allow our interests to be rudely trampled”
         Sergey Lavrov       “interests to be rudely trampled.”
         Sergey Lavrov       “If it depends on Russia, then there will be no war. We don't want wars. But we also won't allow …
         Kremlin             “The US and NATO responses did not address Russia's fundamental concerns such as stopping NATO ex…
         Kremlin             “carefully study the written responses to the draft agreements on security guarantees”
         Volodymyr Zelensky  “panic.”
         Volodymyr Zelensky  “We don't need panic,”
         Volodymyr Zelensky  “There are signals even from respected leaders of states, they just say that tomorrow there will …
















        ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
         Sergey Lavrov, Russian Foreign Minister · partial quote
         Russia's top diplomat says Moscow doesn't 'want wars' but warns 'we also won't allow our interests to be rudely
         trampled'








         QUOTES                                                                                                          ? help
        """)
    }

    @Test func wideAndCombiningTextAlignsAt80x24() {
        let screen = Screen(ArticleFixture.cjk, 80, 24)
        expectScreen(screen, """
         東京で記者会見 🎌 Tokyo briefing — tokyo.txt             4 quotes · 2 speakers
         Speakers             │ 東京で記者会見 🎌 Tokyo briefing
         ● Fumio Kishida    3 │
           Prime Minister of… │ • 首相は「平和を守る」と述べた。
         ● Café owners      1 │
                              │ Prime Minister Fumio Kishida said "we will protect
                              │ peace 🕊️" at the briefing in Tokyo on Monday.
                              │
                              │ 「日本は戦争を望まない。対話を続ける」と岸田首相は記者
                              │ 団に語った。
                              │
                              │ Café owners in Zürich said "naïve optimism is dangerous
                              │ 😬" but hoped for the best; a family 👨‍👩‍👧 waved a flag
                              │ 🇯🇵.
                              │
                              │
                              │
                              │
                              │
                              │
                              │
                              │
                              │
         READER                                                           100% · ? help
        """)
    }

    @Test func cjkWrapsBetweenCharactersButNotBeforePunctuationAt40x12() {
        let screen = Screen(ArticleFixture.cjk, 40, 12)
        expectScreen(screen, """
         東京で記者会見…  4 quotes · 2 speakers
         東京で記者会見 🎌 Tokyo briefing

         • 首相は「平和を守る」と述べた。

         Prime Minister Fumio Kishida said "we
         will protect peace 🕊️" at the briefing
         in Tokyo on Monday.

         「日本は戦争を望まない。対話を続ける」
         と岸田首相は記者団に語った。
         READER                    66% · ? help
        """)
    }

    @Test func cjkQuotesAreCutByDisplayWidth() {
        var screen = Screen(ArticleFixture.cjk, 40, 12)
        screen.press("f")
        expectScreen(screen, """
         東京で記者会見…  4 quotes · 2 speakers
         4 of 4 quotes
         Fumio Kishida  “平和を守る”
         Fumio Kishida  “we will protect peace…
         Fumio Kishida  “日本は戦争を望まない…
         Café owners    “naïve optimism is dan…

        ────────────────────────────────────────
         Fumio Kishida, Prime Minister of Japa…
         首相は「平和を守る」と述べた。

         QUOTES                          ? help
        """)
    }

    @Test func below30x8OnlyANoteShows() {
        let screen = Screen(ArticleFixture.seed, 20, 6)
        expectScreen(screen, """


          window too small



        """)
    }

    @Test func theFilteredQuoteViewAt120x40() {
        var screen = Screen(ArticleFixture.seed, 120, 40)
        screen.press("f / k r e m l i n")
        expectScreen(screen, """
         Russia's top diplomat says Moscow doesn't 'want wars' but warns 'we also won't allow our inter…  9 quotes · 3 speakers
         2 of 9 quotes matching “kremlin”
         Kremlin  “The US and NATO responses did not address Russia's fundamental concerns such as stopping NATO expansion”
         Kremlin  “carefully study the written responses to the draft agreements on security guarantees”























        ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
         Kremlin
         "The US and NATO responses did not address Russia's fundamental concerns such as stopping NATO expansion...or rolling
         NATO's military capacity and infrastructure in Europe back," the Kremlin said in a readout of a call between Putin and
         French President Emmanuel Macron on Friday.







         QUOTES  /kremlin                                                                                                ? help
        """)
    }

    @Test func helpAt120x40ShowsEverySection() {
        var screen = Screen(ArticleFixture.seed, 120, 40)
        screen.press("?")
        expectScreen(screen, """
         Russia's top diplomat says Moscow doesn't 'want wars' but warns 'we also won't allow our inter…  9 quotes · 3 speakers
         quoth: every quote in its speaker's colour

         Everywhere
           j ↓               scroll down / next item
           k ↑               scroll up / previous item
           Space PgDn Ctrl-F page down
           b PgUp Ctrl-B     page up
           Ctrl-D            half a page down
           Ctrl-U            half a page up
           g Home            go to the top
           G End             go to the end
           Tab               next pane (sidebar, reader, quote view)
           Shift-Tab         previous pane
           s                 speaker sidebar (shows it in narrow windows)
           r                 reader
           f                 quote view
           Enter             select
           ]                 next quote
           [                 previous quote
           }                 next quote by the selected speaker
           {                 previous quote by the selected speaker
           >                 next article (several paths given)
           <                 previous article
           t                 next theme
           ? h F1            help
           Ctrl-L            redraw the screen
           y                 copy the selected quote with its speaker and source
           |                 pipe the article, or the selected quote, to a command
           w                 why this speaker: the cue, the rule, and where the name was settled (jumps there)
           u                 next unread article (library)
           !                 what could not be read, and other warnings
           R                 reload every feed in the background
           F                 the feeds view: every feed, its unread articles
           q                 close the view; back to the library; quit
           Q                 quit at once
           Esc               cancel

         Reader
         HELP                                                                                                            ? help
        """)
    }

    @Test func wideTextAt120x40WithTheSidebarFocused() {
        var screen = Screen(ArticleFixture.cjk, 120, 40)
        screen.press("s")
        expectScreen(screen, """
         東京で記者会見 🎌 Tokyo briefing — tokyo.txt                                                     4 quotes · 2 speakers
         Speakers                     │ 東京で記者会見 🎌 Tokyo briefing
         ● Fumio Kishida            3 │
           Prime Minister of Japan    │ • 首相は「平和を守る」と述べた。
         ● Café owners              1 │
                                      │ Prime Minister Fumio Kishida said "we will protect peace 🕊️" at the briefing in Tokyo
                                      │ on Monday.
                                      │
                                      │ 「日本は戦争を望まない。対話を続ける」と岸田首相は記者団に語った。
                                      │
                                      │ Café owners in Zürich said "naïve optimism is dangerous 😬" but hoped for the best; a
                                      │ family 👨‍👩‍👧 waved a flag 🇯🇵.
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
                                      │
         SPEAKERS                                                                                                 100% · ? help
        """)
    }
}
