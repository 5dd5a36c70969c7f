import Foundation

/// `quoth quote file` is a typo for `quoth quotes file`, not a request to
/// open files called "quote" and "file". With no subcommand named, quoth
/// reads its arguments as paths, so a first argument that is no file, no
/// URL and no command, but close to a command's name, is taken for a typo.
enum MistypedCommand {
    /// The command `argument` was probably meant to be, or nil when it is a
    /// path that exists, an option, a URL, a command, or near none of them.
    static func suggestion(for argument: String, among commands: [String]) -> String? {
        guard !argument.hasPrefix("-"), !argument.contains("/"), !commands.contains(argument),
              !FileManager.default.fileExists(atPath: argument) else { return nil }
        let typed = argument.lowercased()
        let candidates = commands.compactMap { name -> (name: String, distance: Int)? in
            if typed.count >= 3 && name.hasPrefix(typed) { return (name, 0) }
            let distance = editDistance(typed, name)
            return distance <= (name.count <= 4 ? 1 : 2) ? (name, distance) : nil
        }
        return candidates.min { $0.distance < $1.distance }?.name
    }

    /// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
