import ArticleKit
import Foundation

/// The list's date labels ("2 Dec 2009"), made for the rows drawn and kept.
///
/// A library of 100,000 articles would spend most of a second formatting
/// every date up front; a frame draws forty. A class behind a lock because
/// drawing does not change the screen's state.
final class DateLabels: @unchecked Sendable {
    private let dates: DateText
    private var labeler: DateText.Labeler?
    private var made: [String: String] = [:]
    private let lock = NSLock()

    init(_ dates: DateText) { self.dates = dates }

    /// The label for a date as its source wrote it.
    func day(_ published: String) -> String {
        lock.withLock {
            if let label = made[published] { return label }
            if labeler == nil { labeler = dates.labeler() }
            let label = labeler!.day(PublishedDate(published))
            if made.count > 4096 { made = [:] }
            made[published] = label
            return label
        }
    }
}
