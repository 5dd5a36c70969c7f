import CLibXML2
import Foundation

/// Decides a page's character encoding and turns its bytes into UTF-8.
///
/// In the order browsers trust them: a byte-order mark, the HTTP header's
/// charset, a `<meta charset>` (or `http-equiv` content type) in the first
/// kilobytes. With none, valid UTF-8 is UTF-8 and anything else is read as
/// Windows-1252, which is what undeclared Western pages are. Latin-1 and
/// ASCII labels mean Windows-1252 too (as the WHATWG Encoding standard
/// says), so curly quotes in 0x80–0x9F survive.
enum HTMLCharset {
    struct Decoded {
        var utf8: [UInt8]
        /// The encoding used, as a label for warnings ("windows-1252").
        var encoding: String
        /// Set when the page did not say what it was and had to be guessed,
        /// or said UTF-8 and was not.
        var warning: String?
    }

    /// `xml` documents (feeds) declare their encoding only in the XML
    /// declaration: a `charset=` in their text is content, not a label.
    static func decode(_ data: Data, httpCharset: String? = nil, xml: Bool = false) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), declared: true) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let big = bytes[0] == 0xFE
            let text = String(data: Data(bytes.dropFirst(2)), encoding: big ? .utf16BigEndian : .utf16LittleEndian) ?? ""
            return Decoded(utf8: Array(text.utf8), encoding: big ? "utf-16be" : "utf-16le")
        }
        var label = (httpCharset.map(normalized) ?? declaredCharset(bytes, xml: xml)).flatMap { $0.isEmpty ? nil : $0 }
        let (valid, ascii) = validateUTF8(bytes)
        if label != nil, !ascii, valid {
            // Non-ASCII text that is valid UTF-8 is UTF-8, whatever the page
            // says: saved pages are re-encoded and keep their old meta tag,
            // and legacy text almost never happens to be valid UTF-8.
            label = "utf-8"
        }
        switch label {
        case nil:
            if valid { return Decoded(utf8: bytes, encoding: "utf-8") }
            return Decoded(utf8: Array(TextDecoder.windows1252(bytes).utf8), encoding: "windows-1252",
                           warning: "no charset declared and not UTF-8; read as Windows-1252")
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            if valid { return Decoded(utf8: bytes, encoding: "utf-8") }
            return utf8(bytes, declared: true)
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso-8859-15",
             "x-cp1252", "iso_8859-1", "cp819", "ibm819":
            return Decoded(utf8: Array(TextDecoder.windows1252(bytes).utf8), encoding: "windows-1252")
        case let other?:
            if let converted = convert(bytes, from: other) { return Decoded(utf8: converted, encoding: other) }
            return Decoded(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "utf-8",
                           warning: "unknown charset \"\(other)\"; read as UTF-8")
        }
    }

    private static func utf8(_ bytes: [UInt8], declared: Bool) -> Decoded {
        if String(validating: bytes, as: UTF8.self) != nil { return Decoded(utf8: bytes, encoding: "utf-8") }
        // Declared UTF-8 but not: mostly a few stray Windows-1252 bytes in an
        // otherwise UTF-8 page; repairing keeps the rest right.
        return Decoded(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "utf-8",
                       warning: "invalid UTF-8 bytes replaced")
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlongs, surrogates or
    /// values past U+10FFFF), and whether they are all ASCII; one pass,
    /// without building a string.
    static func validateUTF8(_ bytes: [UInt8]) -> (valid: Bool, ascii: Bool) {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            var ascii = true
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                ascii = false
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return (false, false)
                }
                guard i + length <= n, (low...high).contains(b[i + 1]) else { return (false, false) }
                for k in 2..<max(length, 2) where !(0x80...0xBF).contains(b[i + k]) { return (false, false) }
                i += length
            }
            return (true, ascii)
        }
    }

    /// The charset a page declares in its first 4 KB: `<meta charset=X>` or
    /// `<meta http-equiv="Content-Type" content="text/html; charset=X">`
    /// (or an XML declaration's `encoding`, for XHTML and feeds).
    static func declaredCharset(_ bytes: [UInt8], xml: Bool = false) -> String? {
        let head = Array(bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
        let stops = Array("\"'; >/\n\r\t?".utf8)
        // The earliest declaration wins: an XML declaration comes before
        // any `charset=` quoted inside a feed item.
        var best: (position: Int, label: String)?
        for marker in (xml ? ["encoding="] : ["charset=", "encoding="]).map({ Array($0.utf8) }) {
            var i = 0
            while let found = find(marker, in: head, from: i) {
                i = found + marker.count
                // "encoding=" only as the XML declaration's attribute.
                if marker.count == 9, found == 0 || head[found - 1] != 0x20 { continue }
                var j = i
                while j < head.count, head[j] == 0x22 || head[j] == 0x27 || head[j] == 0x20 { j += 1 }
                var k = j
                while k < head.count, !stops.contains(head[k]) { k += 1 }
                guard k > j else { continue }
                if found < best?.position ?? Int.max {
                    best = (found, normalized(String(decoding: head[j..<k], as: UTF8.self)))
                }
                break
            }
        }
        return best?.label
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The charset parameter of a Content-Type header value, if any.
    static func charset(fromContentType value: String) -> String? {
        for part in value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" {
                return normalized(String(pair[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")))
            }
        }
        return nil
    }

    private static func normalized(_ label: String) -> String {
        label.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Converts with iconv (through libxml2's encoding handlers) for the
    /// labels it knows: other ISO-8859 parts, Windows code pages, KOI8-R,
    /// Shift_JIS, GB2312…
    private static func convert(_ bytes: [UInt8], from label: String) -> [UInt8]? {
        LibXML.prepare()
        guard let handler = xmlFindCharEncodingHandler(label) else { return nil }
        defer { xmlCharEncCloseFunc(handler) }
        guard let input = xmlBufferCreate(), let output = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(input); xmlBufferFree(output) }
        bytes.withUnsafeBufferPointer { _ = xmlBufferAdd(input, $0.baseAddress, Int32(clamping: $0.count)) }
        guard xmlCharEncInFunc(handler, output, input) >= 0, let content = xmlBufferContent(output) else { return nil }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(output))))
    }
}
