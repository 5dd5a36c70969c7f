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
                            chunkSize: Int = 64, handle: (Item) -> Void) {
        let collected = InputCollector.collect(paths)
        for error in collected.errors { handle(.failure(error)) }
        read(files: collected.files, reader: reader, chunkSize: chunkSize, handle: handle)
    }

    public static func read(files: [String], reader: ArticleReader = ArticleReader(),
                            chunkSize: Int = 64, handle: (Item) -> Void) {
        var start = 0
        while start < files.count {
            let chunk = Array(files[start..<min(files.count, start + chunkSize)])
            let results = Results(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { i in
                let items: [Item]
                do throws(ReadError) {
                    let articles = try reader.read(chunk[i])
                    items = articles.map(Item.article)
                } catch {
                    items = [.failure(error)]
                }
                results.set(i, items)
            }
            for items in results.all { items.forEach(handle) }
            start += chunkSize
        }
    }

    /// Slots written once each from concurrent workers.
    private final class Results: @unchecked Sendable {
        private var slots: [[Item]]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: [], count: count) }
        func set(_ i: Int, _ items: [Item]) { lock.lock(); slots[i] = items; lock.unlock() }
        var all: [[Item]] { lock.lock(); defer { lock.unlock() }; return slots }
    }
}
