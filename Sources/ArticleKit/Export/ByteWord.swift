/// Eight bytes tested at once (SWAR), for the hot loops that write and read
/// JSON: nearly all article text needs no escape, so a string is passed over
/// a 64-bit word at a time until a word holds a byte that needs a look.
/// Each test is exact about whether such a byte is in the word.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The word at `p`, whatever its alignment.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    }

    @inline(__always)
    static func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }

    @inline(__always)
    static func has(_ byte: UInt8, in w: UInt64) -> Bool { hasZero(w ^ (ones &* UInt64(byte))) }

    /// Any byte below 0x20 (a control character, which JSON must escape).
    @inline(__always)
    static func hasControl(_ w: UInt64) -> Bool { (w &- 0x2020_2020_2020_2020) & ~w & highs != 0 }
}
