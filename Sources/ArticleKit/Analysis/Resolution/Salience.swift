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

    /// What a name counts for when nothing but its capitals says it is a
    /// person ("World War II", "Blue Gene").
    static let unconfirmedPerson = 0.3

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
    static func best(before position: Int, in cast: Cast, factor: (Cast.Appearance) -> Double) -> (key: EntityKey, evidence: Cast.Appearance)? {
        let sentence = cast.sentences.sentence(at: position)
        let paragraph = cast.paragraph(at: position)
        var scores: [EntityKey: (score: Double, top: Double, evidence: Cast.Appearance)] = [:]
        var order: [EntityKey] = []
        var i = lastIndex(before: position, in: cast.appearances)
        while i >= 0 {
            let a = cast.appearances[i]
            i -= 1
            if sentence - a.sentence > sentencesBack { break }
            let f = factor(a)
            guard f > 0 else { continue }
            let w = weight(a, sentence: sentence, paragraph: paragraph) * f
            if let s = scores[a.key] {
                scores[a.key] = (s.score + w, max(s.top, w), w > s.top ? a : s.evidence)
            } else {
                scores[a.key] = (w, w, a)
                order.append(a.key)
            }
        }
        // Ties go to the nearer entity (the first seen reading back).
        var best: EntityKey?
        for key in order where best == nil || scores[key]!.score > scores[best!]!.score { best = key }
        if let best { return (best, scores[best]!.evidence) }
        // Nothing in reach: the nearest that fits, however far back.
        var j = lastIndex(before: position, in: cast.appearances)
        while j >= 0 {
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
