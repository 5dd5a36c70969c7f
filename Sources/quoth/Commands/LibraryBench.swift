import ArgumentParser
import ArticleKit
import ArticleStore
import CursesBackend
import Foundation
import ReaderUI

/// `quoth bench-ui --library FOLDER`: the library's figures, the way a user
/// meets them: launch to first frame, launch to fully indexed (every file
/// read, speakers merged, echoes found), the quote filter's key-to-frame
/// over every quote of the library, and peak resident memory.
struct LibraryBench {
    var paths: [String]
    var size: Size
    var rounds: Int

    func run() throws {
        let prepared = try ReaderLaunch.prepare(paths: paths, settings: LaunchSettings(themes: ReadCommand.themeLibrary, size: size))
        var state = prepared.state
        let loader = LibraryLoader(files: prepared.files)
        loader.start(from: state.libraryScreen?.library ?? Library())
        let frame = Renderer.render(state)
        if let terminal = CursesTerminal.headless(size: size) {
            terminal.draw(frame, theme: state.theme)
            terminal.close()
        }
        let firstFrame = BenchUICommand.secondsSinceProcessStart()
        print(String(format: "first frame: %.1f ms after process start (/proc/self/stat, 10 ms ticks)", firstFrame * 1000))

        // Poll as the event loop does, drawing each snapshot.
        var done = false
        while !done {
            if let action = loader.take() {
                if case .libraryLoaded(_, let finished) = action { done = finished }
                _ = state.apply(action)
                _ = Renderer.render(state)
            } else {
                usleep(1000)
            }
        }
        let indexed = BenchUICommand.secondsSinceProcessStart()
        let library = state.libraryScreen!.library!
        print(String(format: "fully indexed: %.1f ms after process start: %d articles, %d quotes, %d speakers, %d echo groups, %d skipped",
                     indexed * 1000, library.articles.count, library.quotes.count, library.speakers.count,
                     library.echoes.groups.count, library.failures.count))

        print("indexing again on one thread, from the articles already read:")
        LibraryBench.phases(library.articles)

        try keys(&state, quotes: library.quotes.count)
    }

    /// `quoth bench-ui --library --store DIR`: the same figures for the
    /// library on the store, launched as `quoth DIR` launches it: first
    /// frame from the store, everything searchable (members merged, titles
    /// folded), every file checked for changes, then the same keys.
    func runOnStore() throws {
        // As `quoth DIR` opens it: the store with the reading state, then the catalog.
        let (persistence, warnings) = ReadingPersistence.open()
        guard let store = persistence.store else { throw ValidationError(warnings.joined(separator: "\n")) }
        let catalog = LibraryCatalog(store: store, given: paths)
        guard try catalog.holdsGiven() else {
            throw ValidationError("\(paths.joined(separator: " ")) is not indexed in \(store.location.path): run `quoth index` on it first")
        }
        let (launch, loader) = try ReaderLaunch.prepareStored(
            paths: paths, catalog: catalog,
            settings: LaunchSettings(themes: ReadCommand.themeLibrary, size: size, memory: persistence.load().memory))
        var state = launch.state
        loader.start()
        let frame = Renderer.render(state)
        if let terminal = CursesTerminal.headless(size: size) {
            terminal.draw(frame, theme: state.theme)
            terminal.close()
        }
        let firstFrame = BenchUICommand.secondsSinceProcessStart()
        print(String(format: "first frame (store): %.1f ms after process start (/proc/self/stat, 10 ms ticks)", firstFrame * 1000))
        var searchable = false, complete = false, done = false
        while !done {
            if let action = loader.take() {
                _ = state.apply(action)
                _ = Renderer.render(state)
                guard case .libraryContents(let contents, let finished) = action, let stored = contents as? StoredLibraryContents else { continue }
                done = finished
                if !searchable, stored.isSearchable {
                    searchable = true
                    print(String(format: "everything searchable (every article listed, titles and speakers folded): %.1f ms after process start",
                                 BenchUICommand.secondsSinceProcessStart() * 1000))
                }
                if !complete, stored.isComplete {
                    complete = true
                    print(String(format: "speakers' members merged in (colours, a speaker's quotes): %.1f ms after process start",
                                 BenchUICommand.secondsSinceProcessStart() * 1000))
                }
            } else {
                usleep(1000)
            }
        }
        let contents = state.libraryScreen!.contents
        print(String(format: "files checked, library current: %.1f ms after process start: %d articles, %d quotes, %d speakers",
                     BenchUICommand.secondsSinceProcessStart() * 1000, contents.articleCount, contents.quoteCount, contents.speakers.count))
        try keys(&state, quotes: contents.quoteCount)
    }

    /// Types "war" and "blair" into the open filter and deletes them, `rounds`
    /// times: each key's time to the next frame, in ms.
    func typeFilter(_ state: inout ReaderState) -> [Double] {
        var samples: [Double] = []
        for _ in 0..<rounds {
            for key in Array("war") + [nil, nil, nil] + Array("blair") + [nil, nil, nil, nil, nil] {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = state.apply(.edit(key.map(Prompt.Edit.insert) ?? .deleteBackward))
                _ = Renderer.render(state)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        return samples
    }

    /// The quote filter, choosing a speaker, every kind of key, and peak memory.
    func keys(_ state: inout ReaderState, quotes: Int) throws {
        // The quote filter over every quote in the library, one key at a time.
        _ = state.apply(.command(.focusQuotes))
        _ = state.apply(.command(.search))
        let samples = typeFilter(&state)
        print("filter keystroke over \(quotes) quotes at \(size), \(samples.count) keys: " + BenchUICommand.summary(samples))

        // Picking the most quoted speaker, and moving through the article list.
        var picks: [Double] = []
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = state.apply(.command(.cancel))
            _ = state.apply(.command(.cancel))
            _ = state.apply(.command(.focusSidebar))
            _ = state.apply(.command(.select))
            _ = Renderer.render(state)
            picks.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print("choose a speaker (s Enter): " + BenchUICommand.summary(picks))

        // The same filter over the chosen speaker's quotes alone.
        let theirs = state.libraryScreen?.quoteRows.count ?? 0
        _ = state.apply(.command(.search))
        let narrowing = typeFilter(&state)
        print("filter keystroke over the chosen speaker's \(theirs) quotes, \(narrowing.count) keys: " + BenchUICommand.summary(narrowing))

        // Every kind of key across the library: the list, the sidebar, the quote view, an
        // article opened and closed, help and the problems list.
        _ = state.apply(.command(.cancel))
        _ = state.apply(.command(.cancel))
        _ = state.apply(.command(.focusReader))
        let script = "j j j k Space b Ctrl-D Ctrl-U G g o o o o / b l a i r Enter j Enter ] ] } n Space q Esc "
            + "s j j Enter j j Space Enter ] q Esc Esc Tab Tab Tab f j Space b g Esc u q m k m ? j q ! q"
        let words = script.split(separator: " ")
        let keys = words.map(BenchUICommand.key)
        var keySamples: [Double] = []
        var slowest: [String: Double] = [:]
        for _ in 0..<max(1, rounds / 5) {
            for (n, key) in keys.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = state.apply(state.action(for: key))
                _ = Renderer.render(state)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                keySamples.append(ms)
                let name = "\(words[n]) (key \(n + 1))"
                slowest[name] = max(slowest[name] ?? 0, ms)
            }
        }
        print("library keys (list, sidebar, quote view, open and back) at \(size), \(keySamples.count) keys: "
              + BenchUICommand.summary(keySamples))
        print("  slowest: " + slowest.sorted { $0.value > $1.value }.prefix(4).map { String(format: "%@ %.1f ms", $0.key, $0.value) }
            .joined(separator: ", "))

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "peak resident memory: %.1f MB", Double(usage.ru_maxrss) / 1024))
    }
}

extension LibraryBench {
    /// Where indexing time goes, measured on articles already read.
    static func phases(_ articles: [Article]) {
        var t = DispatchTime.now().uptimeNanoseconds
        func lap(_ what: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            print(String(format: "  %@: %.1f ms", what, Double(now - t) / 1e6))
            t = now
        }
        var library = Library()
        for a in articles { library.add(a) }
        lap("add (fold quotes for the filter, hash words for echoes)")
        library.index(echoes: false)
        lap("merge speakers")
        library.index(echoes: true)
        lap("merge speakers + echoes")
    }
}
