/// One XML element of a feed as a plain value: local name, namespace,
/// attributes, its own text, and children.
struct XMLElementValue: Sendable {
    var name: String
    var namespace: String?
    var attributes: [String: String] = [:]
    /// Text and CDATA directly inside the element, concatenated.
    var text: String = ""
    /// The element's inner markup, kept only for Atom `type="xhtml"` content.
    var innerMarkup: String?
    var children: [XMLElementValue] = []

    func child(_ name: String, namespace: String? = nil) -> XMLElementValue? {
        children.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    func children(_ name: String) -> [XMLElementValue] { children.filter { $0.name == name } }
}
