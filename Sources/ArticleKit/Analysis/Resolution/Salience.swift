import Foundation

/// Who a pronoun (or "the striker") most likely means: the entity the text
/// is about, not whoever was named last.
///
/// Weighed as Lappin and Leass weigh it: each appearance counts for more
/// when it is a sentence's subject or a quote's source, for less in a
/// possessive or after a preposition ("X … could meet Y in the last eight.
/// "…," he said." is X's), and halves with every sentence back and again
/// across a paragraph break (in a round-up, "she said" stays with the
/// player the paragraph is about). An entity's salience is the sum over its
/// appearances in the last few sentences.
enum Salience {
    static let sentencesBack = 6
    /// The title and the lede: who is named as a subject there is who the article is about.
    static let topicParagraphs = 1
    static let topicWeight = 60.0
    /// No pronoun weighs more appearances than this: a text with no sentence
    /// ends (a table, an attack) stays linear.
    static let appearancesBack = 64

    /// What a name counts for when nothing but its capitals says it is a
    /// person ("World War II", "Blue Gene").
    static let unconfirmedPerson = 0.6

    static func weight(_ a: Cast.Appearance, sentence: Int, paragraph: Int) -> Double {
        var w = 100.0
        switch a.part {
        case .subject: w += 80
        case .object: w += 0
        case .oblique: w -= 50
        case .possessive: w -= 60
        }
        if a.isSource { w += 60 }
        let back = max(0, sentence - a.sentence)
        w *= pow(0.5, Double(back))
        if a.paragraph != paragraph { w *= 0.5 }
        return w
    }

    /// The most salient entity before `position`, with the appearance that
    /// weighed most for it. `factor` weighs each appearance further (0 rules
    /// it out): a name only the capitals say is a person counts for less.
    ///
    /// For a description (`forDescription`), as news uses "the striker" or
    /// "the American": the person the article is about counts too, however
    /// far back (a subject of its first paragraphs: +`topicWeight`), and
    /// nobody in the description's own sentence does ("Reacting to a comment
    /// by Tim Phillips, the American said" is not Phillips).
    static func best(before position: Int, in cast: Cast, forDescription: Bool = false,
                     factor: (Cast.Appearance) -> Double) -> (key: EntityKey, evidence: Cast.Appearance)? {
        let sentence = cast.sentences.sentence(at: position)
        let paragraph = cast.paragraph(at: position)
        // A handful of entities at most: a list, not a hashed table.
        var scores: [(key: EntityKey, score: Double, top: Double, evidence: Int)] = []
        var i = lastIndex(before: position, in: cast.appearances)
        var scanned = 0
        while i >= 0 {
            let a = cast.appearances[i]
            defer { i -= 1 }
            if sentence - a.sentence > sentencesBack || scanned == appearancesBack { break }
            scanned += 1
            let f = factor(a)
            guard f > 0, !forDescription || a.sentence != sentence else { continue }
            let w = weight(a, sentence: sentence, paragraph: paragraph) * f
            if let k = scores.firstIndex(where: { $0.key == a.key }) {
                scores[k].score += w
                if w > scores[k].top { scores[k].top = w; scores[k].evidence = i }
            } else {
                scores.append((a.key, w, w, i))
            }
        }
        if forDescription {
            for a in cast.appearances {
                // In text order: past the lede, nothing more to find.
                guard a.paragraph <= topicParagraphs, a.range.lowerBound < position else { break }
                guard a.part == .subject, factor(a) > 0 else { continue }
                if let k = scores.firstIndex(where: { $0.key == a.key }) {
                    scores[k].score += topicWeight
                } else {
                    scores.append((a.key, topicWeight, topicWeight, cast.appearances.firstIndex { $0.range == a.range } ?? 0))
                }
                break
            }
        }
        // Ties go to the nearer entity (the first seen reading back).
        var best: Int?
        for k in scores.indices where best == nil || scores[k].score > scores[best!].score { best = k }
        if let best { return (scores[best].key, cast.appearances[scores[best].evidence]) }
        // Nothing in reach: the nearest that fits, however far back (within bounds).
        let last = lastIndex(before: position, in: cast.appearances)
        var j = last
        while j >= 0, last - j < appearancesBack * 4 {
            if factor(cast.appearances[j]) > 0 { return (cast.appearances[j].key, cast.appearances[j]) }
            j -= 1
        }
        return nil
    }

    /// The index of the last appearance starting before `position`, or -1.
    static func lastIndex(before position: Int, in appearances: [Cast.Appearance]) -> Int {
        var lo = 0, hi = appearances.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if appearances[mid].range.lowerBound < position { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }
}
