extension String {
    /// Runs of spaces (ASCII whitespace and no-break spaces) collapsed to
    /// one space, trimmed at both ends. Works on the UTF-8 bytes: it runs
    /// over every block of every page.
    func collapsingSpaces() -> String {
        var copy = self
        return copy.withUTF8 { bytes in
            let count = bytes.count
            return String(unsafeUninitializedCapacity: count) { out in
                var n = 0
                var i = 0
                var pendingSpace = false
                while i < count {
                    let b = bytes[i]
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                        pendingSpace = n > 0
                        i += 1
                    } else if b == 0xC2, i + 1 < count, bytes[i + 1] == 0xA0 {
                        pendingSpace = n > 0
                        i += 2
                    } else {
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        out[n] = b
                        n += 1
                        i += 1
                    }
                }
                return n
            }
        }
    }
}
