/// Writes JSON by hand: quote export is a hot path (thousands of articles a
/// second), and field order should read the same in every line.
struct JSONWriter {
    private(set) var output = ""
    private var needsComma = false

    mutating func beginObject() { separate(); output += "{"; needsComma = false }
    mutating func endObject() { output += "}"; needsComma = true }

    mutating func key(_ k: String) {
        separate()
        Self.appendString(k, to: &output)
        output += ":"
        needsComma = false
    }

    mutating func field(_ k: String, _ v: String?) {
        key(k)
        if let v { Self.appendString(v, to: &output) } else { output += "null" }
        needsComma = true
    }

    mutating func field(_ k: String, _ v: Int) {
        key(k)
        output += String(v)
        needsComma = true
    }

    mutating func field(_ k: String, _ v: [String]) {
        key(k)
        output += "["
        for (i, s) in v.enumerated() {
            if i > 0 { output += "," }
            Self.appendString(s, to: &output)
        }
        output += "]"
        needsComma = true
    }

    mutating func field(_ k: String, _ span: TextSpan?) {
        guard let span else { key(k); output += "null"; needsComma = true; return }
        key(k)
        beginObject()
        field("start", span.start)
        field("end", span.end)
        field("text", span.text)
        endObject()
    }

    private mutating func separate() { if needsComma { output += "," } }

    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        var plainStart = s.unicodeScalars.startIndex
        var i = plainStart
        let scalars = s.unicodeScalars
        while i != scalars.endIndex {
            let c = scalars[i]
            let escape: String?
            switch c {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            default:
                if c.value < 0x20 || c.value == 0x2028 || c.value == 0x2029 {
                    let hex = String(c.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
                out += escape
                plainStart = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        out += "\""
    }
}
