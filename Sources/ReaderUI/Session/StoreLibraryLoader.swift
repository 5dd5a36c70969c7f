import ArticleKit
import ArticleStore
import Foundation

/// Keeps a library shown from the store up to date while the UI runs.
///
/// The first frame came from the store as last indexed
/// (`StoredLibraryContents.firstFrame`). On a thread of its own this then
/// lists every article (`listed`: everything searchable), merges in the
/// speakers' members (`completed`), checks every file under the
/// paths given for changes (`LibraryIndexer`: size and mtime, new and
/// gone files) and indexes the new and changed ones, posting the store's
/// contents again as chunks land (every `interval` at most: each post
/// lists the library and merges its speakers again) and once at the end.
/// The event loop `take`s the newest post on its own thread.
public final class StoreLibraryLoader: @unchecked Sendable {
    private let posts = NewestValue<(contents: StoredLibraryContents, done: Bool)>()
    private let messages = NewestValue<String>()
    private let lock = NSLock()
    private var finished = false
    public let first: StoredLibraryContents
    public let paths: [String]
    public let workers: Int?

    public init(first: StoredLibraryContents, paths: [String], workers: Int? = nil) {
        self.first = first
        self.paths = paths
        self.workers = workers
    }

    /// Starts on a background thread; returns at once.
    public func start(interval: Double = 0.5) {
        let thread = Thread { [self] in run(interval: interval) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func run(interval: Double) {
        let catalog = first.catalog
        let checking = paths.isEmpty ? nil : "checking files"
        guard let listed = try? first.listed(loadingNote: checking ?? "merging speakers") else { return finish(first.noting(nil)) }
        posts.post((listed, false))
        guard var shown = try? listed.completed(loadingNote: checking) else { return finish(listed.noting(nil)) }
        posts.post((shown, checking == nil))
        guard !paths.isEmpty else { return lock.withLock { finished = true } }
        var lastPost = Date.distantPast
        // Listing the store again takes a while on a large library: never
        // more than a third of the time goes to it.
        var wait = interval
        var indexer = LibraryIndexer(store: catalog.store, workers: workers)
        indexer.chunkSize = 128
        let report = indexer.index(paths) { done, toRead in
            guard Date().timeIntervalSince(lastPost) >= wait else { return }
            let note = "reading \(done)/\(toRead)"
            let started = Date()
            if let newer = try? shown.reloaded(loadingNote: note) {
                shown = newer
                posts.post((newer, false))
            }
            lastPost = Date()
            wait = max(interval, 2 * lastPost.timeIntervalSince(started))
        }
        if let error = report.storeError { messages.post("the store stopped taking the index: \(error.description)") }
        if report.read > 0 || report.removed > 0 || shown.articleCount != first.articleCount,
           let newer = try? shown.reloaded(loadingNote: nil) {
            return finish(newer.noting(nil, unlisted: report.listingErrors))
        }
        finish(shown.noting(nil, unlisted: report.listingErrors))
    }

    private func finish(_ contents: StoredLibraryContents) {
        lock.withLock { finished = true }
        posts.post((contents, true))
    }

    /// The newest post not yet taken, as an action for the reducer.
    public func take() -> Action? {
        if let message = messages.take() { return .report(message) }
        return posts.take().map { .libraryContents($0.contents, done: $0.done) }
    }

    /// True once the last post has been made.
    public var isFinished: Bool {
        lock.withLock { finished }
    }
}
