import ArticleKit
import ArticleStore
import Foundation

/// Where `quoth fetch` keeps what it fetches: the store, or, when the store
/// cannot be opened (a read-only data folder), `feeds.json` as before, so a
/// fetch still keeps its articles and one warning says why.
enum FeedLedger: FetchLedger {
    case store(StoreFetchLedger)
    case file(JSONFetchLedger)

    /// The store's ledger with feeds.json moved in, or feeds.json, and what
    /// went wrong on the way.
    static func open() -> (FeedLedger, warnings: [String]) {
        let old = JSONFetchLedger.standardURL()
        do {
            let store = try ArticleStore.open(StoreLocation.standard())
            let ledger = StoreFetchLedger(store: store)
            return (.store(ledger), store.warnings + [ledger.migrate(from: old)].compactMap { $0 })
        } catch {
            let (ledger, warning) = JSONFetchLedger.open(old)
            return (.file(ledger), ["\(error.description); feeds are kept in \(old.path) instead"] + [warning].compactMap { $0 })
        }
    }

    /// The file written, for messages.
    var path: String {
        switch self {
        case .store(let ledger): ledger.store.location.path
        case .file(let ledger): ledger.url.path
        }
    }

    func validators(for feed: String) throws -> FeedValidators {
        switch self {
        case .store(let ledger): try ledger.validators(for: feed)
        case .file(let ledger): ledger.validators(for: feed)
        }
    }

    func knownItemKeys(for feed: String) throws -> Set<String> {
        switch self {
        case .store(let ledger): try ledger.knownItemKeys(for: feed)
        case .file(let ledger): ledger.knownItemKeys(for: feed)
        }
    }

    mutating func record(_ result: FeedFetchResult, at date: Date) throws {
        switch self {
        case .store(let ledger):
            try ledger.record(result, at: date)
        case .file(var ledger):
            try ledger.record(result, at: date)
            self = .file(ledger)
        }
    }

    func status(of feed: String) throws -> FeedStatus? {
        switch self {
        case .store(let ledger): try ledger.status(of: feed)
        case .file(let ledger): ledger.status(of: feed)
        }
    }
}
