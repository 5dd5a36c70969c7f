import Foundation
import GRDB

/// Copies the WAL back into the database on a thread of its own while a
/// large index writes, instead of on the writer's thread at its commits.
///
/// SQLite checkpoints in the connection that commits once the WAL passes
/// 1,000 pages: writing and syncing the pages again, on the one thread
/// that bounds a first index. With the writer's automatic checkpoints
/// off, this connection checkpoints passively (never waiting for, nor
/// blocking, the writer or a reader) every `interval`, on the other core.
/// If the process dies, the WAL is where SQLite's recovery expects it:
/// nothing committed is lost, and the next connection checkpoints it.
final class WALCheckpointer: @unchecked Sendable {
    private let queue: DatabaseQueue
    private let interval: TimeInterval
    private let lock = NSCondition()
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    /// Nil when the database cannot be opened a second time: the writer's
    /// own checkpoints then stay as they are.
    init?(path: String, interval: TimeInterval = 0.25) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(ArticleStore.busyTimeout)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        self.queue = queue
        self.interval = interval
    }

    func start() {
        let thread = Thread { [self] in
            lock.lock()
            while !stopped {
                lock.unlock()
                _ = try? queue.writeWithoutTransaction { try $0.checkpoint(.passive) }
                lock.lock()
                if !stopped { _ = lock.wait(until: Date().addingTimeInterval(interval)) }
            }
            lock.unlock()
            finished.signal()
        }
        thread.start()
    }

    /// Stops after the checkpoint in progress, if any, and waits for it, so
    /// this connection closes before the store's last one (which then
    /// checkpoints and removes the WAL, as it would without this).
    func stop() {
        lock.lock()
        stopped = true
        lock.signal()
        lock.unlock()
        finished.wait()
    }
}
