import ArgumentParser
import ArticleKit
import Foundation

/// `quoth bench`: how fast the analysis runs, and how much memory it takes.
///
/// The input is read into memory first, so the figures are the analysis's own
/// (decode, parse, find and attribute quotes), not the disk's. Run it on a
/// release build: `swift run -c release quoth bench FOLDER`. With
/// `--input jsonl` each line is parsed as JSON and analysed as
/// `quoth quotes --input jsonl` does, so the two inputs can be compared on
/// the same articles (`Scripts/corpus-to-jsonl` writes a folder as lines).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure analysis speed (MB/s, articles/s) and peak memory on a set of articles.")

    @Option(help: "How many times to analyse the whole set.")
    var rounds: Int = 5

    @OptionGroup var inputs: InputOptions

    func validate() throws { try inputs.requirePaths() }

    /// One input held in memory, in the form its reader takes: a file's
    /// bytes, or one line of JSON Lines.
    struct Unit: Sendable {
        var file = Data()
        var line: [UInt8] = []
        var name: String
        var size: Int { file.count + line.count }
    }

    func run() throws {
        let units = try loadUnits()
        let bytes = units.reduce(0) { $0 + $1.size }
        guard bytes > 0 else { throw ValidationError("no readable articles under \(inputs.paths.joined(separator: " "))") }
        let analyse = analyser()
        var quotes = 0
        var articles = 0
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let start = DispatchTime.now().uptimeNanoseconds
            quotes = 0
            articles = 0
            for unit in units {
                let found = analyse(unit)
                articles += found.count
                quotes += found.reduce(0) { $0 + $1.quotes.count }
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let mb = Double(bytes) / 1e6
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func rate(_ seconds: Double) -> String {
            String(format: "%.3f s = %.1f MB/s, %.0f articles/s", seconds, mb / seconds, Double(articles) / seconds)
        }
        print("articles: \(articles)   input (\(inputs.input.rawValue)): \(String(format: "%.2f", mb)) MB   quotes: \(quotes)")
        print("analysis (one core, best of \(rounds)): \(rate(best))")
        var bestParallel = Double.infinity
        let workers = inputs.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<max(1, rounds) {
            let start = DispatchTime.now().uptimeNanoseconds
            ArticleBatch.analyze(units.count, workers: workers) { i in _ = analyse(units[i]) }
            bestParallel = min(bestParallel, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print("analysis (\(workers) workers, best of \(rounds)): \(rate(bestParallel))")
        print("peak memory: \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB")
    }

    /// Every file, or every line, in memory.
    func loadUnits() throws -> [Unit] {
        switch inputs.input {
        case .files:
            let files = InputCollector.collect(inputs.paths).files
            return files.compactMap { path in FileManager.default.contents(atPath: path).map { Unit(file: $0, name: path) } }
        case .jsonl:
            var units: [Unit] = []
            for path in inputs.paths.isEmpty ? ["-"] : inputs.paths {
                let name = JSONLinesStream.name(of: path)
                let failure = JSONLinesStream.map(path, transform: { $0 }) { line in
                    units.append(Unit(line: line.bytes, name: "\(name):\(line.number)"))
                }
                if let failure { throw ValidationError(failure.description) }
            }
            return units
        }
    }

    /// How one unit becomes articles, as the data commands read it.
    func analyser() -> @Sendable (Unit) -> [Article] {
        switch inputs.input {
        case .files:
            let reader = ArticleReader()
            return { unit in (try? reader.articles(from: unit.file, source: unit.name)) ?? [] }
        case .jsonl:
            return { unit in
                guard let value = try? JSONValue.parse(unit.line),
                      let article = try? ArticleLine.article(from: value, location: unit.name) else { return [] }
                return [article]
            }
        }
    }
}
