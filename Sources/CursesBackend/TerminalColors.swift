import CNcursesw

/// How many colours a terminal has, as terminfo says: what `quoth quotes`
/// asks before colouring speakers, so it picks the colours the reader would.
public enum TerminalColors {
    /// The colours of the terminal on file descriptor `fd` (0 when it has none or is unknown).
    public static func count(fd: Int32) -> Int {
        Int(shim_terminal_colors(fd))
    }
}
