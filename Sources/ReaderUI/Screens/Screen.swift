/// One screen of quoth, as tig has views: each owns its state, handles its
/// commands and draws itself; `ReaderState` keeps them in a stack.
public enum Screen: Sendable {
    case library(LibraryScreen)
    case article(ArticleScreen)
    case help(HelpScreen)
    case problems(ProblemsScreen)
    case feeds(FeedsScreen)

    /// Shown over another screen, whose title bar stays.
    var isOverlay: Bool {
        switch self {
        case .help, .problems: true
        case .library, .article, .feeds: false
        }
    }

    mutating func apply(_ command: Command, _ shared: inout SharedState) -> Outcome? {
        switch self {
        case .library(var screen):
            self = .help(.placeholder)
            defer { self = .library(screen) }
            return screen.apply(command, &shared)
        case .article(var screen):
            self = .help(.placeholder)
            defer { self = .article(screen) }
            return screen.apply(command, &shared)
        case .help(var screen):
            defer { self = .help(screen) }
            return screen.apply(command)
        case .problems(var screen):
            defer { self = .problems(screen) }
            return screen.apply(command)
        case .feeds(var screen):
            self = .help(.placeholder)
            defer { self = .feeds(screen) }
            return screen.apply(command, &shared)
        }
    }

    /// A change to the open prompt, if the screen has one.
    mutating func edit(_ change: (inout Prompt) -> Void) {
        switch self {
        case .library(var screen):
            self = .help(.placeholder)
            screen.edit(change)
            self = .library(screen)
        case .article(var screen):
            self = .help(.placeholder)
            screen.edit(change)
            self = .article(screen)
        case .help, .problems, .feeds: break
        }
    }

    mutating func resize(to size: Size) {
        switch self {
        case .library(var screen):
            self = .help(.placeholder)
            screen.resize(to: size)
            self = .library(screen)
        case .article(var screen):
            self = .help(.placeholder)
            screen.resize(to: size)
            self = .article(screen)
        case .help(var screen):
            screen.resize(to: size)
            self = .help(screen)
        case .problems(var screen):
            screen.resize(to: size)
            self = .problems(screen)
        case .feeds(var screen):
            self = .help(.placeholder)
            screen.resize(to: size)
            self = .feeds(screen)
        }
    }

    mutating func handle(_ event: MouseEvent, _ shared: inout SharedState) -> Outcome? {
        switch self {
        case .library(var screen):
            self = .help(.placeholder)
            screen.handle(event)
            self = .library(screen)
        case .article(var screen):
            self = .help(.placeholder)
            defer { self = .article(screen) }
            return screen.handle(event, &shared)
        case .help(var screen):
            screen.handle(event)
            self = .help(screen)
        case .problems(var screen):
            screen.handle(event)
            self = .problems(screen)
        case .feeds(var screen):
            self = .help(.placeholder)
            screen.handle(event)
            self = .feeds(screen)
        }
        return nil
    }

    var activePrompt: Prompt? {
        switch self {
        case .library(let screen): screen.activePrompt
        case .article(let screen): screen.activePrompt
        case .help, .problems, .feeds: nil
        }
    }

    var keyContext: Keymap.Context {
        switch self {
        case .library(let screen): screen.keyContext
        case .article(let screen): screen.keyContext
        case .help: .help
        case .problems: .problems
        case .feeds(let screen): screen.keyContext
        }
    }

    /// The quote `y` copies, as a citation.
    var citationForCopy: String? {
        switch self {
        case .article(let screen): screen.quoteForCopy.map { QuoteCitation.text(screen.article.quotes[$0], in: screen.article) }
        case .library(let screen): screen.citationForCopy
        case .help, .problems, .feeds: nil
        }
    }

    /// What `|` sends to a command.
    var textForPipe: String? {
        switch self {
        case .article(let screen): screen.textForPipe
        case .library(let screen): screen.textForPipe
        case .help, .problems, .feeds: nil
        }
    }

    var statusLine: StatusLine {
        switch self {
        case .library(let screen): screen.statusLine
        case .article(let screen): screen.statusLine
        case .help(let screen): screen.statusLine
        case .problems(let screen): screen.statusLine
        case .feeds(let screen): screen.statusLine
        }
    }
}

extension HelpScreen {
    /// Stands in for a screen while it is being changed, so the screen's
    /// arrays are not shared (and copied) when they are written.
    static let placeholder = HelpScreen(lineCount: 0, size: Size(width: 0, height: 0))
}
