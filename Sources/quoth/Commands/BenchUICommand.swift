import ArgumentParser
import ArticleKit
import ArticleStore
import CursesBackend
import Foundation
import ReaderUI

/// `quoth bench-ui PATH...`: how fast the reader answers (hidden; for developers).
///
/// Prints launch-to-first-frame (the same `ReaderLaunch` a real start uses,
/// drawn through curses into /dev/null), then key-to-frame (reduce + render
/// into the grid) over a scripted session, with every input loaded so the
/// state is as large as it gets.
struct BenchUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ui", abstract: "Measure the reader's launch and key-to-frame times.", shouldDisplay: false)

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(help: "Screen width.") var width = 120
    @Option(help: "Screen height.") var height = 40
    @Option(help: "How many times to run the key script.") var rounds = 50
    @Flag(help: "Measure the library (first frame, fully indexed, filter keystroke, memory) instead.") var library = false
    @Flag(help: "With --library: the library on the store, launched as `quoth DIR` launches it (index DIR first; XDG_DATA_HOME says where the store is).")
    var store = false

    func run() throws {
        let size = Size(width: width, height: height)
        if library {
            let bench = LibraryBench(paths: paths, size: size, rounds: rounds)
            try store ? bench.runOnStore() : bench.run()
            return
        }

        // Launch to first frame, as `quoth PATH` does it.
        var launch = try ReaderLaunch.prepare(paths: paths, settings: LaunchSettings(themes: ReadCommand.themeLibrary, size: size))
        let frame = Renderer.render(launch.state)
        if let terminal = CursesTerminal.headless(size: size) {
            terminal.draw(frame, theme: launch.state.theme)
            terminal.close()
        }
        let firstFrame = BenchUICommand.secondsSinceProcessStart()
        print(String(format: "first frame: %.1f ms after process start (/proc/self/stat, 10 ms ticks)", firstFrame * 1000))

        // Every input read, for the largest state.
        let loadStart = Date()
        var documents: [Document] = []
        ArticleBatch.read(paths) { item in
            if case .article(let article) = item { documents.append(Document(path: article.source, article: article)) }
        }
        let loadTime = Date().timeIntervalSince(loadStart)
        guard !documents.isEmpty else { throw ValidationError("no readable articles in \(paths.joined(separator: " "))") }
        let quotes = documents.reduce(0) { $0 + ($1.article?.quotes.count ?? 0) }
        print(String(format: "read and analysed %d articles (%d quotes) in %.2f s", documents.count, quotes, loadTime))
        launch.state = ReaderState(documents: documents, size: size, themes: launch.state.shared.themes)

        // Key to frame.
        let script = "j j j k Space b ] ] ] } } { [ G g s j j k Enter r f / p a n i c Backspace Backspace Esc Esc ? j q t Tab Tab Tab n"
        let keys = script.split(separator: " ").map(BenchUICommand.key)
        var samples: [Double] = []
        samples.reserveCapacity(keys.count * rounds)
        var state = launch.state
        var checksum = 0
        for _ in 0..<rounds {
            for key in keys {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = state.apply(state.action(for: key))
                let grid = Renderer.render(state)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                checksum &+= grid.cells.count
            }
        }
        print("key to frame at \(size) over \(samples.count) keys: " + BenchUICommand.summary(samples) + " (\(checksum % 10))")

        // Switching articles (a new article laid out), when there are several.
        if documents.count > 1 {
            var switches: [Double] = []
            for _ in 0..<min(200, documents.count - 1) {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = state.apply(.command(.nextArticle))
                _ = Renderer.render(state)
                switches.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print("article switch (>) at \(size) over \(switches.count) switches: " + BenchUICommand.summary(switches))
        }
    }

    static func key(_ word: Substring) -> Key {
        switch word {
        case "Space": .char(" ")
        case "Enter": .enter
        case "Esc": .escape
        case "Tab": .tab
        case "Backspace": .backspace
        case _ where word.hasPrefix("Ctrl-"): .ctrl(Character(word.dropFirst(5).lowercased()))
        default: .char(word.first!)
        }
    }

    static func summary(_ samples: [Double]) -> String {
        let sorted = samples.sorted()
        let mean = samples.reduce(0, +) / Double(max(1, samples.count))
        func at(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        return String(format: "mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms", mean, at(0.5), at(0.99), sorted.last ?? 0)
    }

    /// Seconds since the kernel started this process.
    static func secondsSinceProcessStart() -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return .nan }
        // Fields after the command name; starttime is field 22 overall, the 20th after ")".
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]),
              let now = Double(uptime.split(separator: " ").first ?? "") else { return .nan }
        return now - ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
