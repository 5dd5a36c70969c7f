/// One element or text run of a `DOMTree`.
struct DOMNode: Sendable {
    /// Lowercased tag name; empty for a text node.
    var name: String
    /// Text of a text node, whitespace runs already collapsed to one space.
    var text: String = ""
    var attributes: [(name: String, value: String)] = []
    var parent: Int = -1
    var depth: Int = 0
    var children: [Int32] = []
    var flags: TagFlags = []
    /// A text node's length in Unicode scalars, and its commas
    /// (`ContentWords.isComma`): counted once, read by every pass.
    var length: Int32 = 0
    var commas: Int32 = 0

    var isText: Bool { name.isEmpty }

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The `class` attribute as lowercased UTF-8, and the `id` likewise:
    /// what the pruning and weighting word lists are matched against, many
    /// times a node, so converted once.
    var classBytes: [UInt8] = []
    var idBytes: [UInt8] = []

    /// True when the node has a class or an id to judge it by.
    var hasClassOrID: Bool { !classBytes.isEmpty || !idBytes.isEmpty }

    /// Elements that start a new line when rendered, so their text never
    /// runs into a neighbour's.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "caption", "html", "br",
    ]
}
