import ArticleKit

/// A speaker's name made to fit a column without losing who it is.
///
/// "Volodymyr Zelen…" hides the one part a reader needs; a person's given
/// names give way first ("V. Zelensky", "R. Kilroy-Silk"), then go
/// altogether ("Kilroy-Silk"), and only a surname that alone is too long is
/// cut. Particles stay with the surname ("L. van Beethoven"). Names of
/// organisations and unnamed sources have no given names and are cut.
public enum NameFitting {
    public static func fit(_ name: String, to width: Int, kind: Speaker.Kind = .person) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(name) <= width { return name }
        guard kind == .person else { return DisplayWidth.truncate(name, to: width) }
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return DisplayWidth.truncate(name, to: width) }
        // The surname: the last word, with the lowercase particles before it.
        var first = words.count - 1
        while first > 1, particles.contains(words[first - 1].lowercased()) { first -= 1 }
        let surname = words[first...].joined(separator: " ")
        let initials = words[..<first].compactMap { word in word.first(where: \.isLetter).map { "\($0)." } }
        let short = (initials + [surname]).joined(separator: " ")
        if DisplayWidth.of(short) <= width { return short }
        if initials.count > 1 {
            let one = initials[0] + " " + surname
            if DisplayWidth.of(one) <= width { return one }
        }
        return DisplayWidth.truncate(surname, to: width)
    }

    /// Words that belong to the surname after them.
    static let particles: Set<String> = ["van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten"]
}
