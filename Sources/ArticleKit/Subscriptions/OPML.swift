import Foundation

/// Feed lists in OPML, the format feed readers trade subscriptions in.
///
/// Import takes every `<outline>` with an `xmlUrl`: its `title` (else
/// `text`) becomes a `~Title` tag, as newsboat's own import does, and the
/// outlines it sits in, with its `category` attribute ("comma-separated
/// slash-delimited category strings", OPML 2.0), become tags. Export nests
/// each feed under its first tag, so what comes back in is what went out.
public enum OPML {
    /// The subscriptions in an OPML document, and a warning for each
    /// outline skipped. A document that is not OPML is a `ReadError`.
    public static func subscriptions(from data: Data, source: String) throws(ReadError) -> (subscriptions: [Subscription], warnings: [String]) {
        guard let root = FeedParser.parse(data) else {
            throw ReadError(path: source, reason: "not OPML (XML could not be parsed)")
        }
        guard root.name.lowercased() == "opml", let body = root.child("body") else {
            throw ReadError(path: source, reason: "not OPML (root element <\(root.name)>, no <body>)")
        }
        var found: [Subscription] = []
        var warnings: [String] = []
        var seen = Set<String>()
        func walk(_ outline: XMLElementValue, folders: [String]) {
            let name = (outline.attributes["title"] ?? outline.attributes["text"] ?? "").collapsingSpaces()
            guard let address = outline.attributes["xmlUrl"]?.trimmingCharacters(in: .whitespacesAndNewlines) else {
                let inner = name.isEmpty ? folders : folders + [name]
                for child in outline.children("outline") { walk(child, folders: inner) }
                return
            }
            guard Subscription.isWebAddress(address), !address.contains(where: \.isWhitespace) else {
                warnings.append("\(source): outline \"\(name)\": not an http(s) feed address; skipped")
                return
            }
            guard seen.insert(address).inserted else { return }
            var tags: [String] = []
            for tag in folders + categories(outline.attributes["category"]) where !tags.contains(tag) { tags.append(tag) }
            if !name.isEmpty && name != address { tags.append("~" + name) }
            found.append(Subscription(url: address, tags: tags))
        }
        for outline in body.children("outline") { walk(outline, folders: []) }
        return (found, warnings)
    }

    /// The subscriptions in the OPML file at `path`, read with the limits
    /// every file gets (a regular file, at most 16 MB).
    public static func subscriptions(atPath path: String) throws(ReadError) -> (subscriptions: [Subscription], warnings: [String]) {
        try subscriptions(from: try ArticleReader(maximumFileSize: 16 << 20).load(path), source: path)
    }

    /// "/News/UK,tech" → ["News", "UK", "tech"].
    static func categories(_ attribute: String?) -> [String] {
        guard let attribute else { return [] }
        return attribute.split(separator: ",").flatMap { $0.split(separator: "/") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An OPML 2.0 document listing `subscriptions`, grouped by first tag.
    public static func document(_ subscriptions: [Subscription], title: String = "quoth subscriptions") -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>\(escape(title))</title></head>
              <body>

            """
        func feed(_ s: Subscription, indent: String) {
            let name = escape(s.title ?? s.url)
            let categories = s.categories.dropFirst()
            let category = categories.isEmpty ? "" : " category=\"\(escape(categories.joined(separator: ",")))\""
            out += "\(indent)<outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escape(s.url))\"\(category)/>\n"
        }
        var groups: [String] = []
        for s in subscriptions {
            if let first = s.categories.first { if !groups.contains(first) { groups.append(first) } } else { feed(s, indent: "    ") }
        }
        for group in groups {
            out += "    <outline text=\"\(escape(group))\" title=\"\(escape(group))\">\n"
            for s in subscriptions where s.categories.first == group { feed(s, indent: "      ") }
            out += "    </outline>\n"
        }
        out += "  </body>\n</opml>\n"
        return out
    }

    /// Text as an XML attribute value; characters XML 1.0 cannot hold are left out.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
