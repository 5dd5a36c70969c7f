import Foundation

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
    /// Class words of the element that holds the name inside a byline.
    static let authorName = ["author-name", "author_name", "authorname", "author-link"]
    static let share = ["share", "sharedaddy", "social"]

    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
                                             "dialog", "banner", "contentinfo", "search"]
    /// Never article text, in any pass.
    static let removedTags: Set<String> = ["nav", "aside", "footer", "label", "figcaption"]
    /// Class words of photo captions and credits, removed from the content.
    static let captions = ["caption", "credit"]
    /// Elements whose inline text Readability scores as a paragraph.
    static let scoredTags: Set<String> = ["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]
    /// Elements that make a div more than a paragraph: without one inside,
    /// Readability reads a `<div>` as a `<p>`.
    static let blockInsideDiv: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]
    /// Elements that hold running text, for the share of a block's text that
    /// is prose rather than headings or bare links.
    static let textishTags: Set<String> = ["span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre",
                                           "table", "ul"]

    /// Commas in Latin, Arabic, Chinese, Japanese and other scripts: each one
    /// makes a paragraph look more like prose. Readability's list, with the
    /// ideographic comma (、) Japanese writes where English writes ",".
    @inline(__always)
    static func isComma(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001, 0xFE51: return true
        default: return false
        }
    }

    /// ±25 for each of class and id that looks like content or like
    /// boilerplate.
    static func classWeight(_ node: DOMNode) -> Int {
        var weight = 0
        for value in [node.classBytes, node.idBytes] where !value.isEmpty {
            if negativeBytes.matches(value) { weight -= 25 }
            if positiveBytes.matches(value) { weight += 25 }
        }
        return weight
    }

    /// About how many words a text has: spaces separate words in most
    /// scripts, but Chinese and Japanese write none, where two characters
    /// make about one word.
    static func wordCount(_ text: String) -> Int {
        var words = 0, cjk = 0
        var inWord = false
        for c in text.unicodeScalars {
            if isCJK(c) {
                cjk += 1
                inWord = false
            } else if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words + (cjk + 1) / 2
    }

    /// Han, kana and hangul: the scripts written without spaces between words.
    @inline(__always)
    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Whether a text ends as a statement does, in Latin or CJK punctuation.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "\u{3002}" || last == "\u{FF01}"
    }

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
    static let authorNameBytes = ByteList(authorName)
    static let shareBytes = ByteList(share)
    static let neverArticleBytes = ByteList(neverArticle)
    static let hoverCardBytes = ByteList(hoverCards)
    static let captionBytes = ByteList(captions)
}
