import ArticleKit

/// What one `LibraryIndexer.index` run found and did.
public struct IndexReport: Sendable {
    /// One file the paths named, in the order a read of the same paths
    /// would take them.
    public struct File: Sendable, Hashable {
        /// The path as the command line gave it (`bbc/politics/001.txt`):
        /// sources and messages print it so.
        public var path: String
        public var id: Int64
    }

    public var files: [File] = []
    /// Paths that could not be listed or do not exist.
    public var listingErrors: [ReadError] = []
    /// Files read and analysed this run (new, changed, or analysed by an older quoth).
    public var read = 0
    /// Of `read`, those the store had under an older analyser version.
    public var reanalysed = 0
    public var unchanged = 0
    /// Files the store had under the paths that are gone.
    public var removed = 0
    /// Files that could not be read (this run or an earlier one).
    public var failed = 0
    /// Why files read this run could not be read.
    public var newFailures: [ReadError] = []
    /// Bytes of the files read this run.
    public var bytesRead = 0
    public var seconds = 0.0
    /// Of `seconds`: writing to the database, and waiting for files to be read and analysed.
    public var writingSeconds = 0.0
    public var waitingSeconds = 0.0
    /// Of `writingSeconds`: adding the words to the full-text tables.
    public var fullTextSeconds = 0.0
    /// Why the store stopped taking writes (a full disk); what was
    /// committed before stays, and the run that follows goes on from there.
    public var storeError: StoreError?

    public init() {}

    /// Whether every file is in the store as it is on disk now.
    public var isComplete: Bool { storeError == nil }
}
