/// A readable tree of an analysed article, for golden tests and debugging.
///
///     Article "Russia's top diplomat says …"
///     ├─ title "Russia's top diplomat says …"
///     ├─ summary "Russia's top diplomat warned …"
///     └─ body "Russian Foreign Minister Sergey Lavrov …"
///     Quotes
///     ├─ partial "want wars"
///     │  └─ Sergey Lavrov (Russian Foreign Minister) ← "Russia's top diplomat" · cue "says"
///     …
///     Speakers
///     └─ Sergey Lavrov (Russian Foreign Minister) · 4 quotes · Lavrov, Russia's top diplomat
public enum ArticleDump {
    public static func dump(_ article: Article, paragraphWidth: Int = 60) -> String {
        var lines = ["Article \(quoted(article.title, paragraphWidth))"]
        for (i, p) in article.paragraphs.enumerated() {
            let branch = i == article.paragraphs.count - 1 ? "└─" : "├─"
            lines.append("\(branch) \(p.kind.rawValue) \(quoted(p.text, paragraphWidth))")
        }
        lines.append("Quotes")
        for (i, q) in article.quotes.enumerated() {
            let last = i == article.quotes.count - 1
            lines.append("\(last ? "└─" : "├─") \(q.kind.rawValue) \(quoted(q.text, paragraphWidth))")
            var who = "(nobody)"
            if let s = q.speaker {
                let speaker = article.speakers[s]
                who = speaker.name + (speaker.role.map { " (\($0))" } ?? "")
                if let m = q.mention { who += " ← \(quoted(m.text, 40))" }
                if let c = q.cue { who += " · cue \(quoted(c.text, 20))" }
            }
            lines.append("\(last ? "   " : "│  ")└─ \(who)")
        }
        lines.append("Speakers")
        for (i, s) in article.speakers.enumerated() {
            let others = s.aliases.dropFirst().joined(separator: ", ")
            lines.append("\(i == article.speakers.count - 1 ? "└─" : "├─") \(s.name)" + (s.role.map { " (\($0))" } ?? "")
                         + " · \(s.kind.rawValue) · \(s.quoteCount) quote\(s.quoteCount == 1 ? "" : "s")" + (others.isEmpty ? "" : " · \(others)"))
        }
        return lines.joined(separator: "\n")
    }

    static func quoted(_ s: String, _ width: Int) -> String {
        let visible = Sanitizer.visible(s)
        let cut = visible.count > width ? String(visible.prefix(width - 1)) + "…" : visible
        return "\"" + cut.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\\\"") + "\""
    }
}
