/// One JSON value, as a line of JSON Lines holds it.
///
/// quoth reads archives of millions of lines, each an article of a few
/// kilobytes that is mostly one long string: Foundation's JSONSerialization
/// parsed them at 170 MB/s here, which is a sixth of the analysis's own time,
/// so lines are parsed by hand, straight from the bytes, with the plain runs
/// of a string copied whole.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    /// The number as written ("17", "-2.5e3"): ids stay exactly as given.
    case number(String)
    case bool(Bool)
    case null
    indirect case array([JSONValue])
    indirect case object([String: JSONValue])

    /// Why a line is not JSON, and where (1-based, in bytes).
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var reason: String
        public var column: Int
        public var description: String { "not valid JSON at column \(column): \(reason)" }
    }

    /// Arrays and objects nested deeper than this are refused: a line of
    /// 100,000 `[` must not exhaust the stack.
    public static let maximumDepth = 64

    /// Parses one complete value; only whitespace may surround it.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> JSONValue in
            var parser = JSONParser(bytes: buffer)
            parser.skipSpace()
            let value = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.index == buffer.count else { throw parser.error("more after the value") }
            return value
        }
    }

    public var string: String? { if case .string(let s) = self { s } else { nil } }
    public var object: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }
    public var isNull: Bool { self == .null }
}

/// A recursive-descent parser over UTF-8 bytes (RFC 8259).
private struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func error(_ reason: String) -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(reason: reason, column: index + 1)
    }

    mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }

    mutating func value(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("a value was expected")
        }
    }

    mutating func literal(_ word: String) throws(JSONValue.SyntaxError) {
        let count = word.utf8.count
        guard index + count <= bytes.count, word.utf8.elementsEqual(bytes[index..<(index + count)]) else {
            throw error("a value was expected")
        }
        index += count
    }

    mutating func object(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth <= JSONValue.maximumDepth else { throw error("nested more than \(JSONValue.maximumDepth) deep") }
        index += 1
        var members: [String: JSONValue] = [:]
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("a member name in quotes was expected") }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("':' was expected") }
            index += 1
            skipSpace()
            members[key] = try value(depth: depth)
            skipSpace()
            guard index < bytes.count else { throw error("the object is not closed") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { throw error("',' or '}' was expected") }
            index += 1
            return .object(members)
        }
    }

    mutating func array(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth <= JSONValue.maximumDepth else { throw error("nested more than \(JSONValue.maximumDepth) deep") }
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value(depth: depth))
            skipSpace()
            guard index < bytes.count else { throw error("the array is not closed") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { throw error("',' or ']' was expected") }
            index += 1
            return .array(elements)
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, returned as written.
    mutating func number() throws(JSONValue.SyntaxError) -> String {
        let start = index
        func digits(_ p: inout JSONParser) -> Int {
            let from = p.index
            while p.index < p.bytes.count, p.bytes[p.index] >= 0x30 && p.bytes[p.index] <= 0x39 { p.index += 1 }
            return p.index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits(&self) == 0 {
            throw error("a digit was expected")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("a digit was expected after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("a digit was expected in the exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// A string after its opening quote. Runs without escapes are copied
    /// whole; invalid UTF-8 becomes U+FFFD, as when a file is decoded.
    mutating func string() throws(JSONValue.SyntaxError) -> String {
        let opening = index
        index += 1
        var run = index
        var decoded: [UInt8] = []
        var escaped = false
        while index < bytes.count {
            // A word at a time while it holds no quote, backslash or control byte.
            while index + 8 <= bytes.count {
                let w = ByteWord.load(bytes.baseAddress! + index)
                if ByteWord.hasControl(w) || ByteWord.has(0x22, in: w) || ByteWord.has(0x5C, in: w) { break }
                index += 8
            }
            guard index < bytes.count else { break }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let tail = UnsafeBufferPointer(rebasing: bytes[run..<index])
                index += 1
                guard escaped else { return String(decoding: tail, as: UTF8.self) }
                decoded.append(contentsOf: tail)
                return String(decoding: decoded, as: UTF8.self)
            }
            if b < 0x20 { throw error("a control character inside a string (write it as \\u00\(Self.hex(b)))") }
            guard b == UInt8(ascii: "\\") else { index += 1; continue }
            if !escaped { decoded.reserveCapacity(bytes.count - run); escaped = true }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            index += 1
            guard index < bytes.count else { break }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(e)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"): appendUTF8(try codePoint(), to: &decoded)
            default:
                index -= 1
                throw error("an unknown escape '\\\(Character(Unicode.Scalar(e)))'")
            }
            run = index
        }
        index = opening
        throw error("the string is not closed")
    }

    /// The code point of `\uXXXX` (after the `u`), joining a surrogate pair;
    /// a lone surrogate becomes U+FFFD.
    mutating func codePoint() throws(JSONValue.SyntaxError) -> UInt32 {
        let high = try hex4()
        guard (0xD800...0xDBFF).contains(high) else { return (0xDC00...0xDFFF).contains(high) ? 0xFFFD : high }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return 0xFFFD }
        let save = index
        index += 2
        let low = try hex4()
        guard (0xDC00...0xDFFF).contains(low) else { index = save; return 0xFFFD }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }

    mutating func hex4() throws(JSONValue.SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("four hex digits were expected after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw error("four hex digits were expected after \\u")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
        out.append(contentsOf: UTF8.encode(scalar)!)
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }
}
