import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        return try articles(from: try load(path), source: path)
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

    /// Parses and analyses plain text (or light Markdown). With a `title`
    /// given apart, all of `text` is the body; without, its first line is
    /// the title.
    public static func plainText(_ text: String, source: String, title given: String? = nil) -> Article {
        let scalars = ScalarText.scalars(text)
        let (title, paragraphs) = PlainTextParser.parse(scalars, titled: given == nil)
        let article = Article(source: source, text: text, title: given ?? title, paragraphs: paragraphs)
        return ArticleAnalyzer.analyze(article, scalars: scalars)
    }

    /// Reads a file whole, refusing what is not a regular file or is over
    /// `maximumFileSize`.
    ///
    /// The file is opened first and checked through its descriptor, so what
    /// is checked is what is read: a symbolic link is judged by its target
    /// (a link to a 1 GB file is too large, a link loop fails with ELOOP), a
    /// FIFO or device is refused without blocking (O_NONBLOCK: opening a FIFO
    /// with no writer would otherwise wait forever), and a file that grows
    /// after the check is still read no further than the limit.
    func load(_ path: String) throws(ReadError) -> Data {
        if path == "-" { return try readAll(STDIN_FILENO, path: path, expected: 0) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(path: path, reason: Self.reason(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(path: path, reason: Self.reason(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReadError(path: path, reason: "is a directory")
        case S_IFIFO: throw ReadError(path: path, reason: "not a regular file (a named pipe)")
        case S_IFCHR, S_IFBLK: throw ReadError(path: path, reason: "not a regular file (a device)")
        case S_IFSOCK: throw ReadError(path: path, reason: "not a regular file (a socket)")
        default: throw ReadError(path: path, reason: "not a regular file")
        }
        let size = Int(info.st_size)
        if size > maximumFileSize { throw tooLarge(path, size) }
        return try readAll(fd, path: path, expected: size)
    }

    /// Reads `fd` to its end, but never more than one byte past the limit:
    /// st_size is only a hint (files under /proc say 0, files grow, standard
    /// input has none).
    private func readAll(_ fd: Int32, path: String, expected size: Int) throws(ReadError) -> Data {
        var bytes = [UInt8](repeating: 0, count: max(size + 1, 4096))   // +1: the end is seen without growing
        var count = 0
        while true {
            if count == bytes.count {
                if count > maximumFileSize { throw tooLarge(path, count) }
                bytes.append(contentsOf: repeatElement(0, count: min(count, maximumFileSize + 1 - count + 4096)))
            }
            let n = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(path: path, reason: Self.reason(errno: errno))
            }
            if n == 0 { break }
            count += n
        }
        if count > maximumFileSize { throw tooLarge(path, count) }
        bytes.removeSubrange(count...)
        return Data(bytes)
    }

    private func tooLarge(_ path: String, _ size: Int) -> ReadError {
        ReadError(path: path, reason: "too large (\(size >> 20) MB; the limit is \(maximumFileSize >> 20) MB)")
    }

    /// The reason for a failed system call, as a person would say it.
    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of symbolic links (a link loop?)"
        case EISDIR: return "is a directory"
        case ENOTDIR: return "a folder in the path is not a folder"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
