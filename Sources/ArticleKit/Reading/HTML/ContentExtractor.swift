/// Finds the main article in a page: a Readability-style scoring pass.
///
/// Boilerplate is pruned by tag, role and class/id words; paragraph-like
/// nodes score their ancestors; the best-scoring container (with its
/// related siblings) is the article, cleaned of link lists and widgets.
/// When that yields little text the pass is retried with fewer prunings,
/// as Readability does, and the longest result wins.
struct ContentExtractor {
    /// What the extractor chose: content roots in document order, and the
    /// nodes removed from under them.
    struct Selection {
        var roots: [Int]
        var alive: [Bool]
        /// The first byline-looking node's text, found while pruning.
        var byline: String?
        var textLength: Int
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

    let tree: DOMTree

    func extract() -> Selection? {
        guard tree.root != nil else { return nil }
        var best: Selection?
        for passes: Passes in [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []] {
            guard let selection = run(passes) else { continue }
            if selection.textLength >= Self.retryLength { return selection }
            if selection.textLength > best?.textLength ?? -1 { best = selection }
        }
        return best
    }

    // MARK: One pass

    private func run(_ passes: Passes) -> Selection? {
        var (alive, byline) = prune(passes)
        let stats = NodeStats(tree, alive: alive)
        var scores = [Double](repeating: 0, count: tree.nodes.count)
        var isCandidate = [Bool](repeating: false, count: tree.nodes.count)
        for i in tree.nodes.indices where alive[i] {
            let node = tree.nodes[i]
            guard !node.isText else { continue }
            let length: Int
            let commas: Int
            let firstAncestor: Int
            if ContentWords.scoredTags.contains(node.name) || (node.name == "div" && !hasBlockChild(i, alive)) {
                length = Int(stats.textLength[i])
                commas = Int(stats.commas[i])
                firstAncestor = node.parent
            } else if node.name == "div" {
                // Readability wraps a div's loose inline text in a <p>; score
                // that virtual paragraph with the div as its parent.
                (length, commas) = directText(i, alive)
                firstAncestor = i
            } else {
                continue
            }
            guard length >= 25, firstAncestor >= 0 else { continue }
            let score = 1.0 + Double(commas + 1) + min(Double(length / 100), 3)
            var ancestor = firstAncestor
            var level = 0
            while ancestor >= 0, level < 5 {
                if tree.nodes[ancestor].name == "html" { break }
                if !isCandidate[ancestor] {
                    isCandidate[ancestor] = true
                    scores[ancestor] = initialScore(ancestor, passes)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor] += score / divider
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        var candidates: [(index: Int, score: Double)] = []
        for i in tree.nodes.indices where isCandidate[i] {
            scores[i] *= 1 - stats.linkDensity(i)
            candidates.append((i, scores[i]))
        }
        candidates.sort { $0.score > $1.score }
        guard var top = candidates.first?.index ?? tree.elements(named: "body").first else { return nil }
        top = climb(from: top, candidates: candidates, scores: scores, isCandidate: isCandidate)
        var roots = siblings(of: top, scores: scores, isCandidate: isCandidate, stats: stats, alive: alive)
        if passes.contains(.cleanConditionally) {
            for root in roots { clean(under: root, alive: &alive, stats: stats, scores: scores, passes: passes) }
        }
        roots = roots.filter { alive[$0] }
        let finalAlive = propagate(alive)
        let finalStats = NodeStats(tree, alive: finalAlive)
        let length = roots.reduce(0) { $0 + Int(finalStats.textLength[$1]) }
        return Selection(roots: roots, alive: finalAlive, byline: byline, textLength: length)
    }

    // MARK: Pruning

    private func prune(_ passes: Passes) -> (alive: [Bool], byline: String?) {
        var alive = [Bool](repeating: true, count: tree.nodes.count)
        // The byline is looked for in all visible markup, pruned or not: it
        // often sits in an <aside> or a header the pruning drops.
        var visible = [Bool](repeating: true, count: tree.nodes.count)
        var byline: String?
        for i in tree.nodes.indices {
            let node = tree.nodes[i]
            if node.parent >= 0 && !visible[node.parent] || !node.isText && isHidden(node) {
                visible[i] = false
                alive[i] = false
                continue
            }
            if node.parent >= 0 && !alive[node.parent] { alive[i] = false }
            guard !node.isText else { continue }
            if byline == nil, let text = bylineText(i) {
                byline = text
                alive[i] = false
                continue
            }
            guard alive[i] else { continue }
            if ContentWords.removedTags.contains(node.name) {
                alive[i] = false
                continue
            }
            if passes.contains(.stripUnlikely), let role = node.attribute("role"), ContentWords.unlikelyRoles.contains(role) {
                alive[i] = false
                continue
            }
            if node.name != "body", node.name != "html", node.name != "article", node.name != "main", node.name != "a",
               node.hasClassOrID, !ContentWords.maybeBytes.matches(node),
               ContentWords.neverArticleBytes.matches(node) || (ContentWords.hoverCardBytes.matches(node) && !holdsTrigger(i)) {
                alive[i] = false
                continue
            }
            if passes.contains(.stripUnlikely), node.name != "body", node.name != "a", node.name != "html",
               node.name != "article", node.name != "main" {
                if node.hasClassOrID, ContentWords.unlikelyBytes.matches(node), !ContentWords.maybeBytes.matches(node) {
                    alive[i] = false
                    continue
                }
            }
        }
        return (alive, byline)
    }

    /// Whether the first element inside `i` is a link: a hover card's
    /// wrapper, which holds the link the card pops up from.
    private func holdsTrigger(_ i: Int) -> Bool {
        let first = tree.nodes[i].children.first { !tree.nodes[Int($0)].isText }
        return first.map { tree.nodes[Int($0)].name == "a" } ?? false
    }

    private func isHidden(_ node: DOMNode) -> Bool {
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if node.attribute("aria-hidden") == "true" { return true }
        return false
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
        // A byline block often holds the date too; an itemprop=name inside it is the name alone.
        var stack = node.children.map(Int.init).reversed() as [Int]
        while let j = stack.popLast() {
            if tree.nodes[j].attribute("itemprop")?.lowercased().contains("name") == true {
                let name = tree.text(of: j)
                if !name.isEmpty { return name }
            }
            stack.append(contentsOf: tree.nodes[j].children.reversed().map(Int.init))
        }
        return text
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

    private func hasBlockChild(_ i: Int, _ alive: [Bool]) -> Bool {
        tree.nodes[i].children.contains {
            let child = tree.nodes[Int($0)]
            return alive[Int($0)] && !child.isText && ContentWords.containerTags.contains(child.name)
        }
    }

    /// Length and commas of a div's text outside its block children.
    private func directText(_ i: Int, _ alive: [Bool]) -> (Int, Int) {
        var length = 0
        var commas = 0
        var stack = tree.nodes[i].children.map(Int.init)
        while let j = stack.popLast() {
            guard alive[j] else { continue }
            let node = tree.nodes[j]
            if node.isText {
                for c in node.text.unicodeScalars {
                    length += 1
                    if c == "," { commas += 1 }
                }
            } else if !ContentWords.containerTags.contains(node.name) {
                stack.append(contentsOf: node.children.map(Int.init))
            }
        }
        return (length, commas)
    }

    private func initialScore(_ i: Int, _ passes: Passes) -> Double {
        let name = tree.nodes[i].name
        var score: Double
        switch name {
        case "div": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if passes.contains(.weightClasses) { score += Double(classWeight(i)) }
        return score
    }

    /// ±25 for each of class and id that looks like content or like
    /// boilerplate.
    func classWeight(_ i: Int) -> Int {
        var weight = 0
        for value in [tree.nodes[i].classBytes, tree.nodes[i].idBytes] where !value.isEmpty {
            if ContentWords.negativeBytes.matches(value) { weight -= 25 }
            if ContentWords.positiveBytes.matches(value) { weight += 25 }
        }
        return weight
    }

    /// Moves up from the top candidate when close runners-up share an
    /// ancestor with it, or when its parent scores better.
    private func climb(from top: Int, candidates: [(index: Int, score: Double)], scores: [Double], isCandidate: [Bool]) -> Int {
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
              tree.nodes[tree.nodes[top].parent].children.filter({ !tree.nodes[Int($0)].isText }).count == 1 {
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
            guard !node.isText, stats.textLength[sibling] > 0 || node.name == "img" else { continue }
            var bonus = 0.0
            if !topClass.isEmpty, node.classBytes == topClass { bonus = scores[top] * 0.2 }
            if isCandidate[sibling], scores[sibling] + bonus >= threshold {
                roots.append(sibling)
            } else if node.name == "p" || (node.name == "div" && !hasBlockChild(sibling, alive)) {
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

    // MARK: Cleaning

    /// Drops link lists, widgets and image galleries from the chosen content
    /// (Readability's conditional cleaning).
    private func clean(under root: Int, alive: inout [Bool], stats: NodeStats, scores: [Double], passes: Passes) {
        var stack = [root]
        while let i = stack.popLast() {
            guard alive[i] else { continue }
            let node = tree.nodes[i]
            guard !node.isText else { continue }
            if i != root, shouldRemove(i, stats: stats, scores: scores, passes: passes) {
                alive[i] = false
                continue
            }
            stack.append(contentsOf: node.children.reversed().map(Int.init))
        }
    }

    private func shouldRemove(_ i: Int, stats: NodeStats, scores: [Double], passes: Passes) -> Bool {
        let node = tree.nodes[i]
        let name = node.name
        if ContentWords.contentRemovedTags.contains(name) { return true }
        if name == "h1" || name == "h2" || name == "h3" {
            return passes.contains(.weightClasses) && classWeight(i) < 0
        }
        if node.hasClassOrID, ContentWords.captionBytes.matches(node), stats.textLength[i] < 300 { return true }
        if node.hasClassOrID, ContentWords.shareBytes.matches(node), stats.textLength[i] < 500 { return true }
        guard ContentWords.conditionalTags.contains(name) else { return false }
        let weight = passes.contains(.weightClasses) ? classWeight(i) : 0
        if Double(weight) + scores[i] < 0 { return true }
        guard stats.commas[i] < 10 else { return false }
        let isList = name == "ul" || name == "ol"
        let p = Double(stats.paragraphs[i])
        let images = Double(stats.images[i])
        let listItems = Double(stats.listItems[i]) - 100
        let length = Int(stats.textLength[i])
        let density = stats.linkDensity(i)
        let headingDensity = length == 0 ? 0 : Double(stats.headingLength[i]) / Double(length)
        let inFigure = hasAncestor(i, "figure")
        if images > 1 && p / images < 0.5 && !inFigure { return true }
        if !isList && listItems > p { return true }
        if !isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if isList && density > 0.5 { return true }
        return false
    }

    private func hasAncestor(_ i: Int, _ name: String) -> Bool {
        var j = tree.nodes[i].parent
        var steps = 0
        while j >= 0, steps < 3 {
            if tree.nodes[j].name == name { return true }
            j = tree.nodes[j].parent
            steps += 1
        }
        return false
    }
}
