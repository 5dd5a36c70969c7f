/// A word or phrase that reports speech: "said", "told", "according to",
/// found at token `index` (through `end`) of a paragraph.
struct Cue {
    enum Kind { case verb, accordingTo }

    var index: Int
    var end: Int
    var kind: Kind
    /// "called", "think", "praised": reports a quote only when close to it
    /// and when no proper reporting verb is at hand.
    var weak: Bool
}
