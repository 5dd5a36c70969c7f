import ArticleKit
import Foundation

/// Reads and analyses a library's files on worker threads while the UI
/// runs, and hands the event loop snapshots to apply.
///
/// `ArticleBatch.analyze` reads on every core while a consumer thread builds
/// the `Library` in file order; every quarter of a second it merges
/// speakers and posts a copy. The event loop `take`s the newest copy
/// on its own thread, so the UI state is only ever changed there.
public final class LibraryLoader: @unchecked Sendable {
    private let snapshots = NewestValue<(library: Library, done: Bool)>()
    private let lock = NSLock()
    private var finished = false
    public let files: [String]

    public init(files: [String]) {
        self.files = files
    }

    /// Starts reading on background threads; returns at once.
    ///
    /// Reading and analysis run on every core (`ArticleBatch.analyze`) and
    /// drop each file's result in its slot; a third thread takes the slots
    /// in order, adds them to the library and posts snapshots. So adding and
    /// merging overlap the analysis instead of waiting for a batch to end.
    public func start(from seed: Library = Library(), reader: ArticleReader = ArticleReader(), firstSnapshot: Int = 64,
                      snapshotInterval: Double = 0.25) {
        let files = self.files
        let slots = Slots(count: files.count)
        let producer = Thread {
            ArticleBatch.analyze(files.count) { i in
                do throws(ReadError) {
                    // Folding each quote for the index runs here too, on every core.
                    slots.set(i, .read(try reader.read(files[i]).map { ($0, Library.prepare($0)) }))
                } catch {
                    slots.set(i, .failed(error))
                }
            }
        }
        producer.stackSize = 8 << 20
        let consumer = Thread { [self] in
            var library = seed
            var lastPost = DispatchTime.now().uptimeNanoseconds
            var posted = false
            for i in files.indices {
                switch slots.take(i) {
                case .read(let articles): for (article, prepared) in articles { library.add(article, prepared: prepared) }
                case .failed(let error): library.skip(error)
                }
                // The first few show at once; then a snapshot every `snapshotInterval`,
                // since each one merges every speaker again.
                let now = DispatchTime.now().uptimeNanoseconds
                if posted ? Double(now - lastPost) / 1e9 >= snapshotInterval : i + 1 >= min(firstSnapshot, files.count) {
                    library.index(echoes: false)
                    post(library, done: false)
                    posted = true
                    lastPost = now
                }
            }
            library.index(echoes: true)
            post(library, done: true)
        }
        consumer.stackSize = 8 << 20
        producer.start()
        consumer.start()
    }

    private func post(_ library: Library, done: Bool) {
        // Finished first: whoever takes the last snapshot sees it finished.
        if done { lock.withLock { finished = true } }
        snapshots.post((library, done))
    }

    /// The newest snapshot not yet taken, as an action for the reducer.
    public func take() -> Action? {
        snapshots.take().map { .libraryLoaded($0.library, done: $0.done) }
    }

    /// True once the last snapshot has been posted.
    public var isFinished: Bool {
        lock.withLock { finished }
    }
}

/// Each file's result, written once by a worker and taken once, in order, by
/// the consumer, which waits for the slot it needs.
private final class Slots: @unchecked Sendable {
    enum Result {
        case read([(Article, Library.Prepared)])
        case failed(ReadError)
    }

    private var results: [Result?]
    private let condition = NSCondition()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: Result) {
        condition.lock()
        results[i] = result
        condition.broadcast()
        condition.unlock()
    }

    func take(_ i: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while results[i] == nil { condition.wait() }
        let result = results[i]!
        results[i] = nil
        return result
    }
}
