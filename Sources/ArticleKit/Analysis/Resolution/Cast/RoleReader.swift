/// Reads the roles an article gives a person around one place their full
/// name stands, in the shapes news uses:
/// - a title before the name: "Tory leader Michael Howard", "Birmingham
///   manager Steve Bruce", "Wanadoo's chief executive Eric Abensur";
/// - an appositive after it: "Jack Straw, the foreign secretary,", "Cary
///   Leahy, senior US economist at Deutsche Bank Securities,";
/// - an appositive before it: "IBM's senior vice president of technology
///   and manufacturing, Nick Donofrio, believes".
struct RoleReader {
    let tokens: [Token]

    /// Roles around the name at tokens `name` (its words, honorific excluded).
    func roles(around name: Range<Int>) -> [Cast.Role] {
        var roles: [Cast.Role] = []
        if let r = premodifier(before: name.lowerBound) { roles.append(r) }
        if let r = appositive(after: name.upperBound, nameStart: name.lowerBound) { roles.append(r) }
        if let r = appositive(before: name.lowerBound, nameEnd: name.upperBound) { roles.append(r) }
        return roles
    }

    /// A word that can end a role: an office ("minister"), a job ("writer"),
    /// a party ("Lib Dem", "Tory"), a calling ("veteran").
    static func isRoleHead(_ t: Neighbours.Word) -> Bool {
        t.is(.occupation) || t.is(.roleHead) || (t.isCapitalized && t.is(.partyWord))
    }

    static func isRoleHead(_ t: Token) -> Bool {
        guard t.isWord, !t.isPossessive else { return false }
        // "American Serena Williams": a nationality before a name is how the article places her.
        return t.is(.occupation) || t.is(.roleHead) || (t.isCapitalized && (t.is(.partyWord) || t.is(.nationality)))
    }

    /// A word that may stand inside a role before its head: "former",
    /// "chief", "home affairs", "Franz Ferdinand", "Scotland's".
    private func isRoleModifier(_ t: Token) -> Bool {
        guard t.isWord else { return t.kind == .punctuation && t.text == "&" }
        if t.isCapitalized { return !t.is(.capitalisedFunctionWord) || Lexicon.roleOpeners.contains(t.lower) }
        if t.is(.determiner) || t.is(.reportingVerb) || t.is(.personalPronoun) || t.is(.groupPronoun) { return false }
        if t.is(.clauseBoundary) || t.isAdverbial || t.looksLikeVerb { return false }
        if t.is(.preposition) { return false }
        if t.text.first?.isNumber == true { return false }
        return true
    }

    // MARK: Before the name

    /// "Former Blackburn boss Roy Hodgson", "Bath director of rugby Jack Rowell".
    func premodifier(before start: Int) -> Cast.Role? {
        var end = start - 1
        // "Indiana Gov. Mike Pence": an office written short is the role's head;
        // "Mr", "Dr", "Sir" are not roles.
        if end >= 0, tokens[end].is(.honorific), !tokens[end].is(.roleHead) { end -= 1 }
        guard end >= 0, tokens[end].isWord else { return nil }
        var i = end
        // "director of rugby": a head, "of" and one word before the name.
        if !Self.isRoleHead(tokens[end]) {
            guard end - 2 >= 0, tokens[end - 1].lower == "of", Self.isRoleHead(tokens[end - 2]), !tokens[end].isCapitalized else { return nil }
            i = end - 2
        }
        var words = 1
        while i - 1 >= 0, words < 7 {
            let p = tokens[i - 1]
            // "chairman and founder", "Trade and Industry Secretary"
            // but not "Culture Secretary Tessa Jowell and Deputy Prime Minister John
            // Prescott": a given name before "and" ends another person's name.
            if p.isWord, p.lower == "and", i - 2 >= 0, Self.isRoleHead(tokens[i - 2]) || tokens[i - 2].isCapitalized && tokens[i].isCapitalized,
               i - 3 < 0 || !(tokens[i - 3].is(.maleFirstName) || tokens[i - 3].is(.femaleFirstName)) || tokens[i - 2].is(.roleWord) {
                i -= 2; words += 2; continue
            }
            guard isRoleModifier(p) else { break }
            // "Said Wales assistant coach Scott Johnson:": the verb opening the sentence is no title.
            if p.is(.reportingVerb), !p.is(.roleWord), i - 2 < 0 || Self.endsSentence(tokens[i - 2]) { break }
            // "The Pakistani president met Prime Minister Tony Blair": a lowercase
            // word before a capitalised title is in it only as a title word itself.
            if !p.isCapitalized, tokens[i].isCapitalized, !Self.isRoleHead(p), !p.is(.roleWord), !p.is(.titleJoiner),
               !Lexicon.roleOpeners.contains(p.lower) { break }
            i -= 1
            words += 1
            // "Wanadoo's chief executive", "Jones' lawyer": the owner opens the role.
            if p.isPossessive { break }
        }
        // "Jailed tycoon": a participle is a passing description, not the role.
        while i < end, Self.isParticiple(tokens[i]) { i += 1 }
        guard i <= end else { return nil }
        return role(i...end)
    }

    /// "jailed", "Retired": a past participle before a role.
    static func isParticiple(_ t: Token) -> Bool {
        let l = t.lower
        return t.isWord && l.utf8.count > 4 && l.endsWithASCII("ed") && !l.contains("-") && !t.is(.nounInEd) && !isRoleHead(t)
    }

    static func endsSentence(_ t: Token) -> Bool {
        t.kind == .quote || t.kind == .punctuation && (t.text == "." || t.text == "!" || t.text == "?" || t.text == ":" || t.text == "\"")
    }

    // MARK: After the name

    /// "Jack Straw, the foreign secretary,", "Hazel Gilbert, 23, an
    /// information manager from Newcastle,", "Robbie Bach, senior vice
    /// president, Microsoft home and entertainment division."
    func appositive(after end: Int, nameStart: Int) -> Cast.Role? {
        var k = end
        guard k < tokens.count, tokens[k].isPunctuation(",") else { return nil }
        k += 1
        // An age: "Ramil Carr, 31, a photographer".
        if k + 1 < tokens.count, tokens[k].isWord, tokens[k].text.allSatisfy(\.isNumber), tokens[k + 1].isPunctuation(",") { k += 2 }
        if k < tokens.count, tokens[k].isWord, tokens[k].lower == "who" { return roleAfterAs(inClauseFrom: k + 1) }
        guard var segment = segmentAfter(k), tokens[segment].contains(where: Self.isRoleHead) || startsWithRoleDescription(segment) else { return nil }
        // An apposition closes with a mark. One left open and running into a
        // verb ("Eric Abensur, Wanadoo's chief executive told…") is read only
        // where the name opens its clause: after "…comment by Tim Phillips, the
        // American said", "the American" is a new subject, not his role.
        if segment.upperBound < tokens.count, tokens[segment.upperBound].isWord,
           !opensASecondDescription(segment.upperBound, after: segment.lowerBound) {
            guard nameStart == 0 || tokens[nameStart - 1].isQuote || Self.endsSentence(tokens[nameStart - 1])
                    || tokens[nameStart - 1].isPunctuation(",") && nameStart >= 2 && tokens[nameStart - 2].isQuote else { return nil }
        }
        var last = segment.upperBound
        // "senior vice president, Microsoft home and entertainment division.": a
        // second part naming the body, running to the sentence's end.
        if last < tokens.count, tokens[last].isPunctuation(","), last + 1 < tokens.count, tokens[last + 1].isCapitalized,
           let more = segmentAfter(last + 1), more.upperBound == tokens.count || tokens[more.upperBound].isPunctuation("."),
           !tokens[more].contains(where: { $0.is(.reportingVerb) }) {
            last = more.upperBound
            segment = segment.lowerBound..<last
        }
        // "from Newcastle", "from London": where someone is from is not their job.
        if let from = tokens[segment].lastIndex(where: { $0.lower == "from" }), from > segment.lowerBound,
           tokens[(from + 1)..<segment.upperBound].allSatisfy(\.isCapitalized) {
            segment = segment.lowerBound..<from
        }
        let first = tokens[segment.lowerBound]
        guard first.is(.determiner) || !first.isCapitalized || first.isPossessive || Self.isRoleHead(first)
                || tokens[segment].contains(where: { !$0.isCapitalized && Self.isRoleHead($0) }) else { return nil }
        return role(segment.lowerBound...(segment.upperBound - 1))
    }

    /// "Tom Forte, who follows Amazon as a managing director at the D.A.
    /// Davidson brokerage": a relative clause that says what the person
    /// works as gives the role after its "as a".
    private func roleAfterAs(inClauseFrom k: Int) -> Cast.Role? {
        var j = k
        while j + 1 < tokens.count, j - k < 10, tokens[j].isWord {
            if tokens[j].lower == "as", tokens[j + 1].isWord, ["a", "an", "the"].contains(tokens[j + 1].lower),
               let segment = segmentAfter(j + 1), tokens[segment].contains(where: Self.isRoleHead) {
                return role(segment.lowerBound...(segment.upperBound - 1))
            }
            j += 1
        }
        return nil
    }

    /// "the SEC's chief accountant", "an analyst at brokerage Aton": a role
    /// whose head the lists may not know, opened by an article or an owner.
    private func startsWithRoleDescription(_ segment: Range<Int>) -> Bool {
        let first = tokens[segment.lowerBound]
        return (first.lower == "the" || first.lower == "a" || first.lower == "an") && segment.count >= 2 && segment.count <= 8
            && tokens[segment].contains(where: { $0.isPossessive }) == false && tokens[segment.upperBound - 1].is(.occupation)
    }

    /// The words from `k` up to the next comma, full stop or clause.
    private func segmentAfter(_ k: Int) -> Range<Int>? {
        var e = k
        while e < tokens.count, e - k < 14 {
            let t = tokens[e]
            // "Procter & Gamble", "research director of gaming VR/AR at IDC".
            if t.kind == .punctuation, t.text == "&" || t.text == "-" || t.text == "/" { e += 1; continue }
            guard t.isWord else { break }
            if t.is(.reportingVerb) && !t.isCapitalized && e > k || Lexicon.relativeWords.contains(t.lower) || t.is(.auxiliary) { break }
            if opensASecondDescription(e, after: k) { break }
            e += 1
        }
        guard e > k, e - k < 14 else { return nil }
        // Ends at a mark, not mid-clause.
        if e < tokens.count, tokens[e].isWord, !tokens[e].is(.reportingVerb), !Lexicon.relativeWords.contains(tokens[e].lower),
           !tokens[e].is(.auxiliary), !opensASecondDescription(e, after: k) { return nil }
        return k..<e
    }

    // MARK: Before the name, set off by commas

    /// "IBM's senior vice president of technology and manufacturing, Nick
    /// Donofrio, believes": a role then the name between commas.
    func appositive(before start: Int, nameEnd: Int) -> Cast.Role? {
        guard start >= 2, tokens[start - 1].isPunctuation(","), nameEnd < tokens.count, tokens[nameEnd].isPunctuation(",") else { return nil }
        let end = start - 2
        // The phrase opens its sentence and holds a role's head: checked below.
        guard tokens[end].isWord, !tokens[end].is(.clauseBoundary), !tokens[end].is(.reportingVerb) else { return nil }
        var i = end
        while i - 1 >= 0, end - i < 12, tokens[i - 1].isWord, !tokens[i - 1].is(.reportingVerb),
              !tokens[i - 1].is(.clauseBoundary) || tokens[i - 1].is(.titleInner) || tokens[i - 1].lower == "and" { i -= 1 }
        // "But the BBC's business editor, Jeff Randall, said": a conjunction may open the sentence.
        let opener = i >= 1 && tokens[i - 1].isCapitalized && Lexicon.sentenceConjunctions.contains(tokens[i - 1].lower)
            && (i == 1 || Self.endsSentence(tokens[i - 2]))
        guard i == 0 || Self.endsSentence(tokens[i - 1]) || opener else { return nil }
        guard tokens[i...end].contains(where: Self.isRoleHead) else { return nil }
        return role(i...end)
    }

    /// "executive vice president of the Brookings Institution and a former
    /// U.S. ambassador to Israel": "and" then a determiner, between two
    /// roles' heads, opens another description of the person; the role is
    /// the first. ("dating expert for Company magazine and the Daily
    /// Express" is one role: no job follows.)
    private func opensASecondDescription(_ k: Int, after start: Int) -> Bool {
        guard k > start, k + 1 < tokens.count, tokens[k].isWord, tokens[k].lower == "and",
              tokens[k + 1].isWord, tokens[k + 1].is(.determiner) else { return false }
        guard tokens[start..<k].contains(where: Self.isRoleHead) else { return false }
        var j = k + 2
        while j < tokens.count, j - k < 10, tokens[j].isWord || tokens[j].text == "-" {
            if Self.isRoleHead(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    private func role(_ r: ClosedRange<Int>) -> Cast.Role? {
        var first = r.lowerBound
        while first <= r.upperBound, tokens[first].isWord, tokens[first].lower == "the" || tokens[first].lower == "a" || tokens[first].lower == "an" {
            first += 1
        }
        guard first <= r.upperBound else { return nil }
        // "executive vice president of the Brookings Institution and a former
        // U.S. ambassador to Israel": two descriptions, the first the job held now.
        var last = r.upperBound
        if first + 1 < last, let and = (first + 1..<last).first(where: { opensASecondDescription($0, after: first) }) {
            last = and - 1
            if tokens[last].isPunctuation(",") { last -= 1 }
        }
        guard first <= last else { return nil }
        let words = tokens[first...last]
        let range = words.first!.range.lowerBound..<words.last!.range.upperBound
        // Words and "&" are spaced; a comma follows its word ("senior vice
        // president, Microsoft …"); a slash joins two ("VR/AR").
        guard words.contains(where: { $0.kind == .punctuation && ($0.text == "," || $0.text == "/") }) else {
            return Cast.Role(text: NounPhrase.joinedText(words), range: range)
        }
        var text = ""
        var previous: Token?
        for t in words {
            if let previous, previous.text != "/", t.isWord || t.text == "&" { text += " " }
            text += t.text
            previous = t
        }
        return Cast.Role(text: text, range: range)
    }
}
