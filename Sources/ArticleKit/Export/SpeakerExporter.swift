/// Writes directory entries for programs and for documents.
public enum SpeakerExporter {
    /// `{"speaker", "role", "aliases", "quotes", "articles"}` on one line.
    public static func jsonLine(_ entry: SpeakerDirectory.Entry) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("speaker", entry.name)
        w.field("role", entry.role)
        w.field("aliases", entry.aliases)
        w.field("quotes", entry.quoteCount)
        w.field("articles", entry.articleCount)
        w.field("kind", entry.kind.rawValue)
        w.endObject()
        return w.output
    }

    public static let csvHeader = "speaker,role,kind,quotes,articles,aliases"

    /// The jsonl fields as one CSV record, the aliases joined by "; ".
    public static func csvLine(_ entry: SpeakerDirectory.Entry) -> String {
        [entry.name, entry.role ?? "", entry.kind.rawValue, String(entry.quoteCount), String(entry.articleCount),
         entry.aliases.joined(separator: "; ")]
            .map(QuoteExporter.csvField).joined(separator: ",")
    }

    public static let markdownHeader = "| Speaker | Role | Quotes | Articles | Also named |\n|---|---|--:|--:|---|"

    /// One table row; "also named" lists the name forms besides the canonical one.
    public static func markdownRow(_ entry: SpeakerDirectory.Entry) -> String {
        let cells = [QuoteExporter.markdownEscaped(entry.name), QuoteExporter.markdownEscaped(entry.role ?? ""),
                     String(entry.quoteCount), String(entry.articleCount),
                     entry.aliases.dropFirst().map(QuoteExporter.markdownEscaped).joined(separator: ", ")]
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
