import Foundation

/// Runs `body(i)` for every index on all cores, with plain threads.
///
/// `DispatchQueue.concurrentPerform` ran on one core here (Linux, Swift
/// 6.3), so the batch reader keeps its own small pool: each worker takes the
/// next index until none are left; the caller's thread works too.
enum ParallelWork {
    static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func forEach(_ count: Int, workers: Int = ParallelWork.coreCount, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1, workers > 1 else {
            for i in 0..<count { body(i) }
            return
        }
        let next = Counter()
        let done = DispatchGroup()
        let work: @Sendable () -> Void = {
            while true {
                let i = next.take()
                if i >= count { break }
                body(i)
            }
        }
        for _ in 1..<min(workers, count) {
            done.enter()
            let thread = Thread {
                work()
                done.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        work()
        done.wait()
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take() -> Int {
            lock.lock(); defer { lock.unlock() }
            value += 1
            return value - 1
        }
    }
}
