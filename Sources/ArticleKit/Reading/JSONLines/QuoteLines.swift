/// Quote lines already written by `quoth quotes --format jsonl`, read back as
/// each article's speakers: the reduce step after many mappers.
///
/// A mapper's lines carry, for each quote, its article, the speaker's
/// canonical name, role and kind, and the mention that named them ("Ms
/// Okafor", "he"). That is all `SpeakerDirectory` reads from an article, so
/// speakers rebuilt from the lines merge across articles exactly as they do
/// when the articles themselves are read: `quoth quotes … | quoth speakers
/// --input jsonl --from-quotes` lists what `quoth speakers …` lists.
public enum QuoteLines {
    /// What one line says about its quote's speaker.
    struct Record: Sendable {
        var article: String
        var speaker: String?
        var role: String?
        var kind: Speaker.Kind
        var mention: String?
        var mentionSpan: Range<Int>?
        /// The mention lies inside the quote itself, as only a transcript's
        /// speaker label does ("PENCE: Well, look, …").
        var mentionIsLabel: Bool
    }

    /// Calls `handle` with one article (speakers only, nothing else) for each
    /// run of lines with the same `article`, in order; a line that is no
    /// quote line is a failure named by its place (`stdin:4: no "article"`).
    /// An article's lines are expected together, as quoth writes them.
    public static func articles(_ paths: [String], workers: Int? = nil, handle: (ArticleBatch.Item) -> Void) {
        var current: (id: String, records: [Record])?
        func flush() {
            if let (id, records) = current { handle(.article(article(id, records))) }
            current = nil
        }
        for path in paths.isEmpty ? ["-"] : paths {
            let name = JSONLinesStream.name(of: path)
            let failure = JSONLinesStream.map(path, workers: workers, transform: { line in
                Result { () throws(ReadError) in try record(line, location: "\(name):\(line.number)") }
            }) { result in
                switch result {
                case .success(let record):
                    if current?.id != record.article { flush(); current = (record.article, []) }
                    current?.records.append(record)
                case .failure(let error):
                    handle(.failure(error))
                }
            }
            if let failure { handle(.failure(failure)) }
        }
        flush()
    }

    static func record(_ line: JSONLinesStream.Line, location: String) throws(ReadError) -> Record {
        if let reason = line.problem { throw ReadError(path: location, reason: reason) }
        let value: JSONValue
        do {
            value = try JSONValue.parse(line.bytes)
        } catch {
            throw ReadError(path: location, reason: error.description)
        }
        let fields = try JSONFields(value, location: location)
        let article = try fields.identifier("article")
        guard fields.members["speaker"] != nil else { throw fields.problem("no \"speaker\" (a quote line has one, null when unattributed)") }
        let speaker = try fields.string("speaker")
        let role = try fields.string("role")
        // Lines written before `speaker_kind` existed name people.
        guard let kind = Speaker.Kind(rawValue: try fields.string("speaker_kind") ?? Speaker.Kind.person.rawValue) else {
            throw fields.problem("\"speaker_kind\" is not person, organisation or unnamed")
        }
        let mention = try fields.object("mention")
        var isLabel = false
        if let span = mention?.span, let quote = fields.span { isLabel = quote.contains(span.lowerBound) }
        return Record(article: article, speaker: speaker, role: role, kind: kind, mention: try mention?.string("text"),
                      mentionSpan: mention?.span, mentionIsLabel: isLabel)
    }

    /// An article holding only its speakers, ranked as the analyser ranks
    /// them (most quoted first, ties by first quote), each with the name
    /// forms its mentions used; pronouns and "who" are not name forms.
    static func article(_ id: String, _ records: [Record]) -> Article {
        var speakers: [Speaker] = []
        var index: [String: Int] = [:]
        // A continuation names its speaker where the quote before did: a
        // label there is a label here too.
        let labels = Set(records.filter(\.mentionIsLabel).compactMap(\.mentionSpan))
        for var record in records {
            if let span = record.mentionSpan, labels.contains(span) { record.mention = record.mention.map(labelName) }
            guard let name = record.speaker else { continue }
            let key = record.kind.rawValue + ":" + name
            let i = index[key] ?? speakers.count
            if i == speakers.count {
                index[key] = i
                speakers.append(Speaker(name: name, role: record.role, kind: record.kind, aliases: [name]))
            }
            speakers[i].quoteCount += 1
            if speakers[i].role == nil { speakers[i].role = record.role }
            if let alias = record.mention.flatMap(nameForm) { speakers[i].aliases.appendUnique(alias) }
        }
        let ranked = speakers.indices.sorted { a, b in
            speakers[a].quoteCount != speakers[b].quoteCount ? speakers[a].quoteCount > speakers[b].quoteCount : a < b
        }
        return Article(source: id, text: "", title: "", paragraphs: [], speakers: ranked.map { speakers[$0] })
    }

    /// The mention as the analyser keeps a name form: its words one space
    /// apart, without a leading "that"; nil for a pronoun.
    static func nameForm(_ mention: String) -> String? {
        let lower = mention.lowercased()
        if lower == "who" || Lexicon.personalPronouns[lower] != nil || Lexicon.groupPronouns.contains(lower)
            || Lexicon.firstPersonPronouns.contains(lower) { return nil }
        let words = mention.split(whereSeparator: \.isWhitespace).drop { $0.lowercased() == "that" }
        return words.joined(separator: " ")
    }

    /// A label written as the name it stands for: "PENCE" is "Pence".
    static func labelName(_ label: String) -> String {
        label.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
