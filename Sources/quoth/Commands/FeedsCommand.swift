import ArgumentParser

/// `quoth feeds`: the subscriptions, kept in newsboat's urls format.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "List, add, import and export the feeds `quoth fetch` reads.",
        discussion: """
            Feeds live in the urls file, newsboat's format: one feed URL a line, then optional \
            tags ("~Title" renames the feed, tags with spaces in double quotes, # comments). \
            A newsboat user can pass theirs with --urls.
            """,
        subcommands: [FeedsListCommand.self, FeedsAddCommand.self, FeedsImportCommand.self, FeedsExportCommand.self],
        defaultSubcommand: FeedsListCommand.self)
}
