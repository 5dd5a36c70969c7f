extension Array where Element == String {
    /// Appends `s` unless it is empty or already here: alias lists keep each name form once.
    mutating func appendUnique(_ s: String) {
        if !s.isEmpty, !contains(s) { append(s) }
    }
}

extension String {
    /// Becomes `other` if `other` is longer (in UTF-8 bytes).
    mutating func keepLonger(_ other: String) {
        if utf8.count < other.utf8.count { self = other }
    }
}
