import ArticleKit
import ArticleStore

/// Each merged speaker's quotes, as row ids in row order: worked out once
/// when the library is completed, so choosing a speaker (`s Enter`) lists
/// their quotes without a query per article they speak in.
///
/// Kept as one array of ids grouped by speaker, with where each speaker's
/// group starts: 458,000 attributed quotes of 100,000 articles are 3.7 MB,
/// where an array per speaker (30,000 of them) would cost an allocation
/// each and twice the room while growing.
struct SpeakerQuoteIDs: Sendable {
    /// Where speaker `e`'s ids start in `ids`; one more entry than speakers.
    private let starts: [Int]
    private let ids: [Int64]

    /// Reads who said every attributed quote and groups the ids by the
    /// merged speaker (`merged`: article row id and speaker in it → one of
    /// `speakers` merged speakers). Off the event loop's thread.
    /// `expected`: about how many quotes are attributed (the speakers'
    /// quote counts added up), so the lists are allocated once, not grown.
    init(catalog: LibraryCatalog, merged: [SpeakerDirectory.Member: Int], speakers: Int, expected: Int) throws(StoreError) {
        var owners: [Int32] = []
        var found: [Int64] = []
        owners.reserveCapacity(expected)
        found.reserveCapacity(expected)
        try catalog.attributedQuotes { id, member in
            guard let e = merged[member], e >= 0, e < speakers else { return }
            owners.append(Int32(e))
            found.append(id)
        }
        var starts = [Int](repeating: 0, count: speakers + 1)
        for e in owners { starts[Int(e) + 1] += 1 }
        for e in 0..<speakers { starts[e + 1] += starts[e] }
        // Filled in row order, so each speaker's ids stay ascending.
        var next = starts
        var ids = [Int64](repeating: 0, count: found.count)
        for (e, id) in zip(owners, found) {
            ids[next[Int(e)]] = id
            next[Int(e)] += 1
        }
        self.starts = starts
        self.ids = ids
    }

    /// Speaker `e`'s quotes, ascending; none for a speaker not merged here.
    func ids(of e: Int) -> [Int64] {
        guard e >= 0, e + 1 < starts.count else { return [] }
        return Array(ids[starts[e]..<starts[e + 1]])
    }
}
