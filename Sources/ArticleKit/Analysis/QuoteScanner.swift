/// Finds the spans of text in quote marks, paragraph by paragraph.
///
/// Straight marks do not say whether they open or close, so each mark is
/// read from its neighbours: a mark after a space and before a word opens,
/// one after a word and before a space or punctuation closes. Apostrophes
/// (don't, Russia's, the '90s, rock 'n' roll) are never quote marks: a
/// single mark opens only when a closing one follows in the same paragraph.
///
/// A quote left open at the end of a paragraph stops there: when the next
/// paragraph opens with a mark it is a multi-paragraph quote, continued;
/// otherwise the closing mark is missing, and the quote must not swallow the
/// rest of the article. The same holds inside a paragraph when a straight
/// mark that can only open turns up while a quote is open (BBC text joins a
/// quote's paragraphs on one line).
enum QuoteScanner {
    struct ScannedQuote: Equatable {
        /// The opening mark, or nil for a quote whose opening was missing.
        var open: Range<Int>?
        var content: Range<Int>
        /// The closing mark, or nil when the quote ran to the paragraph's end
        /// (or into another quote) without one.
        var close: Range<Int>?
        var paragraph: Int
        /// Opened while the previous quote was still open: the same
        /// speaker's words go on (a multi-paragraph quote).
        var continuesPrevious: Bool
    }

    enum Family { case double, single }

    struct Mark {
        var family: Family
        var length: Int
        var canOpen: Bool
        var canClose: Bool
        /// Closes only a quote opened by one of these (German „…“ style).
        var scalar: Unicode.Scalar
    }

    static func scan(_ s: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [ScannedQuote] {
        var quotes: [ScannedQuote] = []
        // News quotes about once every 300 characters: sized from the text,
        // not doubled from one.
        quotes.reserveCapacity(s.count / 256)
        var carryOpen: Family?  // a quote left open at the previous paragraph's end
        for (index, para) in paragraphs.enumerated() {
            var continuing = false
            if let family = carryOpen {
                // Continued only if this paragraph opens with a mark of the same family.
                var i = para.lowerBound
                while i < para.upperBound, ScalarText.isWhitespace(s[i]) { i += 1 }
                if i < para.upperBound, let m = classify(s, i, para), m.family == family, m.canOpen { continuing = true }
            }
            carryOpen = scanParagraph(s, para, index: index, continuing: continuing, into: &quotes)
        }
        return quotes
    }

    /// Scans one paragraph; returns the family of a quote left open at its end.
    private static func scanParagraph(_ s: [Unicode.Scalar], _ para: Range<Int>, index: Int, continuing: Bool,
                                      into quotes: inout [ScannedQuote]) -> Family? {
        var openMark: (mark: Mark, range: Range<Int>)?
        var nextContinues = continuing
        var singleCloser: Int?   // where an open single quote closes (found by lookahead)
        var i = para.lowerBound
        let end = para.upperBound
        func emit(contentStart: Int, contentEnd: Int, open: Range<Int>?, close: Range<Int>?, continues: Bool) {
            var a = contentStart, b = contentEnd
            while a < b, ScalarText.isWhitespace(s[a]) { a += 1 }
            while b > a, ScalarText.isWhitespace(s[b - 1]) { b -= 1 }
            guard (a..<b).contains(where: { isWordScalar(s[$0]) }) else { return }
            quotes.append(ScannedQuote(open: open, content: a..<b, close: close, paragraph: index, continuesPrevious: continues))
        }
        var openContinues = false
        var nestedCurly = 0
        while i < end {
            // Most of a paragraph is not quote marks: skip to the next candidate
            // through a buffer, without the array's per-index checks.
            i = s.withUnsafeBufferPointer { p in
                ScalarText.firstIndex(p, from: i, to: end, of: Marks.self)
            }
            guard i < end else { break }
            let c = s[i]
            guard isMarkCandidate(c), let mark = classify(s, i, para) else { i += 1; continue }
            let here = i..<(i + mark.length)
            if let (opened, openRange) = openMark {
                if mark.family != opened.family { i += mark.length; continue }
                if opened.family == .single {
                    if i == singleCloser {
                        emit(contentStart: openRange.upperBound, contentEnd: i, open: openRange, close: here, continues: openContinues)
                        openMark = nil
                    }
                    i += mark.length
                    continue
                }
                // Curly marks nested in a straight-quoted passage ("He called it “X.” Then…")
                // open and close their own quote, not the outer one.
                if opened.scalar == "\"" && mark.scalar != "\"" {
                    if mark.scalar == "\u{201C}" && mark.canOpen { nestedCurly += 1; i += mark.length; continue }
                    if mark.scalar == "\u{201D}" && nestedCurly > 0 { nestedCurly -= 1; i += mark.length; continue }
                }
                if mark.canClose && closes(mark, opened: opened.scalar) {
                    emit(contentStart: openRange.upperBound, contentEnd: i, open: openRange, close: here, continues: openContinues)
                    openMark = nil
                    nestedCurly = 0
                } else if mark.canOpen {
                    // The open quote never closed: it ends here and this one goes on with it.
                    emit(contentStart: openRange.upperBound, contentEnd: i, open: openRange, close: nil, continues: openContinues)
                    openMark = (mark, here)
                    openContinues = true
                }
                i += mark.length
                continue
            }
            if mark.canOpen {
                if mark.family == .single {
                    guard let closer = findSingleCloser(s, from: here.upperBound, para) else { i += mark.length; continue }
                    singleCloser = closer
                }
                openMark = (mark, here)
                openContinues = nextContinues
                nextContinues = false
            }
            i += mark.length
        }
        if let (opened, openRange) = openMark {
            emit(contentStart: openRange.upperBound, contentEnd: end, open: openRange, close: nil, continues: openContinues)
            return opened.family
        }
        return nil
    }

    static func closes(_ mark: Mark, opened: Unicode.Scalar) -> Bool {
        switch opened {
        case "\u{201E}": return mark.scalar == "\u{201C}" || mark.scalar == "\u{201D}" || mark.scalar == "\""
        case "\u{00AB}": return mark.scalar == "\u{00BB}" || mark.scalar == "\"" || mark.scalar == "\u{201D}"
        default: return mark.scalar != "\u{00AB}"
        }
    }

    /// The closing single mark for a single quote opened just before `start`,
    /// or nil when there is none (then the opener was an apostrophe).
    private static func findSingleCloser(_ s: [Unicode.Scalar], from start: Int, _ para: Range<Int>) -> Int? {
        var i = start
        let limit = min(para.upperBound, start + 400)
        var letters = 0
        while i < limit {
            let c = s[i]
            if c == "\"" || c == "\u{201C}" || c == "\u{201D}" { return nil }
            if isWordScalar(c) { letters += 1 }
            if c == "'" || c == "\u{2019}" || c == "\u{2018}",
               let m = classify(s, i, para), m.family == .single, m.canClose, !m.canOpen || c == "\u{2019}" {
                return letters >= 2 ? i : nil
            }
            i += 1
        }
        return nil
    }

    /// The scalars the scan stops at.
    enum Marks: ScalarClass {
        /// Every mark `isMarkCandidate` lists; 0x2018…0x201F as one range.
        @inline(__always)
        static func block(_ v: SIMD8<UInt32>) -> SIMD8<UInt32> {
            ScalarText.lanes(v, equal: 0x22) | ScalarText.lanes(v, equal: 0x27) | ScalarText.lanes(v, equal: 0x60)
                | ScalarText.lanes(v, equal: 0xAB) | ScalarText.lanes(v, equal: 0xBB)
                | ScalarText.lanes(v & SIMD8(repeating: ~7), equal: 0x2018)
        }
        @inline(__always) static func contains(_ v: UInt32) -> Bool { mayBeMark(v) }
    }

    /// `isMarkCandidate` for the scan's inner loop: ASCII (nearly every
    /// scalar) is answered by one shift of a bit mask of " ' and `.
    @inline(__always)
    static func mayBeMark(_ v: UInt32) -> Bool {
        if v < 0x40 { return (UInt64(0x84_0000_0000) >> UInt64(v)) & 1 != 0 }
        if v < 0x80 { return v == 0x60 }
        return isMarkCandidate(Unicode.Scalar(v)!)
    }

    @inline(__always)
    static func isMarkCandidate(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x201F: return true
        default: return false
        }
    }

    /// A letter or digit. ASCII is answered inline; the Unicode property
    /// lookup stays out of line, because inlined into every scanning loop
    /// it was paid for (its metadata set up) on each call, not each use.
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        // ASCII digits and letters as bit masks: a shift and a test, no branches.
        if v < 0x80 {
            let mask: UInt64 = v < 0x40 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
            return (mask >> UInt64(v & 63)) & 1 != 0
        }
        return isWordScalarBeyondASCII(c)
    }

    @inline(never)
    static func isWordScalarBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return isLetterBeyondASCII(c)
    }

    @inline(never)
    static func isLetterBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic
    }

    /// Punctuation that may follow a closing mark or precede an opening one.
    static func isBoundaryPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "(", "[", "{", "-", "\u{2013}", "\u{2014}",
             "\u{2026}", "/", "*", "_", "\u{00A0}":
            return true
        default:
            return isMarkCandidate(c)
        }
    }

    /// How the mark at `i` may act, judged from its neighbours.
    static func classify(_ s: [Unicode.Scalar], _ i: Int, _ para: Range<Int>) -> Mark? {
        let c = s[i]
        var length = 1
        var scalar = c
        if c == "'" || c == "`" {
            if i + 1 < para.upperBound, s[i + 1] == c {
                length = 2          // '' and `` stand for a double mark (NYT text)
                scalar = c == "`" ? "\u{201C}" : "\""
            } else if c == "`" {
                return nil
            }
        }
        let prev: Unicode.Scalar? = i > para.lowerBound ? s[i - 1] : nil
        let next: Unicode.Scalar? = i + length < para.upperBound ? s[i + length] : nil
        let afterSpace = prev.map { ScalarText.isWhitespace($0) || isBoundaryPunctuation($0) && $0 != "." && $0 != "," } ?? true
        let beforeSpace = next.map { ScalarText.isWhitespace($0) || isBoundaryPunctuation($0) } ?? true
        let nextIsText = next.map { !ScalarText.isWhitespace($0) } ?? false
        let prevIsText = prev.map { !ScalarText.isWhitespace($0) } ?? false
        switch scalar {
        case "\u{201C}", "\u{201F}", "\u{201E}", "\u{00AB}":
            // “ also serves as a closer in „…“; misused at a word's end it closes.
            if scalar == "\u{201C}", prevIsText, !afterSpace, beforeSpace {
                return Mark(family: .double, length: length, canOpen: false, canClose: true, scalar: scalar)
            }
            return Mark(family: .double, length: length, canOpen: true, canClose: scalar == "\u{201C}", scalar: scalar)
        case "\u{201D}", "\u{00BB}":
            if prev.map({ ScalarText.isWhitespace($0) }) ?? true, next.map(isLetter) ?? false {
                return Mark(family: .double, length: length, canOpen: true, canClose: false, scalar: scalar)
            }
            return Mark(family: .double, length: length, canOpen: false, canClose: true, scalar: scalar)
        case "\"":
            var canOpen = afterSpace && nextIsText
            var canClose = beforeSpace && prevIsText
            if !canOpen && !canClose { canOpen = true; canClose = true }   // word"word: toggles
            return Mark(family: .double, length: length, canOpen: canOpen, canClose: canClose, scalar: scalar)
        case "\u{2018}", "\u{201A}":
            let opens = afterSpace && (next.map(isLetter) ?? false)
            let closesHere = prevIsText && beforeSpace && scalar == "\u{2018}"
            guard opens || closesHere else { return nil }
            return Mark(family: .single, length: 1, canOpen: opens, canClose: closesHere, scalar: scalar)
        case "\u{2019}", "'":
            let opens = scalar == "'" && afterSpace && (next.map(isLetter) ?? false)
            let closesHere = prevIsText && beforeSpace
            guard opens || closesHere else { return nil }
            return Mark(family: .single, length: 1, canOpen: opens, canClose: closesHere, scalar: scalar)
        default:
            return nil
        }
    }
}
