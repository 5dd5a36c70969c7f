import ArgumentParser
import ArticleKit
import ArticleStore
import Foundation

/// `quoth index PATH...`: brings the store up to date with folders and files.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Keep articles, quotes and speakers in the store, so --store and the library answer without reading.",
        discussion: """
            Files are known by path, size and mtime: a second run reads only new or changed \
            files, and files gone from a folder leave the store; with no path, every path \
            indexed before is indexed again. Articles analysed by an older \
            quoth are analysed again. The store is $XDG_DATA_HOME/quoth/quoth.sqlite \
            (~/.local/share/quoth/quoth.sqlite).
            """)

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    @Argument(help: "Article files and folders (read recursively). None: every path indexed before, again.")
    var paths: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let other = paths.first(where: { !LibraryIndexer.isFile($0) }) {
            throw ValidationError("\(other): only files and folders are indexed")
        }
    }

    func run() throws {
        let store: ArticleStore
        do {
            store = try ArticleStore.open(StoreLocation.standard())
        } catch {
            Diagnostics.warn(error.description)
            throw ExitCode.failure
        }
        store.warnings.forEach(Diagnostics.warn)
        var paths = self.paths
        if paths.isEmpty {
            do { paths = try StoreContents(store: store).roots() } catch {
                Diagnostics.warn(error.description)
                throw ExitCode.failure
            }
            if paths.isEmpty { throw ValidationError("nothing indexed yet: give the files and folders to index") }
        }
        let onTerminal = isatty(2) == 1
        let report = LibraryIndexer(store: store, workers: jobs).index(paths) { done, total in
            if onTerminal { FileHandle.standardError.write(Data("\rindexing \(done)/\(total)\u{1B}[K".utf8)) }
        }
        if onTerminal && report.read > 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for error in report.listingErrors + report.newFailures { Diagnostics.warn(error.description) }
        // Merged now, so the first `--store` question, about these paths or
        // about the whole store, finds it done.
        if report.storeError == nil, let library = try? StoredLibrary(store: store, report: report),
           let merged = try? library.mergedSpeakers() {
            try? StoreContents(store: store).keepMerged(merged, ofLibrary: library.entries.map(\.id))
        }
        print(Self.summary(report, store: store))
        if let error = report.storeError {
            Diagnostics.warn(error.description)
            throw ExitCode.failure
        }
        if !report.listingErrors.isEmpty || !report.newFailures.isEmpty { throw ExitCode(1) }
    }

    /// `5000 files: 120 read (0.3 MB at 2.1 MB/s), 4880 unchanged, 2 removed, 1 unreadable; 1.20 s; store 45.0 MB`
    static func summary(_ report: IndexReport, store: ArticleStore) -> String {
        let megabytes = Double(report.bytesRead) / 1_000_000
        var parts = ["\(report.read) read" + (report.read > 0 ? String(format: " (%.1f MB at %.1f MB/s)", megabytes, megabytes / max(report.seconds, 0.001)) : "")]
        if report.reanalysed > 0 { parts.append("\(report.reanalysed) of them analysed again for a newer quoth") }
        parts.append("\(report.unchanged) unchanged")
        if report.removed > 0 { parts.append("\(report.removed) removed") }
        if report.failed > 0 { parts.append("\(report.failed) unreadable") }
        return "\(report.files.count) files: " + parts.joined(separator: ", ")
            + String(format: "; %.2f s (%.2f s writing, %.2f s of it full-text, %.2f s waiting for analysis); store %.1f MB at %@", report.seconds, report.writingSeconds, report.fullTextSeconds, report.waitingSeconds, Double(store.sizeOnDisk) / 1_000_000, store.location.path)
    }
}
