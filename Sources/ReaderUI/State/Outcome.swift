/// What a screen's `apply` leaves for the app to do beyond its own state.
///
/// A screen changes only itself and the shared state; opening another
/// screen, leaving this one and anything it has no meaning for go back to
/// `ReaderState`, which keeps the stack of screens.
enum Outcome: Sendable {
    /// The command means nothing here: the shared handler takes it (quit, help, themes…).
    case unhandled
    /// Something for the event loop to do.
    case effect(Effect)
    /// Opens a screen over this one.
    case push(Screen)
    /// Leaves this screen for the one below (`q`), or quits when it is the last.
    case close
    /// The next (`1`) or previous (`-1`) article of whatever this one was opened from.
    case neighbour(Int)
}
