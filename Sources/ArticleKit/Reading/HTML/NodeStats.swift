/// Subtree totals for every node of a `DOMTree`, skipping removed nodes:
/// what the content scoring and cleaning rules weigh.
struct NodeStats {
    var textLength: [Int32]
    /// Text inside `<a>` elements.
    var linkLength: [Int32]
    var commas: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    /// Text inside `<h1>`–`<h6>`.
    var headingLength: [Int32]

    /// One backward pass: document order puts children after their parent.
    init(_ tree: DOMTree, alive: [Bool]) {
        let n = tree.nodes.count
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        paragraphs = Array(repeating: 0, count: n)
        images = Array(repeating: 0, count: n)
        listItems = Array(repeating: 0, count: n)
        headingLength = Array(repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) where alive[i] {
            let node = tree.nodes[i]
            if node.isText {
                var length: Int32 = 0
                var commaCount: Int32 = 0
                for c in node.text.unicodeScalars {
                    length += 1
                    if c == "," || c == "\u{FF0C}" || c == "\u{060C}" { commaCount += 1 }
                }
                textLength[i] = length
                commas[i] = commaCount
            } else {
                switch node.name {
                case "a": linkLength[i] = textLength[i]
                case "p": paragraphs[i] += 1
                case "img": images[i] += 1
                case "li": listItems[i] += 1
                case "h1", "h2", "h3", "h4", "h5", "h6": headingLength[i] = textLength[i]
                default: break
                }
            }
            let parent = node.parent
            guard parent >= 0 else { continue }
            textLength[parent] += textLength[i]
            linkLength[parent] += linkLength[i]
            commas[parent] += commas[i]
            paragraphs[parent] += paragraphs[i]
            images[parent] += images[i]
            listItems[parent] += listItems[i]
            headingLength[parent] += headingLength[i]
        }
    }

    /// The share of a node's text that sits inside links.
    func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }
}
