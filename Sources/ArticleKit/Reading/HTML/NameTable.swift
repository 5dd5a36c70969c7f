import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// A small hash table from libxml2's tag and attribute names (C strings) to
/// what quoth makes of them: a page has a few dozen distinct names and tens
/// of thousands of elements, and libxml2's HTML parser copies each name
/// rather than interning it, so each lookup hashes the name's few bytes.
///
/// Open addressing with linear probing over a power-of-two table kept at
/// most half full; a hit is confirmed by comparing the bytes, so two names
/// never share an entry.
struct NameTable<Value> {
    private var hashes: [UInt64]
    private var names: [[UInt8]]
    private var values: [Value?]
    private var count = 0

    init(capacity: Int = 128) {
        hashes = Array(repeating: 0, count: capacity)
        names = Array(repeating: [], count: capacity)
        values = Array(repeating: nil, count: capacity)
    }

    /// The value for `name`, made by `make` from the name as a Swift string
    /// the first time it is seen.
    mutating func value(for name: UnsafePointer<xmlChar>, make: (String) -> Value) -> Value {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        while name[length] != 0 {
            hash = (hash ^ UInt64(name[length])) &* 0x100_0000_01b3
            length += 1
        }
        hash |= 1  // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: hash >> 32) & (hashes.count - 1)
        while hashes[slot] != 0 {
            if hashes[slot] == hash, names[slot].count == length,
               names[slot].withUnsafeBufferPointer({ memcmp($0.baseAddress!, name, length) == 0 }) {
                return values[slot]!
            }
            slot = (slot + 1) & (hashes.count - 1)
        }
        let bytes = Array(UnsafeBufferPointer(start: name, count: length))
        let made = make(String(decoding: bytes, as: UTF8.self))
        if 2 * (count + 1) > hashes.count {
            grow()
            return value(for: name, make: { _ in made })
        }
        hashes[slot] = hash
        names[slot] = bytes
        values[slot] = made
        count += 1
        return made
    }

    private mutating func grow() {
        let old = (hashes, names, values)
        hashes = Array(repeating: 0, count: old.0.count * 2)
        names = Array(repeating: [], count: old.0.count * 2)
        values = Array(repeating: nil, count: old.0.count * 2)
        count = 0
        for i in old.0.indices where old.0[i] != 0 {
            var slot = Int(truncatingIfNeeded: old.0[i] >> 32) & (hashes.count - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (hashes.count - 1) }
            hashes[slot] = old.0[i]
            names[slot] = old.1[i]
            values[slot] = old.2[i]
            count += 1
        }
    }
}
