import Foundation

/// Reads a saved web page: decodes it, parses it, finds the article and
/// its metadata, and lays it out for analysis.
enum HTMLReader {
    static func article(from data: Data, source: String, httpCharset: String? = nil) throws(ReadError) -> Article {
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if !utf16, TextDecoder.looksBinary([UInt8](data.prefix(8192))) {
            throw ReadError(path: source, reason: "binary file (not a web page)")
        }
        let decoded = HTMLCharset.decode(data, httpCharset: httpCharset)
        guard let (tree, head) = HTMLParser.parse(utf8: decoded.utf8), tree.root != nil else {
            throw ReadError(path: source, reason: "no article text found (the page is empty)")
        }
        var found = MetadataExtractor(tree: tree, head: head).extract()
        let hints = ArticleHints(tree: tree, jsonLDBody: found.articleBody)
        let selection = ContentExtractor(tree: tree, title: found.title, hints: hints).extract()
        if found.byline == nil { found.byline = selection?.byline }
        var blocks = selection.map { BlockCollector.collect(tree, roots: $0.roots, alive: $0.alive) } ?? []
        let length = blocks.reduce(0) { $0 + $1.text.utf8.count }
        if let body = found.articleBody, body.utf8.count > 2 * max(length, 1) {
            // The markup hid the text (rendered by script): the JSON-LD copy is the article.
            blocks = body.components(separatedBy: "\n").map { TextBlock(kind: .body, text: $0.collapsingSpaces()) }
                .filter { !$0.text.isEmpty }
        } else if blocks.isEmpty {
            throw ReadError(path: source, reason: "no article text found")
        }
        let metadata = Metadata(byline: found.byline, published: found.published.map(PublishedDate.init), site: found.site, link: found.link)
        return ArticleAssembler.assemble(source: source, title: found.title ?? "", blocks: blocks, metadata: metadata,
                                         warnings: decoded.warning.map { [$0] } ?? [])
    }
}
