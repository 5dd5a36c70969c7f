/// Counts as the screens write them: "10,544 quotes", "1 echo", "2,200
/// articles". One spelling everywhere, so the title bar and the quote view
/// never look like two different numbers.
enum CountText {
    /// `n` with thousands separated by commas: "11,360".
    static func number(_ n: Int) -> String {
        var digits = ""
        for (i, digit) in String(n.magnitude).reversed().enumerated() {
            if i > 0, i % 3 == 0 { digits.append(",") }
            digits.append(digit)
        }
        return (n < 0 ? "-" : "") + String(digits.reversed())
    }

    /// "10,544 quotes", "1 echo".
    static func counted(_ n: Int, _ one: String, _ many: String) -> String {
        number(n) + " " + (n == 1 ? one : many)
    }
}
