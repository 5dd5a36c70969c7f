import Foundation

/// A private tmux server with one window, for driving quoth like a user.
///
/// Every wait polls `capture-pane` until the text appears (or a deadline
/// passes) rather than sleeping a fixed time.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket: String
    let binary: String

    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `.build/release/quoth`, else `.build/debug/quoth`.
    static func findBinary() throws -> String {
        for configuration in ["release", "debug"] {
            let path = packageRoot.appendingPathComponent(".build/\(configuration)/quoth").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failure(description: "no quoth binary: run `swift build -c release` first")
    }

    static func findTmux() throws -> String {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failure(description: "tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
    }

    private let tmux: String

    init(width: Int, height: Int) throws {
        tmux = try TmuxSession.findTmux()
        binary = try TmuxSession.findBinary()
        socket = "quoth-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                 "env -i PATH=/usr/bin:/bin HOME=\(NSTemporaryDirectory()) TERM=xterm-256color PS1='$ ' bash --norc --noprofile"])
        try run(["set-option", "-g", "status", "off"])
        try run(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    func kill() {
        _ = try? run(["kill-server"])
    }

    /// Sends literal text, then Enter when asked.
    func type(_ text: String, enter: Bool = false) throws {
        try run(["send-keys", "-l", text])
        if enter { try run(["send-keys", "Enter"]) }
    }

    /// Sends tmux key names (`Enter`, `C-c`, `j`).
    func keys(_ names: String...) throws {
        try run(["send-keys"] + names)
    }

    /// A tmux option for the whole server (`set-clipboard on`).
    func setOption(_ name: String, _ value: String) throws {
        try run(["set-option", "-g", name, value])
    }

    /// tmux's newest paste buffer: where OSC 52 copies land when `set-clipboard` is on.
    func pasteBuffer() throws -> String {
        try run(["show-buffer"])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The window title the program in the pane has set (OSC 0/2), as tmux keeps it.
    func paneTitle() throws -> String {
        try run(["display-message", "-p", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the shell has the terminal again, then prints the exit
    /// status of what ran last. Typing before quoth has gone would hand the
    /// keys to quoth, which reads input until it exits (seen on a loaded machine).
    func typeExitStatus(timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try run(["display-message", "-p", "#{pane_current_command}"]).trimmingCharacters(in: .whitespacesAndNewlines) != "bash" {
            guard Date() < deadline else { throw Failure(description: "quoth did not exit; the screen was:\n\(try capture())") }
            usleep(20_000)
        }
        try type("echo QUOTH-EXIT=$?", enter: true)
    }

    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// The shell's terminal modes as `stty -a` words (`icanon`, `-echo`, …),
    /// read from the lines the command prints, never from its echo.
    func terminalModes() throws -> Set<String> {
        // `$((6*7))` prints 42 but echoes as typed, so the wait sees the output.
        try type("clear; stty -a | tr ' ' '\\n' | sed -n 's/^-\\{0,1\\}\\(icanon\\|echo\\|isig\\)$/MODE:&/p'; echo MODES-$((6*7))",
                 enter: true)
        let screen = try waitFor("MODES-42")
        return Set(screen.split(separator: "\n").filter { $0.hasPrefix("MODE:") }.map { String($0.dropFirst(5)) })
    }

    /// The foreground colour (SGR parameters: "38;5;220", "33", or "" for the
    /// default) in force where `text` first appears on a screen captured
    /// with escapes; nil when the text is not there.
    static func foreground(of text: String, in screen: String) -> String? {
        guard let found = screen.range(of: text) else { return nil }
        var colour = ""
        var rest = screen[..<found.lowerBound]
        while let escape = rest.range(of: "\u{1B}[") {
            rest = rest[escape.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            let parameters = rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            var i = 0
            while i < parameters.count {
                let p = parameters[i]
                if p == "" || p == "0" || p == "39" { colour = "" }
                if (p == "38" || p == "48"), i + 2 < parameters.count, parameters[i + 1] == "5" {
                    if p == "38" { colour = "38;5;" + parameters[i + 2] }
                    i += 3
                    continue
                }
                if let n = Int(p), (30...37).contains(n) || (90...97).contains(n) { colour = p }
                i += 1
            }
            rest = rest[end...]
        }
        return colour
    }

    /// Polls the screen until `text` shows; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            usleep(20_000)
        }
        throw Failure(description: "timed out waiting for \(text.debugDescription); the screen was:\n\(screen)")
    }

    /// Runs tmux and waits for it with posix_spawn and waitpid.
    ///
    /// Foundation's Process is avoided on purpose: `new-session` forks the
    /// tmux server, which inherits whatever the client had open (a pipe is
    /// then never closed) and, under the test runner, its exit was not
    /// always noticed. Output, for capture-pane, goes through a file.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The runner's threads block signals; the tmux server (and so the
        // shell and quoth) must not inherit that, or Ctrl-C never arrives.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard (exited && code == 0) || arguments.first == "kill-server" else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(status))")
        }
        return output
    }
}
