import Foundation

/// Title, byline, date and site name of a page, from the most trusted
/// source that has each: JSON-LD, then `<meta>` tags, then the page itself.
///
/// The order and the tag names follow Readability's, whose expectations the
/// readability test pages record, extended with `<time datetime>` and the
/// page's single `<h1>` as last resorts.
struct MetadataExtractor {
    struct Found: Hashable {
        var title: String?
        var byline: String?
        var published: String?
        var site: String?
        var link: String?
        /// The JSON-LD `articleBody`, kept for pages whose markup hides the text.
        var articleBody: String?
    }

    let tree: DOMTree
    let head: PageHead

    /// Everything but the byline found in the page's markup, which the
    /// content extractor finds while pruning and the caller falls back on.
    func extract() -> Found {
        let ld = jsonLD()
        let meta = metaValues()
        var found = Found()
        found.title = ld.title ?? meta["dc:title"] ?? meta["dcterm:title"] ?? meta["og:title"]
            ?? meta["weibo:article:title"] ?? meta["weibo:webpage:title"] ?? meta["title"] ?? meta["twitter:title"]
            ?? meta["parsely-title"] ?? documentTitle()
        var articleAuthor = meta["article:author"]
        if let value = articleAuthor, value.hasPrefix("http://") || value.hasPrefix("https://") { articleAuthor = nil }
        found.byline = ld.byline ?? meta["dc:creator"] ?? meta["dcterm:creator"] ?? meta["author"]
            ?? meta["parsely-author"] ?? articleAuthor
        found.published = ld.published ?? meta["article:published_time"] ?? meta["parsely-pub-date"]
            ?? meta["dc:date"] ?? meta["dcterms:date"] ?? meta["date"] ?? timeElement()
        found.site = ld.site ?? meta["og:site_name"]
        found.link = head.canonical ?? meta["og:url"]
        found.articleBody = ld.body
        return found
    }

    // MARK: JSON-LD

    private struct LinkedData {
        var title: String?
        var byline: String?
        var published: String?
        var site: String?
        var body: String?
    }

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
    ]

    private func jsonLD() -> LinkedData {
        for raw in head.jsonLD {
            var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9).dropLast(3)) }
            guard let data = text.data(using: .utf8),
                  let parsed = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                  let object = articleObject(in: parsed) else { continue }
            var ld = LinkedData()
            let headline = string(object["headline"])
            let name = string(object["name"])
            if let headline, let name, headline != name, let pageTitle = documentTitle() {
                // Readability's rule: some sites put their own name in
                // "name"; take the headline only when it alone matches the page title.
                let nameMatches = TextSimilarity.similarity(name, pageTitle) > 0.75
                let headlineMatches = TextSimilarity.similarity(headline, pageTitle) > 0.75
                ld.title = headlineMatches && !nameMatches ? headline : name
            } else {
                ld.title = name ?? headline
            }
            ld.byline = authors(object["author"])
            ld.published = string(object["datePublished"])
            if let publisher = object["publisher"] as? [String: Any] { ld.site = string(publisher["name"]) }
            // Line breaks kept: they are the only paragraph marks it has.
            ld.body = (object["articleBody"] as? String).map(HTMLEntities.decode)
                .flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            return ld
        }
        return LinkedData()
    }

    /// The first object of an article type, at the top, in an array or in `@graph`.
    private func articleObject(in value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            for element in array { if let found = articleObject(in: element) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object["@type"]) { return object }
        if let graph = object["@graph"] as? [Any] { return articleObject(in: graph) }
        return nil
    }

    private func isArticle(_ type: Any?) -> Bool {
        if let name = type as? String { return Self.articleTypes.contains(name) }
        if let names = type as? [Any] { return names.contains { isArticle($0) } }
        return false
    }

    private func authors(_ value: Any?) -> String? {
        if let name = string(value) { return name }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] {
            let names = array.compactMap { element -> String? in
                (element as? [String: Any]).flatMap { string($0["name"]) } ?? string(element)
            }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    private func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = HTMLEntities.decode(text).collapsingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    // MARK: Meta tags

    /// Meta values by normalised key ("og:title", "author", "parsely-pub-date"),
    /// the last occurrence winning, as in Readability (so a `property`
    /// tag after its `name` twin is the one read).
    private func metaValues() -> [String: String] {
        let prefixes = ["article", "dc", "dcterm", "og", "twitter"]
        let propertyNames: Set<String> = ["author", "creator", "description", "published_time", "title", "site_name"]
        let names: Set<String> = ["author", "creator", "pub-date", "description", "title", "site_name", "date"]
        let namePrefixes = ["dc", "dcterm", "dcterms", "og", "twitter", "parsely", "weibo:article", "weibo:webpage"]
        var values: [String: String] = [:]
        for meta in head.metas {
            guard let content = meta["content"].map({ HTMLEntities.decode($0).collapsingSpaces() }), !content.isEmpty
            else { continue }
            if let property = meta["property"] {
                for key in property.lowercased().split(separator: " ") {
                    // Anywhere in the key, as Readability's unanchored match
                    // reads "og:article:author" as article:author.
                    let parts = key.split(separator: ":").map(String.init)
                    for j in parts.indices.dropLast() where prefixes.contains(parts[j]) && propertyNames.contains(parts[j + 1]) {
                        values[parts[j] + ":" + parts[j + 1]] = content
                    }
                }
            }
            if let name = (meta["name"] ?? meta["itemprop"])?.lowercased().trimmingCharacters(in: .whitespaces) {
                let normalized = String(name.compactMap { $0 == " " ? nil : $0 == "." ? ":" : $0 })
                var key: String?
                if names.contains(normalized) {
                    key = normalized
                } else {
                    for prefix in namePrefixes {
                        for separator in [":", "-"] where normalized.hasPrefix(prefix + separator) {
                            let rest = String(normalized.dropFirst(prefix.count + 1))
                            if names.contains(rest) { key = prefix + (prefix == "parsely" ? "-" : ":") + rest }
                        }
                    }
                }
                if let key { values[key] = content }
            }
        }
        return values
    }

    // MARK: The page itself

    /// `<title>`, cut to the headline the way Readability does: the part
    /// before a last ` | `, ` - `, ` – `, ` / `, ` » `… separator (the site's name
    /// usually follows it), or after a colon; a cut that leaves four words or
    /// fewer goes back to the whole title unless the separators were
    /// hierarchical (`/`, `>`, `»`, `\`) and only the site's name was cut,
    /// or the page's `<h1>` reads exactly as the cut title. A
    /// very short or very long title gives way to the page's single `<h1>`.
    func documentTitle() -> String? {
        guard let original = head.title.map(HTMLEntities.decode)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !original.isEmpty else {
            return singleHeading()
        }
        let separators: Set<Character> = ["|", "-", "\u{2013}", "\u{2014}", "\\", "/", ">", "\u{BB}"]
        let hierarchical: Set<Character> = ["\\", "/", ">", "\u{BB}"]
        let characters = Array(original)
        // A separator stands between spaces.
        let spaced = characters.indices.dropFirst().dropLast().filter {
            separators.contains(characters[$0]) && characters[$0 - 1] == " " && characters[$0 + 1] == " "
        }
        var title = original
        var hadHierarchical = false
        if !spaced.isEmpty {
            hadHierarchical = spaced.contains { hierarchical.contains(characters[$0]) }
            // Up to the last separator that a space follows.
            if let last = characters.indices.dropLast().last(where: { separators.contains(characters[$0]) && characters[$0 + 1] == " " }) {
                title = String(characters[..<last])
            }
            if Self.jsWordCount(title) < 3, let first = characters.firstIndex(where: { separators.contains($0) }) {
                // After the first separator instead.
                title = String(characters[(first + 1)...])
            }
        } else if original.contains(": ") {
            let headings = tree.elements(named: "h1") + tree.elements(named: "h2")
            if !headings.contains(where: { tree.text(of: $0) == original }) {
                let lastColon = original.lastIndex(of: ":")!, firstColon = original.firstIndex(of: ":")!
                title = String(original[original.index(after: lastColon)...])
                if Self.jsWordCount(title) < 3 {
                    title = String(original[original.index(after: firstColon)...])
                } else if Self.jsWordCount(String(original[..<firstColon])) > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15, let heading = singleHeading() {
            title = heading
        }
        title = title.collapsingSpaces()
        let count = Self.jsWordCount(title)
        if count <= 4 {
            let unseparated = String(original.filter { !separators.contains($0) })
            // Unless the page's own headline says the cut one is the headline.
            let confirmed = !spaced.isEmpty && tree.elements(named: "h1").contains { tree.text(of: $0) == title }
            if !hadHierarchical || count != Self.jsWordCount(unseparated) - 1, !confirmed { title = original }
        }
        return title.collapsingSpaces()
    }

    /// Words as Readability counts them (`split(/\s+/)`): an empty piece
    /// before leading or after trailing white space counts too.
    static func jsWordCount(_ s: String) -> Int {
        var count = 1
        var inSpace = false
        for c in s.unicodeScalars {
            let space = c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" || c == "\u{A0}"
            if space && !inSpace { count += 1 }
            inSpace = space
        }
        return count
    }

    private func singleHeading() -> String? {
        let headings = tree.elements(named: "h1")
        guard headings.count == 1 else { return nil }
        let text = tree.text(of: headings[0])
        return text.isEmpty ? nil : text
    }

    private func timeElement() -> String? {
        for i in tree.elements(named: "time") {
            if let value = tree.nodes[i].attribute("datetime")?.collapsingSpaces(), !value.isEmpty { return value }
        }
        return nil
    }
}
