import ArticleKit
import Testing
@testable import ReaderUI

/// A thousand and more keys at random, with resizes, on the library and on an
/// article: every screen, prompt and overlay must take any key at any size
/// without a crash, and every frame must fit the window.
struct RandomKeysTests {
    /// A fixed sequence (a linear congruential generator), so a failure can be replayed.
    struct Dice {
        var state: UInt64
        mutating func roll(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let keys: [Key] = "jkJKgGbnN[]{}/qfsrtmuAoy|!?hxQ".map { Key.char($0) } + "abc ".map { Key.char($0) }
        + [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backspace, .delete,
           .ctrl("d"), .ctrl("u"), .ctrl("w"), .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("l"), .function(1)]

    func run(_ state: ReaderState, seed: UInt64) {
        var state = state
        var dice = Dice(state: seed)
        for step in 0..<1500 {
            if dice.roll(40) == 0 {
                _ = state.apply(.resize(Size(width: dice.roll(140), height: dice.roll(50))))
            } else if dice.roll(30) == 0 {
                _ = state.apply(.mouse(MouseEvent([.click, .wheelUp, .wheelDown][dice.roll(3)], x: dice.roll(120), y: dice.roll(40))))
            } else {
                let key = Self.keys[dice.roll(Self.keys.count)]
                // Q quits and q may: the loop would stop; here the keys go on.
                _ = state.apply(state.action(for: key))
            }
            let grid = Renderer.render(state)
            #expect(grid.size == state.size, "step \(step)")
            guard (0..<grid.size.height).allSatisfy({ DisplayWidth.of(grid.line($0)) <= grid.size.width }) else {
                Issue.record("a line overflows at step \(step)")
                return
            }
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func anyKeysOnTheLibrary(seed: UInt64) {
        var articles = ArticleFixture.library
        articles[0].metadata = Metadata(byline: "Ann", site: "The Ledger", link: "https://ledger.example/1")
        let library = LibraryScreen(library: Library(articles + [ArticleFixture.seed, ArticleFixture.cjk]), total: 5, loading: false)
        run(ReaderState(library: library, size: Size(width: 80, height: 24)), seed: seed)
    }

    @Test(arguments: [4, 5] as [UInt64])
    func anyKeysOnAnArticle(seed: UInt64) {
        run(ReaderState(article: ArticleFixture.cjk, size: Size(width: 60, height: 20)), seed: seed)
    }
}
