import ArgumentParser
import ArticleKit
import ArticleStore
import Foundation

/// `--store`, for the data commands that can answer from the store.
///
/// Asked for, not guessed: a person who wants the store says so once (an
/// alias, a script), and a command without it behaves exactly as before,
/// with no database touched. With it, the paths are indexed first (only new
/// or changed files are read, so an unchanged library is read from the
/// database alone) and the answer comes from the store.
struct StoreOptions: ParsableArguments {
    @Flag(help: """
        Answer from the store ($XDG_DATA_HOME/quoth/quoth.sqlite): the paths are indexed first, \
        reading only new or changed files. The output is the same as without it.
        """)
    var store = false

    func validate(_ inputs: InputOptions) throws {
        guard store else { return }
        if inputs.input != .files { throw ValidationError("--store indexes files and folders: leave out --input jsonl") }
        if let other = inputs.paths.first(where: { !LibraryIndexer.isFile($0) }) {
            throw ValidationError("--store indexes files and folders; \(other) is read without it: leave out --store")
        }
    }

    /// The library of `inputs` from the store, brought up to date first, with
    /// what reading would have said on stderr already said; or nil, after one
    /// warning, when the store cannot be used (the caller then reads the files).
    func library(for inputs: InputOptions) -> StoredLibrary? {
        guard store else { return nil }
        do throws(StoreError) {
            let store = try ArticleStore.open(StoreLocation.standard())
            store.warnings.forEach(Diagnostics.warn)
            let report = LibraryIndexer(store: store, workers: inputs.jobs).index(inputs.paths)
            if let error = report.storeError { throw error }
            let library = try StoredLibrary(store: store, report: report)
            for note in library.notes {
                switch note {
                case .failure(let error): Diagnostics.warn(error.description)
                case .warning(let source, let text): Diagnostics.warn("\(source): \(text)")
                }
            }
            return library
        } catch {
            Diagnostics.warn("\(error.description); reading the files without the store")
            return nil
        }
    }
}
