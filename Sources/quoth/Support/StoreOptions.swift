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
        reading only new or changed files, and the output is the same as without it. \
        With no paths: everything in the store, as last indexed, nothing on disk looked at.
        """)
    var store = false

    func validate(_ inputs: InputOptions) throws {
        guard store else { return try inputs.requirePaths() }
        if inputs.input != .files { throw ValidationError("--store indexes files and folders: leave out --input jsonl") }
        if let other = inputs.paths.first(where: { !LibraryIndexer.isFile($0) }) {
            throw ValidationError("--store indexes files and folders; \(other) is read without it: leave out --store")
        }
    }

    /// Everything in the store, for a command given no paths; nil after one
    /// line on stderr when there is no store to answer from.
    func contents() -> StoreContents? {
        do throws(StoreError) {
            let store = try ArticleStore.open(StoreLocation.standard())
            store.warnings.forEach(Diagnostics.warn)
            return StoreContents(store: store)
        } catch {
            Diagnostics.warn(error.description)
            return nil
        }
    }

    /// The library of `inputs` from the store, brought up to date first, with
    /// what reading would have said on stderr already said; or nil, after one
    /// warning, when the store cannot be used (the caller then reads the files).
    func library(for inputs: InputOptions) -> StoredLibrary? {
        guard store, !inputs.paths.isEmpty else { return nil }
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
