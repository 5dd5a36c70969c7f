/// Writes directory entries for programs.
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
}
