import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A command run to its end for a benchmark: its wall time, its own peak
/// resident memory (from `wait4`, which `Process` does not give) and its output.
enum ChildProcess {
    struct Result {
        var seconds: Double
        /// User and system CPU time: steadier than wall time on a shared machine.
        var cpuSeconds: Double
        var peakMegabytes: Double
        var status: Int32
        var output: String

        var summary: String {
            String(format: "%.0f ms (CPU %.0f ms), peak %.0f MB, exit %d", seconds * 1000, cpuSeconds * 1000, peakMegabytes, status)
        }

        /// Median and slowest of several runs, and the highest peak memory.
        static func summary(_ runs: [Result]) -> String {
            let times = runs.map(\.seconds).sorted()
            let cpu = runs.map(\.cpuSeconds).sorted()
            return String(format: "median %.0f ms (CPU %.0f ms), max %.0f ms over %d runs, peak %.0f MB", times[times.count / 2] * 1000,
                          cpu[cpu.count / 2] * 1000, (times.last ?? 0) * 1000, runs.count, runs.map(\.peakMegabytes).max() ?? 0)
        }
    }

    static func run(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-bench-\(getpid())-\(UUID().uuidString).out").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        guard spawned == 0 else { throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: binary]) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Result(seconds: seconds, cpuSeconds: cpu, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF, output: text)
    }
}
