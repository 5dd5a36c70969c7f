import Foundation

// libFuzzer entry points for ArticleKit, built by `.ci/fuzz` together with
// ArticleKit's sources into one instrumented binary (`swiftc
// -sanitize=fuzzer,address`). One binary serves every target so the slow
// sanitized whole-module build runs once on a shared two-core machine; the
// target is picked by QUOTH_FUZZ_TARGET. This folder is not a SwiftPM target,
// so `swift build` and `swift test` never see fuzzer flags.

/// What one fuzz run exercises; the names are the script's target names.
enum FuzzTarget: String, CaseIterable {
    /// Bytes read as a .txt file: decoding, paragraphs, analysis.
    case plain
    /// Bytes read as a .html page: charset, libxml2, extraction, analysis.
    case html
    /// Bytes read as an .rss file: XML, entries, HTML bodies, analysis.
    case feed
    /// Bytes decoded leniently and handed to the analyser directly, so the
    /// fuzzer spends no time on the decoder's refusals (empty, binary).
    case analysis

    /// Read once; an unknown name stops the run before it wastes hours.
    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["QUOTH_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("QUOTH_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ data: Data) {
        let reader = ArticleReader()
        switch self {
        case .plain: _ = try? reader.articles(from: data, source: "fuzz.txt")
        case .html: _ = try? reader.articles(from: data, source: "fuzz.html")
        case .feed: _ = try? reader.articles(from: data, source: "fuzz.rss")
        case .analysis:
            let text = String(decoding: data, as: UTF8.self)
            _ = ArticleReader.plainText(text, source: "fuzz.txt")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTarget.current.run(Data(bytes: bytes, count: count))
    return 0
}
