import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// JSON Lines read from a file or standard input in constant memory, and
/// worked on by every core with the results handed back in line order.
///
/// An archive may hold millions of lines and arrive through a pipe (Spark's
/// `rdd.pipe`, Hadoop Streaming), so nothing is read whole: a reader thread
/// cuts lines into batches and stays at most two batches ahead, the workers
/// transform one batch while the next is read, and the caller's thread
/// handles the results in order. A line longer than the limit is skipped as
/// it streams past, never held. Lines that trickle in (`tail -f`) are not
/// kept waiting for a full batch: whatever has arrived goes to idle workers.
public enum JSONLinesStream {
    /// One non-blank line: its number (from 1) and bytes without the line
    /// break, or the reason it was not kept.
    public struct Line: Sendable {
        public var number: Int
        public var bytes: [UInt8]
        public var problem: String?
    }

    /// At most this many lines, or this many bytes, go to the workers at once.
    static let batchLines = 256
    static let batchBytes = 4 << 20

    /// Reads `path` ("-" is standard input) to its end and calls `handle`
    /// with `transform(line)` for each non-blank line, in order, and
    /// `afterBatch` when a batch's results are all handled (the moment to
    /// flush output). Returns why the input could not be read, if it could
    /// not (the lines before were handled).
    public static func map<T: Sendable>(_ path: String, maximumLineLength: Int = 64 << 20, workers: Int? = nil,
                                        transform: @escaping @Sendable (Line) -> T, handle: (T) -> Void,
                                        afterBatch: () -> Void = {}) -> ReadError? {
        let name = Self.name(of: path)
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return ReadError(path: name, reason: ArticleReader.reason(errno: errno)) }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }

        let queue = BatchQueue(capacity: 2)
        let reader = Thread {
            queue.finish(with: readLines(fd, name: name, maximumLineLength: maximumLineLength,
                                         emit: { queue.put($0) }, consumerIdle: { queue.isEmpty }))
        }
        reader.stackSize = 1 << 20
        reader.start()
        while let batch = queue.take() {
            let results = ArticleBatch.Slots<T?>(count: batch.count, empty: nil)
            ParallelWork.forEach(batch.count, workers: workers ?? ParallelWork.coreCount) { i in results.set(i, transform(batch[i])) }
            for result in results.all { handle(result!) }
            afterBatch()
        }
        return queue.failure
    }

    /// What messages call the input: "stdin" for "-".
    public static func name(of path: String) -> String { path == "-" ? "stdin" : path }

    /// Cuts `fd` into lines and passes them on in batches: full ones, or
    /// after a read, what there is when the workers wait for it. Returns a
    /// read error.
    static func readLines(_ fd: Int32, name: String, maximumLineLength: Int, emit: ([Line]) -> Void,
                          consumerIdle: () -> Bool) -> ReadError? {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []        // the start of a line that goes on in the next chunk
        var overflow = 0                 // > 0: the current line is over the limit, this long so far
        var number = 0
        var batch: [Line] = []
        var batchSize = 0

        func end(_ tail: ArraySlice<UInt8>) {
            number += 1
            if overflow == 0 && pending.count + tail.count > maximumLineLength {
                overflow = pending.count
                pending.removeAll()
            }
            if overflow > 0 {
                let length = overflow + tail.count
                batch.append(Line(number: number, bytes: [],
                                  problem: "line too long (\(length >> 20) MB; the limit is \(maximumLineLength >> 20) MB)"))
                overflow = 0
            } else {
                var bytes = pending
                bytes.append(contentsOf: tail)
                pending.removeAll(keepingCapacity: true)
                if bytes.last == 0x0D { bytes.removeLast() }
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                batchSize += bytes.count
                batch.append(Line(number: number, bytes: bytes, problem: nil))
            }
            if batch.count >= batchLines || batchSize >= batchBytes {
                emit(batch)
                batch = []
                batchSize = 0
            }
        }

        var failure: ReadError?
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = ReadError(path: name, reason: ArticleReader.reason(errno: errno))
                break
            }
            if count == 0 { break }
            var start = 0
            while start < count, let newline = Self.newline(in: chunk, from: start, to: count) {
                end(chunk[start..<newline])
                start = newline + 1
            }
            let rest = chunk[start..<count]
            if overflow > 0 || pending.count + rest.count > maximumLineLength {
                overflow += pending.count + rest.count
                pending.removeAll()
            } else {
                pending.append(contentsOf: rest)
            }
            if !batch.isEmpty && consumerIdle() {
                emit(batch)
                batch = []
                batchSize = 0
            }
        }
        if overflow > 0 || !pending.isEmpty { end([]) }
        if !batch.isEmpty { emit(batch) }
        return failure
    }

    /// The index of the first line feed in `bytes[from..<to]` (memchr: lines
    /// are long, line feeds few).
    static func newline(in bytes: [UInt8], from: Int, to: Int) -> Int? {
        bytes.withUnsafeBufferPointer { p in
            guard let found = memchr(p.baseAddress! + from, 0x0A, to - from) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(p.baseAddress!)
        }
    }

    /// Batches from the reader thread to the workers, at most `capacity` waiting.
    private final class BatchQueue: @unchecked Sendable {
        private let condition = NSCondition()
        private var batches: [[Line]] = []
        private var finished = false
        private let capacity: Int
        private(set) var failure: ReadError?

        init(capacity: Int) { self.capacity = capacity }

        func put(_ batch: [Line]) {
            condition.lock()
            while batches.count >= capacity { condition.wait() }
            batches.append(batch)
            condition.broadcast()
            condition.unlock()
        }

        func finish(with failure: ReadError?) {
            condition.lock()
            self.failure = failure
            finished = true
            condition.broadcast()
            condition.unlock()
        }

        /// No batch waits: the workers are, or soon will be, idle.
        var isEmpty: Bool {
            condition.lock()
            defer { condition.unlock() }
            return batches.isEmpty
        }

        /// The next batch, or nil once the reader is done and all are taken.
        func take() -> [Line]? {
            condition.lock()
            defer { condition.unlock() }
            while batches.isEmpty && !finished { condition.wait() }
            guard !batches.isEmpty else { return nil }
            condition.broadcast()
            return batches.removeFirst()
        }
    }
}
