import ArgumentParser
import ArticleKit
import Foundation

/// The paths every data command takes, and the one way they report bad input.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files, folders (read recursively), URLs, or - for standard input.")
    var paths: [String]

    /// Reads every input in order, running `render` for each article on the
    /// worker threads and `body` with its result on this one; failures go to
    /// stderr as `quoth: PATH: reason`. Returns whether any input was skipped.
    func forEachArticle<T: Sendable>(render: @escaping @Sendable (Article) -> T, _ body: (Article, T) -> Void) -> Bool {
        var skipped = false
        ArticleBatch.map(paths, transform: { item -> (ArticleBatch.Item, T?) in
            if case .article(let article) = item { return (item, render(article)) }
            return (item, nil)
        }) { item, rendered in
            switch item {
            case .article(let article):
                for warning in article.warnings { Diagnostics.warn("\(article.source): \(warning)") }
                body(article, rendered!)
            case .failure(let error):
                skipped = true
                Diagnostics.warn(error.description)
            }
        }
        return skipped
    }

    /// Reads every input in order; failures go to stderr as `quoth: PATH: reason`.
    /// Returns whether any input was skipped.
    func forEachArticle(_ body: (Article) -> Void) -> Bool {
        var skipped = false
        ArticleBatch.read(paths) { item in
            switch item {
            case .article(let article):
                for warning in article.warnings { Diagnostics.warn("\(article.source): \(warning)") }
                body(article)
            case .failure(let error):
                skipped = true
                Diagnostics.warn(error.description)
            }
        }
        return skipped
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
