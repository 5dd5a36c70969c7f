import Foundation

/// Writes an article's quotes for people and for programs.
///
/// `jsonl` is the interchange format ../shared/eval/score_quotes.py reads:
/// one quote a line, offsets in code points of the article's text.
public enum QuoteExporter {
    public enum Format: String, CaseIterable, Sendable {
        case text, jsonl, csv, markdown
    }

    /// One quote as a JSON object (no newline).
    public static func jsonLine(_ quote: Quote, in article: Article) -> String {
        let speaker = quote.speaker.map { article.speakers[$0] }
        var w = JSONWriter()
        w.beginObject()
        w.field("article", article.source)
        w.field("start", quote.span.start)
        w.field("end", quote.span.end)
        w.field("text", quote.text)
        w.field("speaker", speaker?.name)
        w.field("role", speaker?.role)
        w.field("speaker_kind", speaker?.kind.rawValue)
        w.field("mention", quote.mention)
        w.field("cue", quote.cue)
        w.field("kind", quote.kind.rawValue)
        w.field("sieve", quote.sieve?.rawValue)
        if let r = quote.resolution {
            w.key("resolved_by")
            w.beginObject()
            w.field("step", r.step.rawValue)
            w.field("evidence", r.evidence)
            w.field("paragraph", r.evidenceParagraph)
            w.endObject()
        } else {
            w.field("resolved_by", nil as String?)
        }
        w.endObject()
        return w.output
    }

    public static let csvHeader = "article,start,end,kind,speaker,role,mention,cue,text"

    public static func csvLine(_ quote: Quote, in article: Article) -> String {
        let speaker = quote.speaker.map { article.speakers[$0] }
        return [article.source, String(quote.span.start), String(quote.span.end), quote.kind.rawValue,
                speaker?.name ?? "", speaker?.role ?? "", quote.mention?.text ?? "", quote.cue?.text ?? "", quote.text]
            .map(csvField).joined(separator: ",")
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func markdownHeader(_ article: Article) -> String {
        "## \(markdownEscaped(article.title.isEmpty ? article.source : article.title))\n\n_\(markdownEscaped(article.source))_\n"
    }

    public static func markdownLine(_ quote: Quote, in article: Article) -> String {
        let who = quote.speaker.map { i -> String in
            let s = article.speakers[i]
            return "**\(markdownEscaped(s.name))**" + (s.role.map { " (\(markdownEscaped($0)))" } ?? "")
        } ?? "_unattributed_"
        return "- \(who): “\(markdownEscaped(quote.text))” — \(quote.kind.rawValue)"
    }

    static func markdownEscaped(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }
}
