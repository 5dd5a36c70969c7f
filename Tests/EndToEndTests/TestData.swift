import Foundation
import Testing

/// Articles for the binary: Tests/Fixtures travels with the repository (the
/// seed and four short stories written for this project); the corpora in
/// ../shared are there in CI and absent from a lone clone, so a test that
/// reads them carries `.needsShared(…)` and is skipped, with the reason,
/// without them.
enum TestData {
    static let fixtures = TmuxSession.packageRoot.appendingPathComponent("Tests/Fixtures")
    static let seed = fixtures.appendingPathComponent("seed/lavrov-no-war.txt").path
    /// Four short stories in two topic folders.
    static let articles = fixtures.appendingPathComponent("articles").path
    static let shared = TmuxSession.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A path in ../shared (only for tests marked `.needsShared`).
    static func shared(_ relative: String) -> String { shared.appendingPathComponent(relative).path }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when every one of `paths` (relative to ../shared)
    /// is there; otherwise Swift Testing reports it skipped with this reason.
    static func needsShared(_ paths: String...) -> Self {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: TestData.shared($0)) }
        return .enabled(if: missing.isEmpty, "needs ../shared/\(missing.first ?? "") beside the checkout")
    }
}
