import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Parses HTML bytes with libxml2 into a `DOMTree`.
///
/// Tag and attribute names come out of libxml2's HTML parser lowercased.
///
/// libxml2's HTML parser is the one lxml (and so trafilatura and
/// readability-lxml) use: it recovers from any markup real sites send.
/// The C tree lives only inside `parse`; the result is plain values.
enum HTMLParser {
    /// Deeper elements are attached to their ancestor at this depth, so no
    /// later recursion over the tree can exhaust the stack.
    static let maximumDepth = 256

    /// Elements whose content is never article text; left out of the tree.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "object", "embed", "iframe", "canvas",
        "select", "option", "button", "input", "textarea", "video", "audio", "map", "head", "link", "meta", "title",
        "frameset", "frame", "dialog",
    ]

    /// Attributes the extractor and metadata reader look at (besides class
    /// and id, kept as bytes); the rest are not copied out of libxml2.
    static let keptAttributes: Set<String> = ["role", "style", "aria-hidden", "rel", "itemprop", "datetime"]

    /// Parses UTF-8 bytes (already decoded by `HTMLCharset`) into a tree and
    /// the page head. Returns nil when libxml2 produced no document at all.
    static func parse(utf8 bytes: [UInt8]) -> (tree: DOMTree, head: PageHead)? {
        LibXML.prepare()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                            | XML_PARSE_HUGE.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc = parsed else { return nil }
        defer { xmlFreeDoc(doc) }
        var tree = DOMTree()
        var head = PageHead()
        guard let rootElement = xmlDocGetRootElement(doc) else { return (tree, head) }
        // libxml2 interns names in its dictionary: one Swift string per
        // distinct pointer instead of one per element.
        var names: [UnsafePointer<xmlChar>: String] = [:]
        func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
            guard let pointer else { return "" }
            if let known = names[pointer] { return known }
            let made = String(cString: pointer)
            names[pointer] = made
            return made
        }
        // Iterative walk: (libxml2 node, index of the DOMTree parent).
        var stack: [(xmlNodePtr, Int?)] = [(rootElement, nil)]
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = interned(node.pointee.name)
                if skippedTags.contains(name) {
                    noteHead(node, name: name, into: &head)
                    continue
                }
                let attributes = attributesOf(node, name: interned)
                if attributes.contains(where: { $0.name == "hidden" }) { continue }
                var element = DOMNode(name: name)
                for (key, value) in attributes {
                    if key == "class" || key == "id" {
                        let lower = value.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
                        if key == "class" { element.classBytes = lower } else { element.idBytes = lower }
                    } else if keptAttributes.contains(key) {
                        element.attributes.append((key, value))
                    }
                }
                let index = tree.append(element, under: parent)
                let childParent = tree[index].depth >= maximumDepth ? parent : index
                var child = node.pointee.last
                while let c = child {
                    stack.append((c, childParent))
                    child = c.pointee.prev
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                let text = collapsed(content)
                if !text.isEmpty { tree.append(DOMNode(name: "", text: text), under: parent) }
            default:
                continue
            }
        }
        return (tree, head)
    }

    private static func noteHead(_ node: xmlNodePtr, name: String, into head: inout PageHead) {
        switch name {
        case "meta":
            var meta: [String: String] = [:]
            for (key, value) in attributesOf(node) { meta[key] = value }
            if !meta.isEmpty { head.metas.append(meta) }
        case "title":
            if head.title == nil { head.title = textContent(node).collapsingSpaces() }
        case "link":
            let attributes = attributesOf(node)
            if attributes.contains(where: { $0.name == "rel" && $0.value.lowercased() == "canonical" }),
               let href = attributes.first(where: { $0.name == "href" })?.value {
                head.canonical = href
            }
        case "script":
            if let type = attributesOf(node).first(where: { $0.name == "type" })?.value, type.lowercased().contains("ld+json") {
                head.jsonLD.append(textContent(node))
            }
        case "head":
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { noteHead(c, name: string(c.pointee.name).lowercased(), into: &head) }
                child = c.pointee.next
            }
        default:
            break
        }
    }

    private static func attributesOf(_ node: xmlNodePtr,
                                     name: (UnsafePointer<xmlChar>?) -> String = string) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = name(a.pointee.name)
            var value = ""
            var child = a.pointee.children
            while let c = child {
                if let content = c.pointee.content { value += string(content) }
                child = c.pointee.next
            }
            out.append((name, value))
            attribute = a.pointee.next
        }
        return out
    }

    private static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { quoth_xmlFree(content) }
        return string(content)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// The text of a libxml2 text node with every run of whitespace
    /// (ASCII or no-break space) as one space; empty when it is all space
    /// and so carries nothing but a separation.
    private static func collapsed(_ pointer: UnsafePointer<xmlChar>) -> String {
        let count = strlen(pointer)
        var sawText = false
        let text = String(unsafeUninitializedCapacity: count + 1) { out in
            var n = 0
            var i = 0
            var space = false
            while i < count {
                let b = pointer[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    space = true
                    i += 1
                    continue
                }
                if b == 0xC2 && i + 1 < count && pointer[i + 1] == 0xA0 {
                    space = true
                    i += 2
                    continue
                }
                if space { out[n] = 0x20; n += 1; space = false }
                out[n] = b
                n += 1
                sawText = true
                i += 1
            }
            if space { out[n] = 0x20; n += 1 }
            return n
        }
        return sawText ? text : (text.isEmpty ? "" : " ")
    }
}
