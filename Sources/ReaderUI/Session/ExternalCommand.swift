import Foundation

/// Runs the programs quoth hands things to: the browser, the copy command,
/// a command the article is piped to.
///
/// Spawned with `posix_spawnp` and an argument list, never through a shell
/// with text pasted in, so a link or a quote is always one argument and
/// never read as a command. Only a command the user types after `|` goes to
/// `/bin/sh`, as in less.
public enum ExternalCommand {
    /// Why a program could not be run, or how it ended.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Runs `arguments` and waits for it. `input` goes to its standard
    /// input; `quiet` sends its output to /dev/null (a copy command must not
    /// write over the screen).
    @discardableResult
    public static func run(_ arguments: [String], input: String? = nil, quiet: Bool = false) -> Result<Void, Failure> {
        guard let program = arguments.first else { return .failure(Failure(description: "no command given")) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        if input != nil {
            // A command that exits without reading must not kill quoth with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            guard pipe(&pipeEnds) == 0 else { return .failure(Failure(description: "cannot make a pipe: \(String(cString: strerror(errno)))")) }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with the signals a shell would give it, not quoth's traps.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        if input != nil { close(pipeEnds[0]) }
        guard spawned == 0 else {
            if input != nil { close(pipeEnds[1]) }
            return .failure(Failure(description: "cannot run \(program): \(String(cString: strerror(spawned)))"))
        }
        if let input {
            // Written from another thread: a command that reads slowly, or not
            // at all, must not block quoth writing into a full pipe.
            let fd = pipeEnds[1]
            let writer = Thread {
                let bytes = Array(input.utf8)
                var offset = 0
                while offset < bytes.count {
                    let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else { break }
                    offset += n
                }
                close(fd)
            }
            writer.start()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7F
        let code = (status >> 8) & 0xFF
        if signal != 0 { return .failure(Failure(description: "\(program) was stopped by signal \(signal)")) }
        if code != 0 { return .failure(Failure(description: "\(program) exited with status \(code)")) }
        return .success(())
    }

    /// A command line the user typed (after `|`), run by `/bin/sh`.
    public static func shell(_ command: String, input: String) -> Result<Void, Failure> {
        run(["/bin/sh", "-c", command], input: input).mapError { failure in
            Failure(description: failure.description.replacingOccurrences(of: "/bin/sh ", with: ""))
        }
    }

    // MARK: The browser

    /// The command that opens `url`: the config's `browser`, else the first
    /// of `$BROWSER` (colon-separated, as the convention has it), else
    /// `xdg-open` (`open` on macOS). `%u` or `%s` in a word is the link;
    /// with neither, the link goes last.
    public static func browserArguments(for url: String, configured: String?,
                                        environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let template = configured
            ?? environment["BROWSER"].flatMap { $0.split(separator: ":").first.map(String.init) }
        guard let template, let words = CommandWords.split(template), !words.isEmpty else {
            #if os(macOS)
            return ["open", url]
            #else
            return ["xdg-open", url]
            #endif
        }
        var placed = false
        let arguments = words.map { word -> String in
            guard word.contains("%u") || word.contains("%s") else { return word }
            placed = true
            return word.replacingOccurrences(of: "%u", with: url).replacingOccurrences(of: "%s", with: url)
        }
        return placed ? arguments : arguments + [url]
    }

    /// Whether a link is one quoth will hand to a browser: http or https,
    /// nothing that could be read as an option or a local command.
    public static func isWebLink(_ link: String) -> Bool {
        guard let url = URL(string: link), let scheme = url.scheme?.lowercased(), url.host != nil else { return false }
        return (scheme == "http" || scheme == "https") && !link.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
    }

    // MARK: The clipboard

    /// The command that copies: the config's `copy-command`, else the
    /// first clipboard tool there is for this session (wl-copy on Wayland,
    /// xclip or xsel on X, pbcopy on macOS); nil when there is none.
    public static func copyArguments(configured: String?,
                                     environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        if let configured { return CommandWords.split(configured).flatMap { $0.isEmpty ? nil : $0 } }
        var candidates: [[String]] = []
        if environment["WAYLAND_DISPLAY"] != nil { candidates.append(["wl-copy"]) }
        if environment["DISPLAY"] != nil {
            candidates.append(["xclip", "-selection", "clipboard"])
            candidates.append(["xsel", "--clipboard", "--input"])
        }
        candidates.append(["pbcopy"])
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return candidates.first { candidate in path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(candidate[0])") } }
    }
}
