import ArgumentParser
import ArticleKit
import ArticleStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `quoth bench-store`: the store's figures on a large library (hidden; for developers).
///
/// Builds a library of `--articles` files by hard-linking the files of
/// `--copies-of` under distinct folders in a temporary folder (removed at
/// the end), then measures, each in a process of its own as a user meets it:
/// the first index (MB/s of text), a second index of the unchanged library,
/// `quoth quotes --store --speaker NAME` whole-process time, the store
/// opened and ready to answer a search, a word filter's keystrokes over
/// every quote (FTS, as the library's quote filter would ask), peak
/// resident memory, and the database's size per 1,000 articles.
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store", abstract: "Measure the store on a large library.", shouldDisplay: false)

    @Option(help: "A folder of articles to copy (hard links) into the library.")
    var copiesOf: String

    @Option(help: "How many articles the library holds.")
    var articles = 100_000

    @Option(help: "Worker threads for the first index.")
    var jobs = 2

    @Option(help: "The speaker asked for.")
    var speaker = "Tony Blair"

    @Option(help: "How many times each query runs.")
    var rounds = 5

    @Option(help: "Where the temporary library and store go.")
    var temporary = "/tmp"

    @Flag(help: "Keep the library and store (their folder is printed).")
    var keep = false

    /// The `--probe` half: run inside a child to time opening the store and a first search.
    @Option(help: .hidden) var probe: String?

    func run() throws {
        if let probe { return try Self.probe(library: probe) }
        let folder = temporary + "/quoth-bench-store-\(getpid())"
        defer {
            if keep { print("kept \(folder)") } else { try? FileManager.default.removeItem(atPath: folder) }
        }
        let library = folder + "/library"
        let buildStart = Date()
        let (count, bytes) = try Self.buildLibrary(copying: copiesOf, into: library, articles: articles)
        print(String(format: "library: %d articles, %.1f MB of text, hard-linked in %.1f s under %@",
                     count, Double(bytes) / 1e6, Date().timeIntervalSince(buildStart), library))
        let environment = ["XDG_DATA_HOME": folder + "/data", "XDG_STATE_HOME": folder + "/state"]
        let binary = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
            : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]

        let first = try ChildProcess.run(binary, ["index", "--jobs", String(jobs), library], environment: environment)
        print("first index (--jobs \(jobs)): " + first.summary + " — " + first.output.trimmingCharacters(in: .whitespacesAndNewlines))
        let mbps = Double(bytes) / 1e6 / first.seconds
        print(String(format: "  = %.1f MB/s of text, whole process", mbps))

        let second = try ChildProcess.run(binary, ["index", library], environment: environment)
        print("second index, nothing changed: " + second.summary)

        for paths in [[], [library]] {
            var runs: [ChildProcess.Result] = []
            for _ in 0..<rounds {
                runs.append(try ChildProcess.run(binary, ["quotes", "--store", "--speaker", speaker] + paths, environment: environment))
            }
            let lines = runs[0].output.split(separator: "\n").count
            let form = paths.isEmpty ? "(the store as indexed)" : "LIBRARY (every file checked for changes)"
            print("quotes --store --speaker \"\(speaker)\" \(form), \(lines) lines out: " + ChildProcess.Result.summary(runs))
        }
        var speakersRuns: [ChildProcess.Result] = []
        for _ in 0..<rounds { speakersRuns.append(try ChildProcess.run(binary, ["speakers", "--store"], environment: environment)) }
        print("speakers --store (the store as indexed), \(speakersRuns[0].output.split(separator: "\n").count) lines out: "
              + ChildProcess.Result.summary(speakersRuns))

        var probes: [ChildProcess.Result] = []
        for _ in 0..<rounds {
            probes.append(try ChildProcess.run(binary, ["bench-store", "--copies-of", copiesOf, "--probe", library], environment: environment))
        }
        print(probes[0].output.trimmingCharacters(in: .whitespacesAndNewlines))
        print("  (that process: " + ChildProcess.Result.summary(probes) + ")")

        let store = try ArticleStore.open(StoreLocation.standard(environment: environment))
        let size = Double(store.sizeOnDisk)
        print(String(format: "database: %.1f MB, %.2f MB per 1,000 articles", size / 1e6, size / 1e6 / Double(count) * 1000))
    }

    /// Opens the store, makes it ready to answer (the speakers merged, as the
    /// library's sidebar needs them), then types into a word filter.
    static func probe(library: String) throws {
        let opened = BenchUICommand.secondsSinceProcessStart()
        let store = try ArticleStore.open(StoreLocation.standard())
        let search = WordSearch(store: store)
        _ = try search.quotes(matching: "minister", asTyped: true, limit: 50)
        let searchable = BenchUICommand.secondsSinceProcessStart()
        print(String(format: "store opened and first search answered: %.0f ms after process start (store open at %.0f ms)",
                     searchable * 1000, opened * 1000))
        // The sidebar's list, as kept by the last index (counts, no members).
        let listed = try StoreContents(store: store).mergedSpeakers(membersOf: { _ in false }).count
        let speakersReady = BenchUICommand.secondsSinceProcessStart()
        print(String(format: "and every speaker merged (%d, as the last index kept them): %.0f ms after process start",
                     listed, speakersReady * 1000))
        // What merging them again costs, when an index has changed them.
        let merging = Date()
        var directory = SpeakerDirectory()
        for (i, speakers) in try store.speakersOfEveryArticle().enumerated() {
            directory.add(Article(source: "", text: "", title: "", paragraphs: [], speakers: speakers), index: i)
        }
        print(String(format: "merging every speaker again from the stored speakers: %.0f ms (%d)",
                     Date().timeIntervalSince(merging) * 1000, directory.merged().entries.count))
        var samples: [Double] = []
        var hits = 0
        for word in ["war", "blair", "economy", "said"] {
            for n in 1...word.count {
                let start = DispatchTime.now().uptimeNanoseconds
                let found = try search.quotes(matching: String(word.prefix(n)), asTyped: true, limit: 50)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                hits += found.count
            }
        }
        let quotes = try store.quoteCount()
        print("filter keystroke (FTS, first 50 hits) over \(quotes) quotes, \(samples.count) keys: " + BenchUICommand.summary(samples))
        var counts: [Double] = []
        for word in ["war", "blair"] {
            for n in 1...word.count {
                let start = DispatchTime.now().uptimeNanoseconds
                hits += try search.quotes(matching: String(word.prefix(n)), asTyped: true).count
                counts.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        print("filter keystroke (FTS, every hit) \(counts.count) keys: " + BenchUICommand.summary(counts) + " (\(hits % 10))")
    }

    /// Hard links to the articles of `source`, copy after copy under
    /// `library/copy-N/`, until there are `articles`; their count and bytes.
    static func buildLibrary(copying source: String, into library: String, articles: Int) throws -> (Int, Int) {
        let files = InputCollector.collect([source]).files
        guard !files.isEmpty else { throw ValidationError("\(source): no articles to copy") }
        let base = source.hasSuffix("/") ? String(source.dropLast()) : source
        var made = 0, bytes = 0, copy = 0
        while made < articles {
            copy += 1
            for file in files where made < articles {
                let target = library + "/copy-\(copy)" + file.dropFirst(base.count)
                let folder = (target as NSString).deletingLastPathComponent
                if !FileManager.default.fileExists(atPath: folder) {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                if link(file, target) != 0 { try FileManager.default.copyItem(atPath: file, toPath: target) }
                var info = stat()
                stat(target, &info)
                bytes += Int(info.st_size)
                made += 1
            }
        }
        return (made, bytes)
    }
}
