// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quoth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quoth", targets: ["quoth"]),
        .library(name: "ArticleKit", targets: ["ArticleKit"]),
        .library(name: "ReaderUI", targets: ["ReaderUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The article model library: reading, quote finding, attribution. No UI.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "ArticleKit", dependencies: ["CLibXML2"]),

        // The library that lasts: articles, quotes, speakers, read state and feeds in
        // one SQLite database (GRDB over Debian's libsqlite3). No UI.
        .target(name: "ArticleStore", dependencies: [
            "ArticleKit", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),

        // Pure view logic: state, actions, keymap, layout, rendering into a cell grid; a
        // library on the store is read through ArticleStore's catalog (no SQL here).
        .target(name: "ReaderUI", dependencies: ["ArticleKit", "ArticleStore"]),

        // The terminal: ncursesw, and the thin backend that copies the grid out.
        .systemLibrary(
            name: "CNcursesw", path: "Sources/CNcursesw",
            pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "ReaderUI"]),

        // The shipped theme files (top-level themes/), as resources that travel with the binary.
        .target(
            name: "QuothThemes", path: "themes",
            resources: [.copy("default.theme"), .copy("light.theme"), .copy("high-contrast.theme"), .copy("monochrome.theme")]),

        // The executable: argument parsing and wiring.
        .executableTarget(
            name: "quoth",
            dependencies: [
                "ArticleKit", "ArticleStore", "ReaderUI", "CursesBackend", "QuothThemes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources")]),

        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit"]),
        .testTarget(name: "ArticleStoreTests", dependencies: ["ArticleStore", "ArticleKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "ArticleKit", "ArticleStore", "QuothThemes"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "CNcursesw", "ReaderUI", "ArticleKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ArticleKit", "ArticleStore", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
