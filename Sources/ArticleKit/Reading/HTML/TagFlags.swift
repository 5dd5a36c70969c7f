/// What the extractor needs to know about a node's tag, worked out once
/// per tag name while parsing: testing a bit is much cheaper than hashing a
/// name, and every rule asks about every node of every page.
struct TagFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    /// Starts a new line when rendered (`DOMNode.blockTags`).
    static let block = TagFlags(rawValue: 1 << 0)
    /// Holds running text (`ContentWords.textishTags`).
    static let textish = TagFlags(rawValue: 1 << 1)
    /// Makes a div more than a paragraph (`ContentWords.blockInsideDiv`).
    static let blockInsideDiv = TagFlags(rawValue: 1 << 2)
    /// Scored as a paragraph (`ContentWords.scoredTags`).
    static let scored = TagFlags(rawValue: 1 << 3)
    /// Never article text (`ContentWords.removedTags`).
    static let removed = TagFlags(rawValue: 1 << 4)
    static let heading = TagFlags(rawValue: 1 << 5)
    /// `<ul>` or `<ol>`.
    static let list = TagFlags(rawValue: 1 << 6)
    static let link = TagFlags(rawValue: 1 << 7)
    static let paragraph = TagFlags(rawValue: 1 << 8)
    static let image = TagFlags(rawValue: 1 << 9)
    static let listItem = TagFlags(rawValue: 1 << 10)
    static let division = TagFlags(rawValue: 1 << 11)
    /// `<br>` or `<hr>`.
    static let lineBreak = TagFlags(rawValue: 1 << 12)
    /// A text node of white space only (the parser keeps one space).
    static let space = TagFlags(rawValue: 1 << 13)
    /// Hidden by its attributes (`HTMLParser.isHidden`).
    static let hidden = TagFlags(rawValue: 1 << 14)
    /// `<html>`, `<body>`, `<article>`, `<main>`: never pruned for class words.
    static let structural = TagFlags(rawValue: 1 << 15)
    static let table = TagFlags(rawValue: 1 << 16)
    /// `<form>` or `<fieldset>`.
    static let form = TagFlags(rawValue: 1 << 17)
    static let unorderedList = TagFlags(rawValue: 1 << 18)
    /// `<em>`, `<i>`; `<strong>`, `<b>`.
    static let emphasis = TagFlags(rawValue: 1 << 19)
    static let strong = TagFlags(rawValue: 1 << 20)
    static let blockQuote = TagFlags(rawValue: 1 << 21)
    /// `<li>`, `<dd>`, `<dt>`.
    static let item = TagFlags(rawValue: 1 << 22)

    /// The flags of an element named `name` (lowercased).
    static func of(_ name: String) -> TagFlags {
        var flags: TagFlags = []
        if DOMNode.blockTags.contains(name) { flags.insert(.block) }
        if ContentWords.textishTags.contains(name) { flags.insert(.textish) }
        if ContentWords.blockInsideDiv.contains(name) { flags.insert(.blockInsideDiv) }
        if ContentWords.scoredTags.contains(name) { flags.insert(.scored) }
        if ContentWords.removedTags.contains(name) { flags.insert(.removed) }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": flags.insert(.heading)
        case "ul": flags.formUnion([.list, .unorderedList])
        case "ol": flags.insert(.list)
        case "a": flags.insert(.link)
        case "p": flags.insert(.paragraph)
        case "img": flags.insert(.image)
        case "li": flags.formUnion([.listItem, .item])
        case "dd", "dt": flags.insert(.item)
        case "div": flags.insert(.division)
        case "br", "hr": flags.insert(.lineBreak)
        case "html", "body", "article", "main": flags.insert(.structural)
        case "table": flags.insert(.table)
        case "form", "fieldset": flags.insert(.form)
        case "em", "i": flags.insert(.emphasis)
        case "strong", "b": flags.insert(.strong)
        case "blockquote": flags.insert(.blockQuote)
        default: break
        }
        return flags
    }
}
