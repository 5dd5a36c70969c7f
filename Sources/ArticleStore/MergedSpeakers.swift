import ArticleKit
import Foundation
import GRDB

/// The speakers of a library merged across its articles, as `SpeakerDirectory`
/// merges them, kept in `speaker_merges` so the next question about the same
/// library does not merge again.
///
/// The key is the library's article row ids in order: a row id is never
/// used twice and a changed file gets new rows, so the same key means the
/// same articles with the same speakers in the same order, hence the same merge.
enum MergedSpeakers {
    /// How many libraries' merges are kept (the newest).
    static let kept = 8

    static func fingerprint(_ ids: [Int64]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in ids {
            var value = UInt64(bitPattern: id)
            for _ in 0..<8 {
                hash = (hash ^ (value & 0xFF)) &* 0x100_0000_01b3
                value >>= 8
            }
        }
        return "\(ids.count)-" + String(hash, radix: 16)
    }

    /// The entries kept under `fingerprint`, the members only of those
    /// `membersOf` accepts (the others' left empty: decoding 430,000 members
    /// to print one speaker's quotes took longer than the rest together).
    static func load(_ fingerprint: String, in db: Database,
                     membersOf wanted: (SpeakerDirectory.Entry) -> Bool = { _ in true }) throws -> [SpeakerDirectory.Entry]? {
        guard let data = try Data.fetchOne(db, sql: "SELECT entries FROM speaker_merges WHERE fingerprint = ?", arguments: [fingerprint]) else { return nil }
        return data.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes: bytes)
            return reader.entries(membersOf: wanted)
        }
    }

    static func save(_ entries: [SpeakerDirectory.Entry], as fingerprint: String, in db: Database) throws {
        var writer = ByteWriter()
        writer.write(entries)
        try db.execute(sql: "INSERT OR REPLACE INTO speaker_merges (fingerprint, made, entries) VALUES (?, ?, ?)",
                       arguments: [fingerprint, Date().timeIntervalSince1970, Data(writer.bytes)])
        try db.execute(sql: "DELETE FROM speaker_merges WHERE fingerprint NOT IN (SELECT fingerprint FROM speaker_merges ORDER BY made DESC LIMIT ?)",
                       arguments: [kept])
    }

    /// Entries as bytes: counts and numbers as 64-bit little-endian, strings
    /// as their UTF-8 length then bytes, an absent role as length -1.
    struct ByteWriter {
        var bytes: [UInt8] = []

        mutating func write(_ value: Int) {
            withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func write(_ text: String?) {
            guard let text else { write(-1); return }
            write(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func write(_ entries: [SpeakerDirectory.Entry]) {
            write(entries.count)
            for e in entries {
                write(e.name)
                write(e.role)
                write(e.kind.rawValue)
                write(e.aliases.count)
                for alias in e.aliases { write(alias) }
                write(e.quoteCount)
                write(e.articleCount)
                write(e.members.count)
                for m in e.members {
                    write(m.article)
                    write(m.speaker)
                }
            }
        }
    }

    /// Reads in place from the blob's bytes: copying them into an array and
    /// decoding strings from its slices took a sixth of `quotes --store --speaker`.
    struct ByteReader {
        var bytes: UnsafeRawBufferPointer
        var offset = 0

        mutating func int() -> Int? {
            guard offset + 8 <= bytes.count else { return nil }
            let value = bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)
            offset += 8
            return Int(Int64(littleEndian: value))
        }

        /// `.some(nil)` for an absent string, nil when the bytes run out.
        mutating func string() -> String?? {
            guard let count = int() else { return nil }
            if count < 0 { return .some(nil) }
            guard offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return .some(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self))
        }

        /// The entries, or nil when the bytes are not what `ByteWriter` wrote.
        mutating func entries(membersOf wanted: (SpeakerDirectory.Entry) -> Bool) -> [SpeakerDirectory.Entry]? {
            guard let count = int(), count >= 0 else { return nil }
            var entries: [SpeakerDirectory.Entry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let name = string() ?? nil, let role = string(), let kindName = string() ?? nil,
                      let kind = Speaker.Kind(rawValue: kindName), let aliasCount = int(), aliasCount >= 0 else { return nil }
                var aliases: [String] = []
                for _ in 0..<aliasCount {
                    guard let alias = string() ?? nil else { return nil }
                    aliases.append(alias)
                }
                guard let quotes = int(), let articles = int(), let memberCount = int(), memberCount >= 0,
                      offset + memberCount * 16 <= bytes.count else { return nil }
                var entry = SpeakerDirectory.Entry.kept(name: name, role: role, kind: kind, aliases: aliases, quoteCount: quotes,
                                                        articleCount: articles, members: [])
                if wanted(entry) {
                    entry.members.reserveCapacity(memberCount)
                    for _ in 0..<memberCount {
                        guard let article = int(), let speaker = int() else { return nil }
                        entry.members.append(SpeakerDirectory.Member(article: article, speaker: speaker))
                    }
                } else {
                    offset += memberCount * 16
                }
                entries.append(entry)
            }
            return entries
        }
    }
}
