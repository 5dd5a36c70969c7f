import ArticleKit
import Foundation

/// Reads and analyses a library's files on worker threads while the UI
/// runs, and hands the event loop snapshots to apply.
///
/// One loader thread drives `ArticleBatch` (which spreads the reading over
/// every core) and builds the `Library`; every `snapshotEvery` files it
/// merges speakers and posts a copy. The event loop `take`s the newest copy
/// on its own thread, so the UI state is only ever changed there.
public final class LibraryLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: (library: Library, done: Bool)?
    private var finished = false
    public let files: [String]

    public init(files: [String]) {
        self.files = files
    }

    /// Starts reading on a background thread; returns at once.
    public func start(from seed: Library = Library(), reader: ArticleReader = ArticleReader(), snapshotEvery: Int = 128) {
        let files = self.files
        let thread = Thread { [self] in
            var library = seed
            var handled = 0
            ArticleBatch.read(files, reader: reader, chunkSize: snapshotEvery) { item in
                switch item {
                case .article(let article): library.add(article)
                case .failure(let error): library.skip(error)
                }
                handled += 1
                if handled % snapshotEvery == 0 {
                    library.index(echoes: false)
                    post(library, done: false)
                }
            }
            library.index(echoes: true)
            post(library, done: true)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func post(_ library: Library, done: Bool) {
        lock.lock()
        pending = (library, done)
        if done { finished = true }
        lock.unlock()
    }

    /// The newest snapshot not yet taken, as an action for the reducer.
    public func take() -> Action? {
        lock.lock()
        defer { lock.unlock() }
        guard let next = pending else { return nil }
        pending = nil
        return .libraryLoaded(next.library, done: next.done)
    }

    /// True once the last snapshot has been posted.
    public var isFinished: Bool {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }
}
