/// The word lists the content extractor judges nodes by, in one place.
///
/// Matched as substrings of the lowercased `class` or `id` (see
/// `ByteList`), as Readability does; the lists follow Readability's, trimmed of words that
/// misfire on news sites.
enum ContentWords {
    /// Class/id words of boilerplate: removed unless a `maybe` word is there too.
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "newsletter", "subscribe", "share", "promo", "outbrain", "taboola", "recirc",
    ]
    /// Reader comments and pull quotes: pruned in every pass. A retry that
    /// lets comments back in picks a long thread over a short article; a
    /// pull quote repeats a sentence of the article, so its quote would be
    /// found twice.
    static let neverArticle = ["comment", "disqus", "respond", "replies", "pullquote", "pull-quote", "pull_quote"]
    /// Hover cards: pruned in every pass, except the wrapper that holds the
    /// link they pop up from. Their text ("Ilhan OmarIlhan Omar Hillicon
    /// Valley: …") would sit inside the sentence that names the person.
    static let hoverCards = ["rollover", "tooltip", "popover", "hovercard"]
    static let maybe = ["and", "article", "body", "column", "content", "main", "shadow"]
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                           "post", "text", "blog", "story"]
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "byline", "author", "dateline", "caption",
    ]
    static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]
    /// Class words that contain "author" but are about logging in.
    static let notByline = ["authoriz", "authoris", "authent"]
    static let share = ["share", "sharedaddy", "social"]

    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
                                             "dialog", "banner", "contentinfo", "search"]
    /// Never article text, in any pass.
    static let removedTags: Set<String> = ["nav", "aside", "footer", "label", "figcaption"]
    /// Removed from the chosen content.
    static let contentRemovedTags: Set<String> = ["h1"]
    /// Class words of photo captions and credits, removed from the content.
    static let captions = ["caption", "credit"]
    /// Elements whose inline text Readability scores as a paragraph.
    static let scoredTags: Set<String> = ["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]
    /// Judged by Readability's conditional cleaning.
    static let conditionalTags: Set<String> = ["form", "fieldset", "table", "ul", "ol", "div", "section"]
    /// Elements that make a div more than a paragraph.
    static let containerTags: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
                                             "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
                                             "header", "main"]

    /// How links to other stories announce themselves inside an article.
    static let readMorePrefixes = ["related", "read more", "read also", "see more", "see also", "more:", "read:",
                                   "watch:", "recommended", "don't miss", "click here"]

    /// Whether a link line points away from the article ("Related: …").
    static func isReadMore(_ text: String) -> Bool {
        let head = text.prefix(24).lowercased()
        return readMorePrefixes.contains { head.hasPrefix($0) }
    }

    /// A word list as UTF-8, for matching node class and id bytes without
    /// going through Foundation's string search (the hot spot of a page).
    struct ByteList {
        let words: [[UInt8]]
        init(_ words: [String]) { self.words = words.map { Array($0.utf8) } }

        func matches(_ text: [UInt8]) -> Bool {
            guard !text.isEmpty else { return false }
            return text.withUnsafeBufferPointer { t in
                for word in words where word.count <= t.count {
                    let first = word[0]
                    var i = 0
                    let last = t.count - word.count
                    while i <= last {
                        if t[i] == first {
                            var j = 1
                            while j < word.count, t[i + j] == word[j] { j += 1 }
                            if j == word.count { return true }
                        }
                        i += 1
                    }
                }
                return false
            }
        }

        /// Whether the class or the id of `node` holds one of the words.
        func matches(_ node: DOMNode) -> Bool { matches(node.classBytes) || matches(node.idBytes) }
    }

    static let unlikelyBytes = ByteList(unlikely)
    static let maybeBytes = ByteList(maybe)
    static let positiveBytes = ByteList(positive)
    static let negativeBytes = ByteList(negative)
    static let bylineBytes = ByteList(byline)
    static let notBylineBytes = ByteList(notByline)
    static let shareBytes = ByteList(share)
    static let neverArticleBytes = ByteList(neverArticle)
    static let hoverCardBytes = ByteList(hoverCards)
    static let captionBytes = ByteList(captions)
}
