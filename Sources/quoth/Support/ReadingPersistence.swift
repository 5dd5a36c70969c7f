import ArticleKit
import ArticleStore
import Foundation

/// Where the reader keeps reading positions and read marks: the store, or,
/// when the store cannot be opened (a read-only data folder), the old
/// `state.json`, so that marks still persist and one warning says why.
enum ReadingPersistence {
    case store(ReadStateStore)
    case file(ReadingMemoryStore)

    /// The store with state.json's marks moved in (once), or state.json, and
    /// what went wrong on the way.
    static func open() -> (ReadingPersistence, warnings: [String]) {
        let old = ReadingMemoryStore.standard()
        do {
            let store = try ArticleStore.open(StoreLocation.standard())
            let state = ReadStateStore(store: store)
            return (.store(state), store.warnings + [state.migrate(from: old)].compactMap { $0 })
        } catch {
            return (.file(old), ["\(error.description); read marks stay in \(old.url.path), and a library is read from its files"])
        }
    }

    /// The store, when the marks are kept there: the feeds view reads it too.
    var store: ArticleStore? {
        if case .store(let state) = self { state.store } else { nil }
    }

    /// Every mark, and why they could not be read when they could not.
    func load() -> (memory: ReadingMemory, warning: String?) {
        switch self {
        case .store(let state):
            do { return (try state.load(), nil) } catch { return (ReadingMemory(), error.description) }
        case .file(let file):
            return file.load()
        }
    }

    /// Saves the marks changed since `baseline`; a message when that failed.
    func save(_ memory: ReadingMemory, since baseline: ReadingMemory) -> String? {
        switch self {
        case .store(let state):
            do { try state.save(memory, since: baseline) } catch { return "could not save the reading state: \(error.description)" }
        case .file(let file):
            do { try file.save(memory, since: baseline) } catch {
                return "\(file.url.path): could not save the reading state (\(error.localizedDescription))"
            }
        }
        return nil
    }
}
