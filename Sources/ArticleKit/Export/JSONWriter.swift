/// Writes JSON by hand into UTF-8 bytes: quote export is a hot path
/// (thousands of articles a second), and field order should read the same
/// in every line.
struct JSONWriter {
    private var bytes: [UInt8] = []
    private var needsComma = false

    init() { bytes.reserveCapacity(512) }

    var output: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }

    mutating func key(_ k: String) {
        separate()
        appendString(k)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func field(_ k: String, _ v: String?) {
        key(k)
        if let v { appendString(v) } else { bytes.append(contentsOf: "null".utf8) }
        needsComma = true
    }

    mutating func field(_ k: String, _ v: Int) {
        key(k)
        bytes.append(contentsOf: String(v).utf8)
        needsComma = true
    }

    mutating func field(_ k: String, _ v: Int?) {
        guard let v else { key(k); bytes.append(contentsOf: "null".utf8); needsComma = true; return }
        field(k, v)
    }

    mutating func field(_ k: String, _ v: [String]) {
        key(k)
        bytes.append(UInt8(ascii: "["))
        for (i, s) in v.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(s)
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func field(_ k: String, _ span: TextSpan?) {
        key(k)
        guard let span else { bytes.append(contentsOf: "null".utf8); needsComma = true; return }
        beginObject()
        field("start", span.start)
        field("end", span.end)
        field("text", span.text)
        endObject()
    }

    private mutating func separate() { if needsComma { bytes.append(UInt8(ascii: ",")) } }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped, and
    /// U+2028/U+2029 too, so a line of output is a line of JavaScript.
    private mutating func appendString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var plain = 0
            var i = 0
            let n = u.count
            while i < n {
                // Eight bytes at a time while none needs a look (nearly all
                // text): no control byte, quote, backslash or 0xE2 lead byte.
                if i + 8 <= n {
                    let w = ByteWord.load(u.baseAddress! + i)
                    if !Self.mayNeedEscape(w) { i += 8; continue }
                }
                let b = u[i]
                var escape: (UInt8, UInt8)? = nil
                var unicode: UInt32? = nil
                if b == 0x22 { escape = (0x5C, 0x22) }
                else if b == 0x5C { escape = (0x5C, 0x5C) }
                else if b == 0x0A { escape = (0x5C, UInt8(ascii: "n")) }
                else if b == 0x0D { escape = (0x5C, UInt8(ascii: "r")) }
                else if b == 0x09 { escape = (0x5C, UInt8(ascii: "t")) }
                else if b < 0x20 { unicode = UInt32(b) }
                else if b == 0xE2, i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 { unicode = u[i + 2] == 0xA8 ? 0x2028 : 0x2029 }
                guard escape != nil || unicode != nil else { i += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<i]))
                if let (a, c) = escape {
                    bytes.append(a); bytes.append(c)
                    i += 1
                } else if let v = unicode {
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), Self.hex[Int(v >> 12) & 15], Self.hex[Int(v >> 8) & 15],
                                              Self.hex[Int(v >> 4) & 15], Self.hex[Int(v) & 15]])
                    i += v > 0xFF ? 3 : 1
                }
                plain = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<n]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any byte of `w` is below 0x20, a quote, a backslash or 0xE2
    /// (which starts U+2028 and U+2029).
    @inline(__always)
    private static func mayNeedEscape(_ w: UInt64) -> Bool {
        ByteWord.hasControl(w) || ByteWord.has(0x22, in: w) || ByteWord.has(0x5C, in: w) || ByteWord.has(0xE2, in: w)
    }
}
