import Foundation

/// Turns a file's bytes into text, the way a careful reader would.
///
/// UTF-8 (with or without a byte-order mark) is the norm; text that is not
/// valid UTF-8 is read as Windows-1252, a superset of Latin-1 for printable
/// text, which is what such news files almost always are. Binary data is
/// refused rather than shown as noise.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var text: String
        /// Set when the bytes were not UTF-8 and a fallback was used.
        public var warning: String?
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        case binary
        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary: return "binary file (not text)"
            }
        }
    }

    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
            else { throw .binary }
            if text.unicodeScalars.allSatisfy({ ScalarText.isWhitespace($0) }) { throw .empty }
            return Decoded(text: text, warning: nil)
        }
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { throw .empty }
        if looksBinary(bytes) { throw .binary }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, warning: nil)
        }
        return Decoded(text: windows1252(bytes), warning: "not valid UTF-8; read as Windows-1252")
    }

    /// A NUL byte, or many control bytes, in the first 8 KB marks a file as binary.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let count = min(bytes.count, 8192)
        return bytes.withUnsafeBufferPointer { p in
            var controls = 0
            var i = 0
            while i < count {
                // Eight bytes at a time while none is below 0x20 (text is
                // almost all printable): the classic has-less-than test.
                if i + 8 <= count {
                    let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let b = p[i]
                if b == 0 { return true }
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
                i += 1
            }
            return controls * 10 > count
        }
    }

    /// The 0x80–0x9F block of Windows-1252; the rest of the bytes map to the
    /// code point of the same number, as in Latin-1.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    public static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
