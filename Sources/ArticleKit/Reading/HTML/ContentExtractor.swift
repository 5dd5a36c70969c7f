/// Finds the main article in a page: a Readability-style scoring pass.
///
/// Boilerplate is pruned by tag, role and class/id words; paragraph-like
/// nodes score their ancestors; the best-scoring container (with its
/// related siblings) is the article, cleaned of link lists and widgets
/// (`ContentCleaner`). When that yields little text the pass is retried with
/// fewer prunings, as Readability does, and the longest result wins.
struct ContentExtractor {
    /// What the extractor chose: content roots in document order, and the
    /// nodes removed from under them.
    struct Selection {
        var roots: [Int]
        var alive: [Bool]
        /// The first byline-looking node's text, found while pruning.
        var byline: String?
        var textLength: Int
        /// How much of the JSON-LD body the selection holds, when there is one.
        var coverage: Double?
    }

    /// Which prunings a pass applies; each retry drops one.
    struct Passes: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Passes(rawValue: 1)
        static let weightClasses = Passes(rawValue: 2)
        static let cleanConditionally = Passes(rawValue: 4)
        static let all: Passes = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    /// Below this much text a pass is retried with fewer prunings.
    static let retryLength = 500
    /// A pass holding less of the JSON-LD body than this is retried too.
    static let retryCoverage = 0.5
    /// Below this, no pass holds the JSON-LD body: it describes something
    /// else, and the longest pass wins as if there were none.
    static let trustedCoverage = 0.2

    let tree: DOMTree
    /// The headline, so the heading that repeats it above the article is
    /// not read as its first paragraph.
    var title: String?
    let hints: ArticleHints
    private let protected: [Bool]

    init(tree: DOMTree, title: String? = nil, hints: ArticleHints = ArticleHints()) {
        self.tree = tree
        self.title = title
        self.hints = hints
        self.protected = hints.protected(in: tree)
    }

    func extract() -> Selection? {
        guard tree.root != nil else { return nil }
        var tried: [Selection] = []
        for passes: Passes in [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []] {
            guard var selection = run(passes) else { continue }
            selection.coverage = hints.coverage(of: text(of: selection))
            if selection.textLength >= Self.retryLength, selection.coverage.map({ $0 >= Self.retryCoverage }) ?? true {
                return selection
            }
            tried.append(selection)
        }
        if let best = tried.max(by: { ($0.coverage ?? 0, $0.textLength) < ($1.coverage ?? 0, $1.textLength) }),
           let coverage = best.coverage, coverage >= Self.trustedCoverage {
            return best
        }
        return tried.max { $0.textLength < $1.textLength }
    }

    /// How long the selection's text is with white space collapsed, as
    /// Readability measures it: pretty-printed markup puts a space between
    /// every two tags, which must not count.
    private func collapsedLength(of selection: Selection) -> Int {
        var length = 0
        var space = true
        for part in text(of: selection) {
            for c in part.unicodeScalars {
                if c == " " {
                    if !space { length += 1; space = true }
                } else {
                    length += 1
                    space = false
                }
            }
        }
        return space && length > 0 ? length - 1 : length
    }

    /// The live text under a selection's roots, in document order.
    private func text(of selection: Selection) -> [String] {
        var out: [String] = []
        for root in selection.roots {
            var stack = [root]
            while let i = stack.popLast() {
                guard selection.alive[i] else { continue }
                if tree.nodes[i].isText { out.append(tree.nodes[i].text) }
                stack.append(contentsOf: tree.nodes[i].children.reversed().map(Int.init))
            }
        }
        return out
    }

    // MARK: One pass

    private func run(_ passes: Passes) -> Selection? {
        var (alive, byline) = prune(passes)
        let stats = NodeStats(tree, alive: alive)
        var scores = [Double](repeating: 0, count: tree.nodes.count)
        var isCandidate = [Bool](repeating: false, count: tree.nodes.count)
        func credit(_ length: Int32, _ commas: Int32, from firstAncestor: Int) {
            guard length >= 25, firstAncestor >= 0 else { return }
            let score = 1.0 + Double(commas + 1) + min(Double(length / 100), 3)
            var ancestor = firstAncestor
            var level = 0
            while ancestor >= 0, level < 5 {
                if tree.nodes[ancestor].name == "html" { break }
                if isParagraphWrapper(ancestor, stats, alive) { ancestor = tree.nodes[ancestor].parent; continue }
                if !isCandidate[ancestor] {
                    isCandidate[ancestor] = true
                    scores[ancestor] = initialScore(ancestor, passes, stats)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor] += score / divider
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        for i in tree.nodes.indices where alive[i] {
            let node = tree.nodes[i]
            guard !node.isText else { continue }
            if ContentWords.scoredTags.contains(node.name) || (node.name == "div" && !stats.hasBlock[i]) {
                credit(stats.textLength[i], stats.commas[i], from: node.parent)
            } else if node.name == "div" {
                // Readability wraps each run of a div's loose inline text in
                // a <p>; each scores as a paragraph with the div as parent.
                forEachLooseRun(of: i, alive, stats) { length, commas in credit(length, commas, from: i) }
            }
        }
        var candidates: [(index: Int, score: Double)] = []
        for i in tree.nodes.indices where isCandidate[i] {
            scores[i] *= 1 - stats.linkDensity(i)
            candidates.append((i, scores[i]))
        }
        candidates.sort { $0.score > $1.score }
        guard var top = candidates.first?.index ?? tree.elements(named: "body").first else { return nil }
        top = climb(from: top, candidates: candidates, scores: scores, isCandidate: isCandidate, alive: alive)
        let roots = siblings(of: top, scores: scores, isCandidate: isCandidate, stats: stats, alive: alive)
        var cleaner = ContentCleaner(tree: tree, alive: alive, stats: stats, passes: passes)
        cleaner.clean(roots)
        alive = cleaner.alive
        let kept = roots.filter { alive[$0] }
        let finalAlive = propagate(alive)
        var selection = Selection(roots: kept, alive: finalAlive, byline: byline, textLength: 0)
        selection.textLength = collapsedLength(of: selection)
        return selection
    }

    // MARK: Pruning

    private func prune(_ passes: Passes) -> (alive: [Bool], byline: String?) {
        var alive = [Bool](repeating: true, count: tree.nodes.count)
        // The byline is looked for in all visible markup, pruned or not: it
        // often sits in an <aside> or a header the pruning drops.
        var visible = [Bool](repeating: true, count: tree.nodes.count)
        var byline: String?
        var titleHeadingFound = title == nil
        for i in tree.nodes.indices {
            let parent = tree.nodes[i].parent, flags = tree.nodes[i].flags
            if parent >= 0 && !visible[parent] || flags.contains(.hidden) {
                visible[i] = false
                alive[i] = false
                continue
            }
            if parent >= 0 && !alive[parent] { alive[i] = false }
            guard !tree.nodes[i].isText else { continue }
            if byline == nil, tree.nodes[i].hasClassOrID || !tree.nodes[i].attributes.isEmpty, let text = bylineText(i) {
                byline = text
                alive[i] = false
                continue
            }
            guard alive[i] else { continue }
            if protected[i] { continue }
            let node = tree.nodes[i]
            if !titleHeadingFound, node.name == "h1" || node.name == "h2", let title,
               TextSimilarity.similarity(title, tree.text(of: i)) > 0.75 {
                // The headline, shown above the article: the title line says it.
                titleHeadingFound = true
                alive[i] = false
                continue
            }
            if flags.contains(.removed) {
                alive[i] = false
                continue
            }
            if passes.contains(.stripUnlikely), let role = node.attribute("role"), ContentWords.unlikelyRoles.contains(role) {
                alive[i] = false
                continue
            }
            guard node.hasClassOrID, !flags.contains(.structural), !flags.contains(.link) else { continue }
            if !ContentWords.maybeBytes.matches(node),
               ContentWords.neverArticleBytes.matches(node) || (ContentWords.hoverCardBytes.matches(node) && !holdsTrigger(i)) {
                alive[i] = false
                continue
            }
            if passes.contains(.stripUnlikely),
               ContentWords.unlikelyBytes.matches(node), !ContentWords.maybeBytes.matches(node),
               !tree.hasAncestor(i, named: "table", within: 4), !tree.hasAncestor(i, named: "code", within: 4),
               !isInSentence(i) {
                alive[i] = false
                continue
            }
        }
        return (alive, byline)
    }

    /// Whether `i` is part of a sentence: inside a paragraph, or inline
    /// beside loose text. A class word cannot make part of a sentence a
    /// sidebar ("MathJax CtxtMenu" holds the formula the sentence is about).
    private func isInSentence(_ i: Int) -> Bool {
        if tree.hasAncestor(i, named: "p", within: 4) { return true }
        let node = tree.nodes[i]
        guard !DOMNode.blockTags.contains(node.name), node.parent >= 0 else { return false }
        return tree.nodes[node.parent].children.contains {
            let sibling = tree.nodes[Int($0)]
            return sibling.isText && sibling.text != " "
        }
    }

    /// Whether the first element inside `i` is a link: a hover card's
    /// wrapper, which holds the link the card pops up from.
    private func holdsTrigger(_ i: Int) -> Bool {
        let first = tree.nodes[i].children.first { !tree.nodes[Int($0)].isText }
        return first.map { tree.nodes[Int($0)].name == "a" } ?? false
    }

    /// The text of a byline-looking node (rel=author, itemprop=author,
    /// class or id byline/author), when it is short enough to be one.
    private func bylineText(_ i: Int) -> String? {
        let node = tree.nodes[i]
        guard ContentWords.bylineBytes.matches(node) && !ContentWords.notBylineBytes.matches(node)
                || node.attribute("rel")?.lowercased() == "author"
                || node.attribute("itemprop")?.lowercased().contains("author") == true
        else { return nil }
        let text = tree.text(of: i)
        guard !text.isEmpty, text.unicodeScalars.count < 100 else { return nil }
        // A byline block often holds the date and the writer's job too; an
        // element marked as the name inside it is the name alone.
        var stack = node.children.map(Int.init).reversed() as [Int]
        while let j = stack.popLast() {
            if isMarkedAsName(tree.nodes[j]) {
                let name = tree.text(of: j, skipping: "time")
                if !name.isEmpty { return name }
            }
            stack.append(contentsOf: tree.nodes[j].children.reversed().map(Int.init))
        }
        return Self.withoutTrailingSeparator(tree.text(of: i, skipping: "time"))
    }

    /// `itemprop="name"`, and the class names sites give the name in a
    /// byline: hCard's `fn`, `author-name`, `author-link`.
    private func isMarkedAsName(_ node: DOMNode) -> Bool {
        if node.attribute("itemprop")?.lowercased().contains("name") == true { return true }
        guard !node.classBytes.isEmpty else { return false }
        if ContentWords.authorNameBytes.matches(node.classBytes) { return true }
        return node.classBytes.split(separator: UInt8(ascii: " ")).contains { $0.elementsEqual("fn".utf8) }
    }

    /// A byline without the separator a `<time>` left behind at its end
    /// ("James Akinaka •"). Dates written as text stay: only markup says
    /// for sure which words are a date.
    static func withoutTrailingSeparator(_ byline: String) -> String {
        var text = Substring(byline)
        while let last = text.last, "•·|-–—,/".contains(last) || last == " " { text.removeLast() }
        return String(text)
    }

    private func propagate(_ alive: [Bool]) -> [Bool] {
        var out = alive
        for i in tree.nodes.indices where out[i] {
            let parent = tree.nodes[i].parent
            if parent >= 0 && !out[parent] { out[i] = false }
        }
        return out
    }

    // MARK: Scoring

    /// A div that only wraps one paragraph, which Readability replaces by
    /// the paragraph: it is not a level of its own when scores go up.
    private func isParagraphWrapper(_ i: Int, _ stats: NodeStats, _ alive: [Bool]) -> Bool {
        let node = tree.nodes[i]
        guard node.name == "div", node.children.count <= 3 else { return false }
        var paragraph = false
        for c in node.children where alive[Int(c)] {
            let child = tree.nodes[Int(c)]
            if child.isText {
                if child.text != " " { return false }
            } else if child.name == "p", !paragraph {
                paragraph = true
            } else {
                return false
            }
        }
        return paragraph && stats.linkDensity(i) < 0.25
    }

    /// Length and commas of each run of inline content between a div's
    /// block children.
    private func forEachLooseRun(of div: Int, _ alive: [Bool], _ stats: NodeStats, _ body: (Int32, Int32) -> Void) {
        var length: Int32 = 0, commas: Int32 = 0
        var inRun = false
        for c in tree.nodes[div].children {
            let c = Int(c)
            guard alive[c] else { continue }
            let child = tree.nodes[c]
            if child.name == "br" { continue }
            if child.isText || !DOMNode.blockTags.contains(child.name) {
                inRun = true
                length += stats.textLength[c]
                commas += stats.commas[c]
            } else if inRun {
                body(length, commas)
                length = 0; commas = 0; inRun = false
            }
        }
        if inRun { body(length, commas) }
    }

    private func initialScore(_ i: Int, _ passes: Passes, _ stats: NodeStats) -> Double {
        let name = tree.nodes[i].name
        var score: Double
        switch name {
        case "div": score = stats.hasBlock[i] ? 5 : 0
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if passes.contains(.weightClasses) { score += Double(ContentWords.classWeight(tree.nodes[i])) }
        return score
    }

    /// Moves up from the top candidate when close runners-up share an
    /// ancestor with it, or when its parent scores better.
    private func climb(from top: Int, candidates: [(index: Int, score: Double)], scores: [Double], isCandidate: [Bool],
                       alive: [Bool]) -> Int {
        var top = top
        let topScore = scores[top]
        let alternatives = candidates.dropFirst().prefix(4).filter { $0.score / max(topScore, 0.0001) >= 0.75 }.map(\.index)
        if alternatives.count >= 3 {
            var parent = tree.nodes[top].parent
            while parent >= 0, tree.nodes[parent].name != "body" {
                let containing = alternatives.filter { tree.isInside($0, parent) }.count
                if containing >= 3 { top = parent; break }
                parent = tree.nodes[parent].parent
            }
        }
        var lastScore = scores[top]
        let threshold = lastScore / 3
        var parent = tree.nodes[top].parent
        while parent >= 0, tree.nodes[parent].name != "body", tree.nodes[parent].name != "html" {
            guard isCandidate[parent] else { parent = tree.nodes[parent].parent; continue }
            if scores[parent] < threshold { break }
            if scores[parent] > lastScore { top = parent; break }
            lastScore = scores[parent]
            parent = tree.nodes[parent].parent
        }
        while tree.nodes[top].parent >= 0, tree.nodes[tree.nodes[top].parent].name != "body",
              tree.nodes[tree.nodes[top].parent].children.filter({ alive[Int($0)] && !tree.nodes[Int($0)].isText }).count == 1 {
            top = tree.nodes[top].parent
        }
        return top
    }

    /// The top candidate and those of its siblings that belong with it.
    private func siblings(of top: Int, scores: [Double], isCandidate: [Bool], stats: NodeStats, alive: [Bool]) -> [Int] {
        let parent = tree.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, scores[top] * 0.2)
        let topClass = tree.nodes[top].classBytes
        var roots: [Int] = []
        for childIndex in tree.nodes[parent].children {
            let sibling = Int(childIndex)
            if sibling == top { roots.append(sibling); continue }
            let node = tree.nodes[sibling]
            guard alive[sibling], !node.isText else { continue }
            var bonus = 0.0
            if !topClass.isEmpty, node.classBytes == topClass { bonus = scores[top] * 0.2 }
            if isCandidate[sibling], scores[sibling] + bonus >= threshold {
                roots.append(sibling)
            } else if node.name == "p" || (node.name == "div" && !stats.hasBlock[sibling])
                        || isParagraphWrapper(sibling, stats, alive) {
                let length = stats.textLength[sibling]
                let density = stats.linkDensity(sibling)
                let text = length < 80 ? tree.text(of: sibling) : ""
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length < 80, length > 0, density == 0, text.hasSuffix(".") || text.contains(". ") {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }
}
