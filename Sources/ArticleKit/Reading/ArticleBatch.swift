import Foundation

/// Reads many inputs on every core and hands the results back in input
/// order, so output is the same however the work was split.
public enum ArticleBatch {
    public enum Item: Sendable {
        case article(Article)
        case failure(ReadError)
    }

    /// Expands `paths` (folders recursively), reads every file, and calls
    /// `handle` for each article or failure, in order, on the caller's thread.
    public static func read(_ paths: [String], reader: ArticleReader = ArticleReader(),
                            chunkSize: Int = 256, handle: (Item) -> Void) {
        map(paths, reader: reader, chunkSize: chunkSize, transform: { $0 }, handle: handle)
    }

    /// Like `read`, but runs `transform` on the worker threads too, so work
    /// per article (formatting output, say) is spread over the cores as well.
    /// `workers` threads (all cores when nil) share the work.
    public static func map<T: Sendable>(_ paths: [String], reader: ArticleReader = ArticleReader(), chunkSize: Int = 256,
                                        workers: Int? = nil,
                                        transform: @escaping @Sendable (Item) -> T, handle: (T) -> Void) {
        let collected = InputCollector.collect(paths)
        for error in collected.errors { handle(transform(.failure(error))) }
        let files = collected.files
        var start = 0
        while start < files.count {
            let chunk = Array(files[start..<min(files.count, start + chunkSize)])
            let results = Slots<[T]>(count: chunk.count, empty: [])
            ParallelWork.forEach(chunk.count, workers: workers ?? ParallelWork.coreCount) { i in
                var items: [Item]
                do throws(ReadError) {
                    let articles = try reader.read(chunk[i])
                    items = articles.map(Item.article)
                } catch {
                    items = [.failure(error)]
                }
                results.set(i, items.map(transform))
            }
            for values in results.all { values.forEach(handle) }
            start += chunkSize
        }
    }

    /// Runs `body` for indices 0..<count on every core (for benchmarks and
    /// callers with their own inputs).
    public static func analyze(_ count: Int, workers: Int? = nil, _ body: @escaping @Sendable (Int) -> Void) {
        ParallelWork.forEach(count, workers: workers ?? ParallelWork.coreCount, body)
    }

    /// Slots written once each from concurrent workers.
    final class Slots<T>: @unchecked Sendable {
        private var slots: [T]
        private let lock = NSLock()
        init(count: Int, empty: T) { slots = Array(repeating: empty, count: count) }
        func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
        var all: [T] { lock.lock(); defer { lock.unlock() }; return slots }
    }
}
