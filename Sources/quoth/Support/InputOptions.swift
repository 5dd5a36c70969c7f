import ArgumentParser
import ArticleKit
import Foundation

/// The inputs every data command takes, and the one way they report bad input.
struct InputOptions: ParsableArguments {
    /// What the paths hold.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        /// Articles: files, folders, URLs, feeds.
        case files
        /// An archive in JSON Lines, one article a line (see `ArticleLine`).
        case jsonl
    }

    @Option(help: """
        files: the paths are articles, folders, URLs or feeds. jsonl: one article a line, \
        {"id", "text"} with optional "title", "url", "date", "html", read from the paths or \
        from standard input, in constant memory.
        """)
    var input: Kind = .files

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    @Argument(help: "Article files, folders (read recursively), URLs, or - for standard input; with --input jsonl, JSON Lines files (none: standard input).")
    var paths: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// Files are read only when named (a command that can answer from the
    /// store alone asks this only without `--store`).
    func requirePaths() throws {
        if input == .files && paths.isEmpty { throw ValidationError("Missing expected argument '<paths> ...'") }
    }

    /// Reads every input in order, running `render` for each article on the
    /// worker threads and `body` with its result on this one; failures go to
    /// stderr as `quoth: PATH: reason` (`quoth: stdin:17: reason` for a line
    /// of JSON Lines). With JSON Lines, `afterBatch` runs whenever a batch
    /// is done, so what was found can be written before more input arrives.
    /// Returns whether any input was skipped.
    func forEachArticle<T: Sendable>(render: @escaping @Sendable (Article) -> T, afterBatch: () -> Void = {},
                                     _ body: (Article, T) -> Void) -> Bool {
        var skipped = false
        let transform: @Sendable (ArticleBatch.Item) -> (ArticleBatch.Item, T?) = { item in
            if case .article(let article) = item { return (item, render(article)) }
            return (item, nil)
        }
        let handle: ((ArticleBatch.Item, T?)) -> Void = { result in
            if let article = Self.reported(result.0) { body(article, result.1!) } else { skipped = true }
        }
        switch input {
        case .files: ArticleBatch.map(paths, workers: jobs, transform: transform, handle: handle)
        case .jsonl: ArticleBatch.mapJSONLines(paths, workers: jobs, transform: transform, handle: handle, afterBatch: afterBatch)
        }
        return skipped
    }

    /// Reads every input in order; failures go to stderr as `quoth: PATH: reason`.
    /// Returns whether any input was skipped.
    func forEachArticle(_ body: (Article) -> Void) -> Bool {
        forEachArticle(render: { _ in true }) { article, _ in body(article) }
    }

    /// Reads quote lines (`quoth quotes --format jsonl`) back as articles
    /// that hold only their speakers. Returns whether any line was skipped.
    func forEachArticleOfQuotes(_ body: (Article) -> Void) -> Bool {
        var skipped = false
        QuoteLines.articles(paths, workers: jobs) { item in
            if let article = Self.reported(item) { body(article) } else { skipped = true }
        }
        return skipped
    }

    /// The article, its warnings written to stderr; or nil, the failure written there.
    static func reported(_ item: ArticleBatch.Item) -> Article? {
        switch item {
        case .article(let article):
            for warning in article.warnings { Diagnostics.warn("\(article.source): \(warning)") }
            return article
        case .failure(let error):
            Diagnostics.warn(error.description)
            return nil
        }
    }
}

enum Diagnostics {
    /// One line on stderr. File names, theme lines and article titles can
    /// carry escape sequences, so the message is made visible first.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("quoth: \(Sanitizer.visible(message))\n".utf8))
    }
}

/// Buffered standard output: one write per few kilobytes, not per line.
struct OutputBuffer {
    private var buffer = ""
    /// `.exact` for reports that make each field visible themselves (the
    /// text format, which styles them after).
    var safety: OutputSafety

    init(safety: OutputSafety = .exact) { self.safety = safety }

    mutating func line(_ s: String) {
        buffer += safety.apply(s)
        buffer += "\n"
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    /// Text that already ends in a newline.
    mutating func text(_ s: String) {
        buffer += safety.apply(s)
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
