import ArticleKit
import Foundation

/// Reads and analyses a library's files on worker threads while the UI
/// runs, and hands the event loop snapshots to apply.
///
/// One loader thread drives `ArticleBatch` (which spreads the reading over
/// every core) and builds the `Library`; every quarter of a second it
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
    public func start(from seed: Library = Library(), reader: ArticleReader = ArticleReader(), chunkSize: Int = 64,
                      snapshotInterval: Double = 0.25) {
        let files = self.files
        let thread = Thread { [self] in
            var library = seed
            var lastPost = DispatchTime.now().uptimeNanoseconds
            var posted = false
            // Folding each quote for the index runs on the workers too.
            ArticleBatch.map(files, reader: reader, chunkSize: chunkSize, transform: { item -> (ArticleBatch.Item, Library.Prepared?) in
                if case .article(let article) = item { return (item, Library.prepare(article)) }
                return (item, nil)
            }, handle: { item, prepared in
                switch item {
                case .article(let article): library.add(article, prepared: prepared)
                case .failure(let error): library.skip(error)
                }
                // The first chunk shows at once; later ones every `snapshotInterval`,
                // since each snapshot merges every speaker again.
                let now = DispatchTime.now().uptimeNanoseconds
                if library.articles.count + library.failures.count >= (posted ? 0 : chunkSize),
                   !posted || Double(now - lastPost) / 1e9 >= snapshotInterval {
                    library.index(echoes: false)
                    post(library, done: false)
                    posted = true
                    lastPost = now
                }
            })
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
