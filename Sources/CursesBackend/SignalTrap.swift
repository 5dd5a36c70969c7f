import CNcursesw

/// SIGINT, SIGTERM and SIGHUP as a flag the event loop polls.
///
/// A signal handler may do almost nothing safely, and certainly not restore
/// the terminal; so it only records the signal, and `CursesTerminal` reports
/// `.terminate` on its next poll, after which the ordinary exit path runs
/// `endwin`. Crashes get a last-resort restore of the terminal modes.
/// The one file that touches the shim's signal state (see shim.h).
enum SignalTrap {
    static func install() { shim_trap_termination_signals() }

    /// Restores the terminal on `fd` (modes saved now) if quoth crashes.
    ///
    /// The modes are kept in memory that is never freed (one small block per
    /// terminal opened), so the handler can always read it.
    static func guardAgainstCrashes(terminal fd: Int32) {
        shim_guard_fatal_signals(fd, UnsafeMutablePointer<termios>.allocate(capacity: 1))
    }

    /// The terminal has been restored the ordinary way; a later crash must not touch it.
    static func unguard() { shim_unguard_fatal_signals() }

    /// The signal received since the last call, if any.
    static func take() -> Int32? {
        let signal = shim_take_signal()
        return signal == 0 ? nil : signal
    }
}
