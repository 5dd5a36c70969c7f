import Foundation

/// What a file or HTTP response holds, decided from its name or content
/// type and confirmed by sniffing its first bytes.
///
/// Names and headers lie often enough (feeds served as text/xml, pages
/// saved as .php, plain text with no ending) that the bytes have the last
/// word whenever the label is generic.
enum InputFormat: Equatable, Sendable {
    case plainText
    case html
    case feed

    static func detect(_ data: Data, name: String, contentType: String? = nil) -> InputFormat {
        if let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() {
            switch type {
            case "text/html", "application/xhtml+xml": return sniff(data) == .feed ? .feed : .html
            case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml":
                return .feed
            default: break
            }
        }
        let ext = fileExtension(name)
        switch ext {
        case "html", "htm", "xhtml", "shtml": return sniff(data) == .feed ? .feed : .html
        case "rss", "atom", "rdf": return .feed
        case "txt", "text", "md", "markdown": return .plainText
        default: return sniff(data) ?? .plainText
        }
    }

    /// "page.HTML?x=1" → "html": the lowercased text after the last dot of
    /// the part before the first "?". An ASCII name (every Character one
    /// byte) is cut by bytes, the same answer without the grapheme breaking
    /// that made this a tenth of reading a short article.
    static func fileExtension(_ name: String) -> String {
        let u = name.utf8
        if u.allSatisfy({ $0 < 0x80 }) {
            let path = u.split(separator: UInt8(ascii: "?")).first ?? u[...]
            guard let last = path.split(separator: UInt8(ascii: ".")).last else { return "" }
            return String(decoding: last, as: UTF8.self).lowercased()
        }
        return (name.split(separator: "?").first.map(String.init) ?? name).split(separator: ".").last?.lowercased() ?? ""
    }

    /// Looks at the first markup in the first 2 KB (after a byte-order
    /// mark, an XML declaration, comments and a doctype).
    static func sniff(_ data: Data) -> InputFormat? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        var rest = Substring(head).drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        while rest.hasPrefix("<?") || rest.hasPrefix("<!--") {
            let end = rest.hasPrefix("<?") ? "?>" : "-->"
            guard let close = rest.range(of: end) else { break }
            rest = rest[close.upperBound...].drop { $0.isWhitespace }
        }
        if rest.hasPrefix("<rss") || rest.hasPrefix("<rdf:rdf") || rest.hasPrefix("<feed") { return .feed }
        if rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html") || rest.hasPrefix("<head")
            || rest.hasPrefix("<body") || rest.hasPrefix("<meta") || rest.hasPrefix("<div") || rest.hasPrefix("<p>") {
            return .html
        }
        if rest.hasPrefix("<") && (head.contains("<body") || head.contains("<html")) { return .html }
        return nil
    }
}
