extension ArticleBatch {
    /// `map` for archives in JSON Lines: each of `paths` ("-", or none at
    /// all, for standard input) holds one article a line (see `ArticleLine`),
    /// streamed in constant memory. A line that is no article is a failure
    /// named by its place (`stdin:17: no "id"`), and the lines after it
    /// still load.
    /// `afterBatch` runs each time a batch of results has been handled.
    public static func mapJSONLines<T: Sendable>(_ paths: [String], reader: ArticleReader = ArticleReader(), workers: Int? = nil,
                                                 transform: @escaping @Sendable (Item) -> T, handle: (T) -> Void,
                                                 afterBatch: () -> Void = {}) {
        for path in paths.isEmpty ? ["-"] : paths {
            let name = JSONLinesStream.name(of: path)
            let failure = JSONLinesStream.map(path, maximumLineLength: reader.maximumFileSize, workers: workers,
                                              transform: { line in transform(item(line, in: name)) }, handle: handle,
                                              afterBatch: afterBatch)
            if let failure { handle(transform(.failure(failure))) }
        }
    }

    static func item(_ line: JSONLinesStream.Line, in name: String) -> Item {
        let location = "\(name):\(line.number)"
        if let problem = line.problem { return .failure(ReadError(path: location, reason: problem)) }
        let value: JSONValue
        do {
            value = try JSONValue.parse(line.bytes)
        } catch {
            return .failure(ReadError(path: location, reason: error.description))
        }
        do {
            return .article(try ArticleLine.article(from: value, location: location))
        } catch {
            return .failure(error)
        }
    }
}
