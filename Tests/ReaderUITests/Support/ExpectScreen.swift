import Testing

/// Compares a screen with the expected text line by line, so a failure
/// names the first line that differs.
func expectScreen(_ screen: Screen, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(actual.count == wanted.count, "rows", sourceLocation: sourceLocation)
    for (row, (a, w)) in zip(actual, wanted).enumerated() where a != w {
        Issue.record("row \(row):\n  got:  \(a.debugDescription)\n  want: \(w.debugDescription)\nwhole screen:\n\(screen.text)",
                     sourceLocation: sourceLocation)
        return
    }
}
