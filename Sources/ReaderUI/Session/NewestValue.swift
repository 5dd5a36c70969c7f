import Foundation

/// What a background thread last posted for the event loop, until the
/// event loop takes it. A post replaces the one before rather than queue
/// behind it: each snapshot of the library, or report of a feed reload,
/// counts everything before it, so only the newest is worth drawing.
final class NewestValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func post(_ newValue: Value) {
        lock.withLock { value = newValue }
    }

    /// The newest value not yet taken, once.
    func take() -> Value? {
        lock.withLock {
            defer { value = nil }
            return value
        }
    }
}
