extension Array where Element: Equatable {
    /// Whether `run` stands in this array, its elements in a row: an
    /// office's words in a role's ("chief executive" in "Tesco chief
    /// executive"), a pull quote's words in the quote it repeats.
    func containsRun(_ run: [Element]) -> Bool {
        guard let first = run.first, run.count <= count else { return false }
        for i in 0...(count - run.count) where self[i] == first {
            if self[i..<(i + run.count)].elementsEqual(run) { return true }
        }
        return false
    }
}
