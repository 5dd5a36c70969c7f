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

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen until `text` shows; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            usleep(20_000)
        }
        throw Failure(description: "timed out waiting for \(text.debugDescription); the screen was:\n\(screen)")
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = ["-L", socket] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 || arguments.first == "kill-server" else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(output)")
        }
        return output
    }
}
