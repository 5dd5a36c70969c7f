import ArticleKit
import ArticleStore
import Foundation

extension ReaderLaunch {
    /// The library launch from the store: the first frame from what the
    /// store holds (the paths given first, then every other stored article),
    /// with no file read, analysed or stat-ed; `StoreLibraryLoader` then
    /// checks the paths' files and indexes what is new or changed.
    ///
    /// No paths: the store as last indexed (`quoth` with no paths when the
    /// store holds a library and there are no feeds).
    public static func prepareStored(paths: [String], catalog: LibraryCatalog,
                                     settings: LaunchSettings) throws(StoreError) -> (launch: ReaderLaunch, loader: StoreLibraryLoader) {
        let first = try StoredLibraryContents.firstFrame(catalog, loadingNote: paths.isEmpty ? nil : "checking files")
        var library = LibraryScreen(contents: first, total: first.articleCount, loading: !paths.isEmpty, size: settings.size)
        library.name = paths.isEmpty ? "the store" : paths.count == 1 ? folderName(paths[0]) : "\(paths.count) paths"
        // Sources in the store are absolute: shown relative to the absolute folders.
        library.paths = PathDisplay(roots: catalog.given)
        let launch = finish(ReaderState(library: library, size: settings.size), warnings: [], files: [], settings: settings)
        return (launch, StoreLibraryLoader(first: first, paths: paths))
    }
}
