/// What the event loop needs from a terminal; `CursesBackend` is the real one.
///
/// Kept this small so the whole loop (keys → actions → reduce → render →
/// grid) can run against a fake terminal in tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a frame, styling each cell's role with `theme`.
    func draw(_ grid: Grid, theme: Theme)
    /// Makes the next `draw` repaint every cell (after Ctrl-L or a garbled screen).
    func invalidate()
    /// The next input, waiting a little; nil when nothing came in time.
    func nextEvent() -> InputEvent?
    /// Gives the terminal back as the shell had it while `body` runs (a
    /// browser, a piped command), then takes it again and repaints; with
    /// `pausing`, first waits for Enter so the command's output can be read.
    func suspend(pausing: Bool, while body: () -> Void)
    /// Puts text on the clipboard through the terminal (OSC 52), when the
    /// user has allowed it.
    func copyToClipboard(_ text: String)
}
