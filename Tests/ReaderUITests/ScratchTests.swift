import Testing
import Foundation
@testable import ReaderUI

@Test func scratch() throws {
    let cases: [(String, Screen)] = [
        ("seed80", Screen(ArticleFixture.seed, 80, 24)),
        ("sidebar120", { var s = Screen(ArticleFixture.seed, 120, 40); s.press("s j"); return s }()),
        ("filter80", { var s = Screen(ArticleFixture.seed, 80, 24); s.press("f / p a n i c"); return s }()),
        ("help80", { var s = Screen(ArticleFixture.seed, 80, 24); s.press("?"); return s }()),
        ("seed40", { var s = Screen(ArticleFixture.seed, 40, 12); s.press("] ] ]"); return s }()),
        ("sidebar40", { var s = Screen(ArticleFixture.seed, 40, 12); s.press("s"); return s }()),
        ("filter40", { var s = Screen(ArticleFixture.seed, 40, 12); s.press("f / Z E L"); return s }()),
        ("help40", { var s = Screen(ArticleFixture.seed, 40, 12); s.press("?"); return s }()),
        ("quotes120", { var s = Screen(ArticleFixture.seed, 120, 40); s.press("f"); return s }()),
        ("help120", { var s = Screen(ArticleFixture.seed, 120, 40); s.press("?"); return s }()),
        ("cjk80", Screen(ArticleFixture.cjk, 80, 24)),
        ("cjk40", Screen(ArticleFixture.cjk, 40, 12)),
        ("cjkquotes40", { var s = Screen(ArticleFixture.cjk, 40, 12); s.press("f"); return s }()),
        ("small", Screen(ArticleFixture.seed, 20, 6)),
    ]
    try FileManager.default.createDirectory(atPath: "/tmp/screens", withIntermediateDirectories: true)
    for (name, screen) in cases {
        try screen.text.write(toFile: "/tmp/screens/\(name).txt", atomically: true, encoding: .utf8)
    }
}
