import ArticleKit
import Foundation

/// Runs `R`'s reload on a thread of its own and hands the event loop its
/// progress, so keys keep working while feeds are fetched.
///
/// The shelf fetches and keeps (`FeedShelf.refresh`); every feed that
/// finishes updates a `FeedReload`, which the event loop `take`s on its own
/// thread and applies like any other action. Only the newest report is
/// kept: each one counts everything before it.
public final class FeedReloader: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private let reports = NewestValue<FeedReload>()
    public let shelf: any FeedShelf
    public let fetcher: FeedFetcher

    public init(shelf: any FeedShelf, fetcher: FeedFetcher = FeedFetcher()) {
        self.shelf = shelf
        self.fetcher = fetcher
    }

    /// Starts a reload of every feed, unless one is running; returns at once.
    public func start() {
        lock.lock()
        defer { lock.unlock() }
        guard !running else { return }
        running = true
        let shelf = self.shelf, fetcher = self.fetcher
        let thread = Thread { [self] in
            var reload = FeedReload(total: 0)
            do {
                try shelf.refresh(with: fetcher, onStart: { count in
                    reload.total = count
                    post(reload)
                }, onResult: { result, error in
                    reload.add(result, error: error)
                    post(reload)
                })
            } catch {
                if reload.saveError == nil { reload.saveError = "cannot fetch: \(error.localizedDescription)" }
            }
            reload.finished = true
            lock.lock()
            running = false
            lock.unlock()
            post(reload)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func post(_ reload: FeedReload) {
        reports.post(reload)
    }

    /// The newest report not yet taken, as an action for the reducer.
    public func take() -> Action? {
        reports.take().map { .feedsReloading($0) }
    }
}
