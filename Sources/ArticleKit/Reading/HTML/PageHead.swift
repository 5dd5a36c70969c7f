/// What a page's markup says about itself outside the body text: `<meta>`
/// tags, `<title>`, JSON-LD blocks, the canonical link.
struct PageHead: Sendable {
    /// Every `<meta>` tag, as its attributes (lowercased names).
    var metas: [[String: String]] = []
    var title: String?
    /// The raw text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    var canonical: String?
}
