import ArgumentParser
import ArticleKit
import Foundation

/// `quoth bench-html DIR`: how fast pages are parsed, extracted and
/// analysed, in MB of HTML a second.
///
/// Files are loaded first so the figure is the reader's work, not the
/// disk's; build with `-c release` for numbers worth quoting.
struct BenchHTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-html",
        abstract: "Measure HTML reading speed (parse + extract + analyse) over a folder of pages.",
        shouldDisplay: false)

    @Argument(help: "Folders or files of saved pages.")
    var paths: [String]

    @Option(help: "Read every page this many times.")
    var repeats = 3

    func run() throws {
        let files = InputCollector.collect(paths).files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
        let pages = files.compactMap { file in FileManager.default.contents(atPath: file).map { (file, $0) } }
        guard !pages.isEmpty else { throw ValidationError("No .html files found.") }
        let bytes = pages.reduce(0) { $0 + $1.1.count }
        let reader = ArticleReader()
        var failures = 0
        var quotes = 0
        let cpuStart = Self.cpuSeconds()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(repeats, 1) {
                for (file, data) in pages {
                    do {
                        quotes += try reader.articles(from: data, source: file).reduce(0) { $0 + $1.quotes.count }
                    } catch {
                        failures += 1
                    }
                }
            }
        }
        let cpu = Self.cpuSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes * max(repeats, 1)) / 1_000_000
        print(String(format: "%d pages, %.1f MB x %d: %.2f s, %.1f MB/s (CPU time %.2f s: %.1f MB/s; %d unreadable, %d quotes)",
                     pages.count, Double(bytes) / 1_000_000, max(repeats, 1), seconds, megabytes / seconds,
                     cpu, megabytes / cpu, failures / max(repeats, 1), quotes / max(repeats, 1)))
    }

    /// Processor time used so far: on a machine shared with other builds
    /// the wall clock also counts their work, this does not.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
