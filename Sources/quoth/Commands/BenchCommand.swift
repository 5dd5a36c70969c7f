import ArgumentParser
import ArticleKit
import Foundation

/// `quoth bench`: how fast the analysis runs, and how much memory it takes.
///
/// Files are read into memory first, so the figures are the analysis's own
/// (decode, parse, find and attribute quotes), not the disk's. Run it on a
/// release build: `swift run -c release quoth bench ../shared/data/bbc`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure analysis speed (MB/s) and peak memory on a set of articles.")

    @Option(help: "How many times to analyse the whole set.")
    var rounds: Int = 5

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let files = InputCollector.collect(inputs.paths).files
        let contents = files.compactMap { FileManager.default.contents(atPath: $0) }
        let bytes = contents.reduce(0) { $0 + $1.count }
        guard bytes > 0 else { throw ValidationError("no readable articles under \(inputs.paths.joined(separator: " "))") }
        let reader = ArticleReader()
        var quotes = 0
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let start = DispatchTime.now().uptimeNanoseconds
            quotes = 0
            for (data, path) in zip(contents, files) {
                if let articles = try? reader.articles(from: data, source: path) {
                    quotes += articles.reduce(0) { $0 + $1.quotes.count }
                }
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let mb = Double(bytes) / 1e6
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("articles: \(contents.count)   text: \(String(format: "%.2f", mb)) MB   quotes: \(quotes)")
        print("analysis (one core, best of \(rounds)): \(String(format: "%.3f", best)) s = \(String(format: "%.1f", mb / best)) MB/s")
        var bestParallel = Double.infinity
        let work = Array(zip(contents, files))
        for _ in 0..<max(1, rounds) {
            let start = DispatchTime.now().uptimeNanoseconds
            ArticleBatch.analyze(work.count) { i in _ = try? reader.articles(from: work[i].0, source: work[i].1) }
            bestParallel = min(bestParallel, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print("analysis (\(ProcessInfo.processInfo.activeProcessorCount) cores, best of \(rounds)): \(String(format: "%.3f", bestParallel)) s = \(String(format: "%.1f", mb / bestParallel)) MB/s")
        print("peak memory: \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB")
    }
}
