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
    /// MathML stays (a formula is part of its sentence), but not the TeX
    /// source some pages annotate it with, which would say it twice.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "object", "embed", "iframe",
        "canvas",
        "select", "option", "button", "input", "textarea", "video", "audio", "map", "head", "link", "meta", "title",
        "frameset", "frame", "dialog",
    ]

    /// Attributes the extractor and metadata reader look at (besides class
    /// and id, kept as bytes); the rest are not copied out of libxml2.
    static let keptAttributes: Set<String> = ["role", "style", "aria-hidden", "aria-modal", "rel", "itemprop", "datetime",
                                              "summary", "datatable"]

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
        var names = Names()
        // Iterative walk: (libxml2 node, index of the DOMTree parent).
        var stack: [(xmlNodePtr, Int?)] = [(rootElement, nil)]
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = names.tag(node.pointee.name)
                if tag.skipped {
                    noteHead(node, name: tag.name, into: &head)
                    continue
                }
                var element = DOMNode(name: tag.name)
                element.flags = tag.flags
                var mayHide = false, hidden = false
                var attribute = node.pointee.properties
                while let a = attribute {
                    attribute = a.pointee.next
                    let (key, kind) = names.attribute(a.pointee.name)
                    switch kind {
                    case .ignored: continue
                    case .hidden: hidden = true
                    case .classOrID:
                        let lower = value(of: a).utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
                        if key == "class" { element.classBytes = lower } else { element.idBytes = lower }
                    case .kept:
                        element.attributes.append((key, value(of: a)))
                        mayHide = mayHide || key == "style" || key == "aria-hidden" || key == "aria-modal"
                    case .href:
                        // Only whether a link points within the page: such links weigh less.
                        guard tag.flags.contains(.link) else { continue }
                        let href = value(of: a)
                        if href.utf8.first == UInt8(ascii: "#"), href.utf8.count > 1 { element.attributes.append(("href", "#")) }
                    }
                }
                if hidden { continue }
                if mayHide, isHidden(element) { element.flags.insert(.hidden) }
                let index = tree.append(element, under: parent)
                let childParent = tree[index].depth >= maximumDepth ? parent : index
                var child = node.pointee.last
                while let c = child {
                    stack.append((c, childParent))
                    child = c.pointee.prev
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                let (text, length, commas) = collapsed(content)
                guard !text.isEmpty else { continue }
                var textNode = DOMNode(name: "", text: text)
                textNode.length = length
                textNode.commas = commas
                if text == " " { textNode.flags = .space }
                tree.append(textNode, under: parent)
            default:
                continue
            }
        }
        return (tree, head)
    }

    /// Whether an element's attributes hide it from a reader: an inline
    /// style, `aria-hidden` (except on Wikipedia's formula images, the only
    /// rendering of the formula), or a modal dialog (cookie walls, sign-up
    /// prompts).
    static func isHidden(_ node: DOMNode) -> Bool {
        guard !node.attributes.isEmpty else { return false }
        if let style = node.attribute("style"), mentionsNoneOrHidden(style),
           case let compact = style.lowercased().filter({ $0 != " " }),
           compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        if node.attribute("aria-hidden") == "true" { return !node.classBytes.contains(Array("fallback-image".utf8)) }
        if node.attribute("aria-modal") == "true", node.attribute("role") == "dialog" { return true }
        return false
    }

    /// Whether a style could hide its element: it says "none" or "hidden"
    /// somewhere (most inline styles set sizes and colours).
    private static func mentionsNoneOrHidden(_ style: String) -> Bool {
        var previous: UInt8 = 0
        for b in style.utf8 {
            let lower = b | 0x20
            // The last letters of "none" and "hidden".
            if lower == UInt8(ascii: "e") && previous | 0x20 == UInt8(ascii: "n")
                || lower == UInt8(ascii: "n") && previous | 0x20 == UInt8(ascii: "e") { return true }
            previous = b
        }
        return false
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

    /// Element and attribute names as Swift strings, with what quoth makes
    /// of them, each distinct name worked out once per page.
    struct Names {
        enum AttributeKind { case ignored, hidden, classOrID, kept, href }
        private var tags = NameTable<(name: String, flags: TagFlags, skipped: Bool)>()
        private var attributes = NameTable<(String, AttributeKind)>()

        mutating func tag(_ pointer: UnsafePointer<xmlChar>?) -> (name: String, flags: TagFlags, skipped: Bool) {
            guard let pointer else { return ("", [], false) }
            return tags.value(for: pointer) { name in (name, TagFlags.of(name), HTMLParser.skippedTags.contains(name)) }
        }

        /// Values of ignored attributes (image sources, data attributes,
        /// event handlers) are never copied out of libxml2.
        mutating func attribute(_ pointer: UnsafePointer<xmlChar>?) -> (String, AttributeKind) {
            guard let pointer else { return ("", .ignored) }
            return attributes.value(for: pointer) { name in
                let kind: AttributeKind = switch name {
                case "hidden": .hidden
                case "class", "id": .classOrID
                case "href": .href
                default: HTMLParser.keptAttributes.contains(name) ? .kept : .ignored
                }
                return (name, kind)
            }
        }
    }

    /// An attribute's value, its text children joined.
    private static func value(of attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let c = child {
            if let content = c.pointee.content { value += string(content) }
            child = c.pointee.next
        }
        return value
    }

    private static func attributesOf(_ node: xmlNodePtr) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = string(a.pointee.name)
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
    /// (ASCII or no-break space) as one space, " " when it is all space
    /// and so carries nothing but a separation; with its length in scalars
    /// and its commas, counted on the way.
    private static func collapsed(_ pointer: UnsafePointer<xmlChar>) -> (String, Int32, Int32) {
        let count = strlen(pointer)
        var sawText = false
        var continuations: Int32 = 0, commas: Int32 = 0
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
                // Scalars are the bytes less the continuation bytes; the
                // commas of other scripts start with one of a few lead bytes.
                if b < 0x80 {
                    if b == 0x2C { commas += 1 }
                } else if b & 0xC0 == 0x80 {
                    continuations += 1
                } else if b == 0xD8 || b == 0xE2 || b == 0xE3 || b == 0xEF, i + 1 < count {
                    let length = b == 0xD8 ? 2 : 3
                    if i + length - 1 <= count, let scalar = Self.scalar(pointer + i - 1, length: length),
                       ContentWords.isComma(scalar) {
                        commas += 1
                    }
                }
            }
            if space { out[n] = 0x20; n += 1 }
            return n
        }
        if !sawText { return text.isEmpty ? ("", 0, 0) : (" ", 1, 0) }
        return (text, Int32(text.utf8.count) - continuations, commas)
    }

    /// The scalar a UTF-8 sequence of `length` bytes at `p` encodes.
    private static func scalar(_ p: UnsafePointer<xmlChar>, length: Int) -> Unicode.Scalar? {
        var value = UInt32(p[0]) & (length == 2 ? 0x1F : 0x0F)
        for k in 1..<length { value = value << 6 | UInt32(p[k] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
