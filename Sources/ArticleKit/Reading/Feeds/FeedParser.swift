import CLibXML2
import Foundation

/// Parses feed XML with libxml2 in recovery mode (real feeds are often not
/// well-formed) into `XMLElementValue`s.
enum FeedParser {
    static let maximumDepth = 64

    /// Parses feed bytes. The encoding is settled first, the way pages'
    /// are (`HTMLCharset`): an ISO-8859-1 feed is read as Windows-1252, as
    /// browsers do, so its curly quotes survive; an undeclared feed that is
    /// not UTF-8 is Windows-1252 rather than a string of replacement marks.
    static func parse(_ data: Data, httpCharset: String? = nil) -> XMLElementValue? {
        LibXML.prepare()
        let bytes = HTMLCharset.decode(data, httpCharset: httpCharset, xml: true).utf8
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
                            | XML_PARSE_IGNORE_ENC.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc = parsed else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return convert(root, doc: doc, depth: 0)
    }

    private static func convert(_ node: xmlNodePtr, doc: xmlDocPtr, depth: Int) -> XMLElementValue {
        var element = XMLElementValue(name: String(cString: node.pointee.name))
        if let ns = node.pointee.ns, let href = ns.pointee.href { element.namespace = String(cString: href) }
        var attribute = node.pointee.properties
        while let a = attribute {
            let key = String(cString: a.pointee.name)
            if let value = xmlGetProp(node, a.pointee.name) {
                element.attributes[key] = String(cString: value)
                quoth_xmlFree(value)
            }
            attribute = a.pointee.next
        }
        if element.attributes["type"]?.lowercased() == "xhtml" {
            element.innerMarkup = innerMarkup(node, doc: doc)
        }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { element.text += String(cString: content) }
            case XML_ELEMENT_NODE where depth < maximumDepth:
                element.children.append(convert(c, doc: doc, depth: depth + 1))
            default:
                break
            }
            child = c.pointee.next
        }
        return element
    }

    private static func innerMarkup(_ node: xmlNodePtr, doc: xmlDocPtr) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let c = child {
            xmlNodeDump(buffer, doc, c, 0, 0)
            child = c.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
