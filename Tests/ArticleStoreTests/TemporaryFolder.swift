import Foundation

/// A folder under the system's temporary directory, removed when the test's
/// value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit {
        // A test may have made a folder read-only; give it back first.
        chmod(url.path, 0o755)
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in enumerator { chmod(url.appendingPathComponent(name).path, 0o755) }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
