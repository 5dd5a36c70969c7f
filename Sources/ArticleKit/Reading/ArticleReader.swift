import Foundation

/// Reads article files of any supported format and analyses them.
///
/// The one door into ArticleKit for callers: give it a path (or bytes) and
/// get back analysed articles, or a `ReadError` saying why not. A feed
/// yields one article per item; every other format yields one.
public struct ArticleReader: Sendable {
    /// Files larger than this are refused rather than read whole.
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 64 << 20) {
        self.maximumFileSize = maximumFileSize
    }

    /// Reads and analyses the file at `path` (`-` is standard input), or
    /// fetches it when it is an http(s) URL.
    public func read(_ path: String) throws(ReadError) -> [Article] {
        if HTTPFetcher.isWebAddress(path) {
            let response = try HTTPFetcher(maximumSize: maximumFileSize).fetch(path)
            return try articles(from: response.data, source: path, contentType: response.contentType)
        }
        let data: Data
        do {
            data = try load(path)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(path: path, reason: Self.reason(for: error))
        }
        return try articles(from: data, source: path)
    }

    /// Analyses bytes already in memory, named `source` in messages and output.
    public func articles(from data: Data, source: String) throws(ReadError) -> [Article] {
        try articles(from: data, source: source, contentType: nil)
    }

    /// Dispatches on the format: web pages and feeds have readers of their
    /// own; everything else is text. `contentType` is an HTTP header value.
    func articles(from data: Data, source: String, contentType: String?) throws(ReadError) -> [Article] {
        let charset = contentType.flatMap(HTMLCharset.charset(fromContentType:))
        switch InputFormat.detect(data, name: source, contentType: contentType) {
        case .html:
            return [try HTMLReader.article(from: data, source: source, httpCharset: charset)]
        case .feed:
            return try FeedReader.articles(from: data, source: source, httpCharset: charset)
        case .plainText:
            break
        }
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(data)
        } catch {
            throw ReadError(path: source, reason: error.description)
        }
        var article = ArticleReader.plainText(decoded.text, source: source)
        if let warning = decoded.warning { article.warnings.append(warning) }
        return [article]
    }

    /// Parses and analyses plain text (or light Markdown).
    public static func plainText(_ text: String, source: String) -> Article {
        let scalars = ScalarText.scalars(text)
        let (title, paragraphs) = PlainTextParser.parse(scalars)
        let article = Article(source: source, text: text, title: title, paragraphs: paragraphs)
        return ArticleAnalyzer.analyze(article, scalars: scalars)
    }

    private func load(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ReadError(path: path, reason: FileManager.default.fileExists(atPath: path)
                            ? "cannot read file" : "no such file or directory")
        }
        let type = attributes[.type] as? FileAttributeType
        if type == .typeDirectory { throw ReadError(path: path, reason: "is a directory") }
        if type != .typeRegular && type != .typeSymbolicLink {
            throw ReadError(path: path, reason: "not a regular file")
        }
        if let size = attributes[.size] as? Int, size > maximumFileSize {
            throw ReadError(path: path, reason: "too large (\(size >> 20) MB; the limit is \(maximumFileSize >> 20) MB)")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ReadError(path: path, reason: "permission denied")
        }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static func reason(for error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return "cannot read file"
    }
}
