/// Why one input could not be read, said so a person can act on it.
///
/// Printed as `PATH: reason`, one line; the other inputs go on loading.
public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
