import CNcursesw

/// SIGINT, SIGTERM and SIGHUP as a flag the event loop polls.
///
/// A signal handler may do almost nothing safely, and certainly not restore
/// the terminal; so it only records the signal, and `CursesTerminal` reports
/// `.terminate` on its next poll, after which the ordinary exit path runs
/// `endwin`. The one file that touches the shim's flag (see shim.h).
enum SignalTrap {
    static func install() { shim_trap_termination_signals() }

    /// The signal received since the last call, if any.
    static func take() -> Int32? {
        let signal = shim_take_signal()
        return signal == 0 ? nil : signal
    }
}
