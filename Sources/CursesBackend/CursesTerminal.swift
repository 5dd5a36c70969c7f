import CNcursesw
import Foundation
import ReaderUI

/// The real terminal, through ncursesw: copies grids out, reads keys.
///
/// The only code in quoth that calls curses. One instance at a time (curses
/// state is global); call `close()` on every way out, which restores the
/// terminal (the deinit does it too, as a last resort).
public final class CursesTerminal: Terminal {
    /// Why the terminal could not be set up.
    public struct SetupError: Error, CustomStringConvertible {
        public var description: String
    }

    private var screen: OpaquePointer?
    private let window: UnsafeMutablePointer<WINDOW>
    private var tty: UnsafeMutablePointer<FILE>?
    private var styles: StyleTable
    private let mouse: Bool
    /// The terminating signal that ended the loop, for the exit status.
    public private(set) var receivedSignal: Int32?
    /// A signal that came while the terminal was handed to another program.
    private var pendingSignal: Int32?

    /// Opens the terminal the user is at, through /dev/tty.
    public convenience init(mouse: Bool = false) throws(SetupError) {
        setlocale(LC_ALL, "")
        SignalTrap.install()
        // The controlling terminal, whatever standard input and output are:
        // with `quoth - < file` the keys cannot come from standard input.
        guard let tty = fopen("/dev/tty", "r+") else {
            throw SetupError(description: "no terminal to draw on (/dev/tty cannot be opened)")
        }
        SignalTrap.guardAgainstCrashes(terminal: fileno(tty))
        guard let screen = newterm(nil, tty, tty) else {
            fclose(tty)
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "unset"
            SignalTrap.unguard()
            throw SetupError(description: "cannot start the terminal (TERM=\(term)); is TERM right?")
        }
        self.init(screen: screen, tty: tty, mouse: mouse)
    }

    /// A terminal that draws into nothing, at a fixed size: for tests and
    /// benchmarks that want the real curses path without a screen.
    public static func headless(size: Size, term: String = "xterm-256color") -> CursesTerminal? {
        setlocale(LC_ALL, "C.UTF-8")
        guard let null = fopen("/dev/null", "r+") else { return nil }
        guard let screen = newterm(term, null, null) else { fclose(null); return nil }
        let terminal = CursesTerminal(screen: screen, tty: null, mouse: false)
        resizeterm(Int32(size.height), Int32(size.width))
        return terminal
    }

    private init(screen: OpaquePointer, tty: UnsafeMutablePointer<FILE>?, mouse: Bool) {
        self.screen = screen
        self.tty = tty
        self.mouse = mouse
        set_term(screen)
        window = shim_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, 100)
        curs_set(0)
        var colors = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(shim_COLORS())
        }
        styles = StyleTable(colors: colors)
        if mouse {
            mouseinterval(0)
            mousemask(shim_BUTTON1_CLICKED() | shim_BUTTON4_PRESSED() | shim_BUTTON5_PRESSED(), nil)
        }
    }

    deinit { close() }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard let screen else { return }
        if mouse { mousemask(0, nil) }
        curs_set(1)
        endwin()
        SignalTrap.unguard()
        delscreen(screen)
        self.screen = nil
        if let tty { fclose(tty) }
        tty = nil
    }

    /// How many colours the terminal has (0 when it has none, or none were asked for).
    public var colors: Int { styles.colors }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func invalidate() {
        clearok(shim_curscr(), true)
    }

    public func draw(_ grid: Grid, theme: Theme) {
        styles.use(theme)
        let width = min(grid.size.width, size.width)
        let height = min(grid.size.height, size.height)
        var character = cchar_t()
        var text = [wchar_t](repeating: 0, count: 8)
        for y in 0..<height {
            wmove(window, Int32(y), 0)
            for x in 0..<width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                CursesTerminal.fill(&text, with: cell.character)
                let style = styles.curses(for: cell.role)
                setcchar(&character, text, style.attributes, style.pair, nil)
                mvwadd_wch(window, Int32(y), Int32(x), &character)
            }
        }
        if let cursor = grid.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    public func suspend(pausing: Bool, while body: () -> Void) {
        guard screen != nil else { return body() }
        if mouse { mousemask(0, nil) }
        def_prog_mode()
        endwin()
        body()
        if pausing, let tty {
            fputs("\n[quoth: press Enter to go back]", tty)
            fflush(tty)
            var byte: UInt8 = 0
            while read(fileno(tty), &byte, 1) == 1, byte != 10 {}
        }
        reset_prog_mode()
        if mouse { mousemask(shim_BUTTON1_CLICKED() | shim_BUTTON4_PRESSED() | shim_BUTTON5_PRESSED(), nil) }
        clearok(shim_curscr(), true)
        // Ctrl-C in the other program reached quoth too: it was not meant for quoth.
        if let signal = SignalTrap.take(), signal != SIGINT { pendingSignal = signal }
    }

    public func copyToClipboard(_ text: String) {
        guard let tty else { return }
        // OSC 52: the terminal puts the (base64) text on the clipboard; nothing of it is shown.
        fputs("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}", tty)
        fflush(tty)
    }

    /// The wide characters for one cell: the grapheme's base and the
    /// zero-width marks after it (accents, variation selectors), which is
    /// all a curses cell holds. A sequence of several spacing scalars (an
    /// emoji family, a flag) keeps its first; the grid has already given it
    /// its columns, so the line stays aligned either way.
    static func fill(_ text: inout [wchar_t], with character: Character) {
        var n = 0
        for scalar in character.unicodeScalars {
            let w = wchar_t(bitPattern: scalar.value)
            if n > 0 && (n >= 4 || shim_wcwidth(w) != 0) { break }
            text[n] = w
            n += 1
        }
        text[n] = 0
    }

    public func nextEvent() -> InputEvent? {
        if let signal = pendingSignal ?? SignalTrap.take() {
            pendingSignal = nil
            receivedSignal = signal
            return .terminate
        }
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if let signal = SignalTrap.take() {
            receivedSignal = signal
            return .terminate
        }
        if result == KEY_CODE_YES {
            return KeyDecoder.special(Int32(value), window: window)
        }
        guard result == OK else { return nil }
        return KeyDecoder.character(UInt32(value)).map(InputEvent.key)
    }

    /// The screen as curses holds it, one string a row (for tests).
    func screenText() -> [String] {
        let size = self.size
        var rows: [String] = []
        var cells = [cchar_t](repeating: cchar_t(), count: size.width + 1)
        for y in 0..<size.height {
            mvwin_wchnstr(window, Int32(y), 0, &cells, Int32(size.width))
            var row = ""
            for x in 0..<size.width {
                var text = [wchar_t](repeating: 0, count: 8)
                var attributes: attr_t = 0
                var pair: Int16 = 0
                getcchar(&cells[x], &text, &attributes, &pair, nil)
                for w in text.prefix(while: { $0 != 0 }) {
                    if let scalar = Unicode.Scalar(UInt32(bitPattern: w)) { row.unicodeScalars.append(scalar) }
                }
            }
            while row.last == " " { row.removeLast() }
            rows.append(row)
        }
        return rows
    }

    /// The attributes and colour pair curses holds for a cell (for tests).
    func cellStyle(x: Int, y: Int) -> (attributes: attr_t, foreground: Int16, background: Int16) {
        var cell = cchar_t()
        mvwin_wch(window, Int32(y), Int32(x), &cell)
        var text = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cell, &text, &attributes, &pair, nil)
        var fg: Int16 = 0, bg: Int16 = 0
        pair_content(pair, &fg, &bg)
        return (attributes, fg, bg)
    }
}
