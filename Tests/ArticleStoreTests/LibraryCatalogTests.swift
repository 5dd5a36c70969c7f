import ArticleKit
import Foundation
import GRDB
import Testing
@testable import ArticleStore

/// The reader's library answered from a real SQLite file: rows in reading
/// order, quotes a page at a time by word, speakers' quotes, one article whole.
@Suite struct LibraryCatalogTests {
    /// A library indexed into a store, and what reading it gives.
    struct Indexed {
        let folder: TemporaryFolder
        let library: String
        let store: ArticleStore
        let read: [Article]
    }

    static func indexed(extraLine: String? = nil) throws -> Indexed {
        let folder = try TemporaryFolder()
        let library = try StoreFixtures.library(in: folder)
        if let extraLine {
            try (extraLine + "\n").write(toFile: library + "/council/aware.txt", atomically: true, encoding: .utf8)
        }
        let store = try StoreFixtures.store(in: folder)
        _ = LibraryIndexer(store: store).index([library])
        var read: [Article] = []
        ArticleBatch.read([library]) { item in if case .article(let a) = item { read.append(a) } }
        return Indexed(folder: folder, library: library, store: store, read: read)
    }

    @Test func listsTheFolderGivenInReadingOrderBeforeOtherStoredArticles() throws {
        let indexed = try Self.indexed()
        // Another folder indexed into the same store, before the one asked about.
        let other = indexed.folder.path("other")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try "Other news\n\n\"We are ready,\" said Mary Jones.\n".write(toFile: other + "/x.txt", atomically: true, encoding: .utf8)
        _ = LibraryIndexer(store: indexed.store).index([other])

        let catalog = LibraryCatalog(store: indexed.store, given: [indexed.library])
        #expect(try catalog.holdsGiven())
        let (origins, rows) = try catalog.articles()
        #expect(origins == [ReadingMemory.key(indexed.library), ReadingMemory.key(other)])
        #expect(rows.count == indexed.read.count + 1)
        #expect(rows.dropLast().map(\.source) == indexed.read.map { ReadingMemory.key($0.source) })
        #expect(rows.dropLast().map(\.title) == indexed.read.map(\.title))
        let counts = try catalog.quoteCounts()
        #expect(rows.dropLast().map { counts[$0.id] ?? 0 } == indexed.read.map(\.quotes.count))
        #expect(try catalog.quoteCounts(of: rows.map(\.id)) == Dictionary(uniqueKeysWithValues: rows.map { ($0.id, counts[$0.id] ?? 0) }))
        // The first frame's rows: in the order kept (the same here), counted, the origins the same.
        let first = try catalog.firstArticles(limit: 3)
        #expect(first.rows.map(\.source) == rows.prefix(3).map(\.source))
        #expect(first.rows.map(\.quoteCount) == indexed.read.prefix(3).map(\.quotes.count))
        #expect(first.origins.first == origins.first)
        #expect(rows.dropLast().map(\.speakerNames) == indexed.read.map { Array($0.speakers.prefix(3).map(\.name)) })
        #expect(rows.dropLast().allSatisfy { $0.origin == 0 })
        #expect(rows.last?.origin == 1 && rows.last?.title == "Other news")
        #expect(try !LibraryCatalog(store: indexed.store, given: [indexed.folder.path("never")]).holdsGiven())
    }

    @Test func findsQuotesByWholeWordsAndByThePrefixBeingTyped() throws {
        let indexed = try Self.indexed(extraLine: "\"I am aware of the software,\" said Ann Okafor.")
        let catalog = LibraryCatalog(store: indexed.store, given: [indexed.library])
        func read(_ word: String, prefix: Bool) -> [String] {
            indexed.read.flatMap(\.quotes).map(\.text).filter { text in
                text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { prefix ? $0.hasPrefix(word) : $0 == word }
            }
        }
        func stored(_ filter: String) throws -> [String] {
            var ids: [Int64] = []
            // Two at a time: the pages follow each other with nothing lost or repeated.
            while case let page = try catalog.quoteIDs(matching: filter, after: ids.last ?? 0, limit: 2), !page.isEmpty { ids += page }
            return try catalog.quotes(ids).map(\.text)
        }
        let war = try stored("war ")
        #expect(!war.isEmpty)
        #expect(Set(war) == Set(read("war", prefix: false)))
        #expect(!war.contains { $0.contains("aware") })
        #expect(try catalog.quoteCount(matching: "war ") == war.count)
        // While typing, "wa" is a prefix of words ("war", "warned"), never of "aware".
        #expect(Set(try stored("wa")) == Set(read("wa", prefix: true)))
        #expect(try catalog.quoteCount(matching: "") == indexed.read.flatMap(\.quotes).count)
        // The last page first, going up from the end (G in the quote view).
        let all = try catalog.quoteIDs(matching: "", after: 0, limit: 1000)
        #expect(try catalog.quoteIDs(matching: "", after: Int64.max, backward: true, limit: 3) == Array(all.suffix(3).reversed()))
    }

    @Test func theFirstSpeakersOfTheKeptMergeAreReadWithoutTheRest() throws {
        let indexed = try Self.indexed()
        let catalog = LibraryCatalog(store: indexed.store, given: [indexed.library])
        #expect(try catalog.firstSpeakers(limit: 2) == nil, "nothing merged and kept yet")
        let all = try catalog.speakers(members: false)
        let first = try #require(try catalog.firstSpeakers(limit: 2))
        #expect(first.count == all.count && first.current)
        #expect(first.entries == Array(all.prefix(2)))
        #expect(try catalog.firstSpeakers(limit: 1000)?.entries == all)
    }

    @Test func aMergedSpeakersQuotesAreTheirMembersQuotes() throws {
        let indexed = try Self.indexed()
        let catalog = LibraryCatalog(store: indexed.store, given: [indexed.library])
        let speakers = try catalog.speakers(members: true)
        let top = try #require(speakers.first)
        #expect(try catalog.speakers(members: false).first?.members.isEmpty == true)
        let ids = try catalog.quoteIDs(of: top.members, matching: "")
        #expect(ids.count == top.quoteCount)
        let rows = try catalog.quotes(ids)
        #expect(rows.allSatisfy { row in top.members.contains(SpeakerDirectory.Member(article: Int(row.article), speaker: row.speaker ?? -1)) })
        #expect(rows.allSatisfy { $0.speakerName != nil })
        let word = try #require(rows.first?.text.split(separator: " ").first { $0.count > 3 && $0.allSatisfy(\.isLetter) })
        let narrowed = try catalog.quotes(try catalog.quoteIDs(of: top.members, matching: String(word) + " "))
        #expect(!narrowed.isEmpty && narrowed.allSatisfy { $0.text.localizedCaseInsensitiveContains(String(word)) })
    }

    @Test func aSpeakersQuotesFromIdsReadOnceAreTheQuotesTheStoreListsPerArticle() throws {
        let indexed = try Self.indexed()
        // Ines Varga speaks in the first and last hearing, Tomas Reyes in every one:
        // their quotes' ids interleave, and only some hold each word.
        let hearings = indexed.library + "/hearings"
        try FileManager.default.createDirectory(atPath: hearings, withIntermediateDirectories: true)
        for day in 1...3 {
            var text = "Hearing day \(day)\n\n\"The war is over for now,\" Tomas Reyes said.\n\n"
            if day != 2 { text += "\"I was aware of the warm welcome,\" said Ines Varga.\n\n\"We want peace, not war,\" said Ines Varga.\n\n" }
            text += "\"Nobody was warned,\" Tomas Reyes said.\n"
            try text.write(toFile: hearings + "/day-\(day).txt", atomically: true, encoding: .utf8)
        }
        _ = LibraryIndexer(store: indexed.store).index([indexed.library])
        let catalog = LibraryCatalog(store: indexed.store, given: [indexed.library])
        let speakers = try catalog.speakers(members: true)
        var mergedInto: [SpeakerDirectory.Member: Int] = [:]
        for (e, speaker) in speakers.enumerated() { for m in speaker.members { mergedInto[m] = e } }

        var every: [Int64] = []
        var own = [[Int64]](repeating: [], count: speakers.count)
        try catalog.attributedQuotes { id, member in
            every.append(id)
            if let e = mergedInto[member] { own[e].append(id) }
        }
        #expect(every == every.sorted(), "in row order")
        let stored = try catalog.quotes(try catalog.quoteIDs(matching: "", after: 0, limit: 10_000))
        #expect(every == stored.filter { $0.speaker != nil }.map(\.id))

        let varga = try #require(speakers.firstIndex { $0.name == "Ines Varga" })
        let reyes = try #require(speakers.firstIndex { $0.name == "Tomas Reyes" })
        #expect(own[varga].count == 4 && own[reyes].count == 6)
        // "war " the word, "war" also a prefix (warm, warned), "aware" never.
        for filter in ["", "war ", "war", "wa", "aware", "peace nobody", "zzz"] {
            for (e, speaker) in speakers.enumerated() {
                let perArticle = try catalog.quoteIDs(of: speaker.members, matching: filter)
                #expect(try catalog.quoteIDs(among: own[e], matching: filter) == perArticle, "\(speaker.name), “\(filter)”")
                // A stretch of the filter's matches at a time: the same, nothing lost or repeated.
                for limit in [1, 2, 5] {
                    var stitched: [Int64] = []
                    var through: Int64? = (own[e].first ?? 1) - 1
                    var stretches = 0
                    while let after = through {
                        let stretch = try catalog.quoteIDs(among: own[e], matching: filter, after: after, scanning: limit)
                        stitched += stretch.ids
                        through = stretch.through
                        stretches += 1
                    }
                    #expect(stitched == perArticle, "\(speaker.name), “\(filter)”, \(limit) at a time")
                    if e == reyes, filter == "war" { #expect(stretches > 1) }
                }
            }
        }
        func texts(_ ids: [Int64]) throws -> [String] { try catalog.quotes(ids).map(\.text) }
        #expect(try texts(try catalog.quoteIDs(among: own[varga], matching: "war ")) == ["We want peace, not war,", "We want peace, not war,"])
        #expect(try catalog.quoteIDs(among: own[varga], matching: "war").count == 4)
        #expect(try catalog.quoteIDs(among: own[reyes], matching: "war").count == 6)
        #expect(try catalog.quoteIDs(among: own[reyes], matching: "war ").count == 3)
    }

    @Test func anArticleOpensWholeAsReadWithItsParagraphs() throws {
        let indexed = try Self.indexed()
        let catalog = LibraryCatalog(store: indexed.store, given: [indexed.library])
        let (_, rows) = try catalog.articles()
        for (row, read) in zip(rows, indexed.read) {
            let article = try #require(try catalog.article(row.id))
            #expect(article.text == read.text && article.title == read.title)
            #expect(article.paragraphs.count == read.paragraphs.count)
            #expect(article.quotes.map(\.text) == read.quotes.map(\.text))
            #expect(article.speakers.map(\.name) == read.speakers.map(\.name))
        }
    }
}
