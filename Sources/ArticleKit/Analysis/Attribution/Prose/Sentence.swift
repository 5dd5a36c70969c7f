/// One sentence of a paragraph, as a range of its tokens, with the cues in it.
struct Sentence {
    var range: Range<Int>
    var cues: [Cue]

    var lowerBound: Int { range.lowerBound }
    var upperBound: Int { range.upperBound }
}
