import ArticleKit

/// The reader's main loop: keys → actions → reduce → render → grid → terminal.
public enum EventLoop {
    /// Runs until the user quits or a signal asks to stop.
    ///
    /// - Parameters:
    ///   - load: reads a document the first time the user switches to it.
    ///   - poll: asked after every key and every input timeout for news from
    ///     background work (the library loading); its actions are applied on
    ///     this thread, so no curses call ever happens off it.
    ///   - remember: saves the reading memory whenever it changed.
    ///   - reload: starts `R`'s reload of every feed in the background (its
    ///     progress comes back through `poll`).
    public static func run(_ state: inout ReaderState, on terminal: Terminal,
                           load: (String) -> Result<[Article], ReadError>,
                           poll: () -> Action? = { nil },
                           remember: (ReadingMemory) -> Void = { _ in },
                           reload: () -> Void = {}) {
        if terminal.size != state.size { _ = state.apply(.resize(terminal.size)) }
        terminal.draw(Renderer.render(state), theme: state.theme)
        while true {
            var action: Action?
            if let event = terminal.nextEvent() {
                switch event {
                case .terminate:
                    return
                case .resize(let size):
                    action = .resize(size)
                case .mouse(let mouse):
                    if state.shared.mouseEnabled { action = .mouse(mouse) }
                case .key(let key):
                    action = state.action(for: key)
                }
            }
            let news = poll()
            guard action != nil || news != nil else { continue }
            for next in [news, action].compactMap({ $0 }) {
                var effect = state.apply(next)
                while let pending = effect {
                    effect = nil
                    switch pending {
                    case .quit:
                        return
                    case .redraw:
                        terminal.invalidate()
                    case .load(let index):
                        effect = state.apply(.loaded(index: index, result: load(state.documents[index].path)))
                    case .reloadFeeds:
                        reload()
                    case .openLink, .copy, .pipe:
                        effect = state.apply(.report(perform(pending, config: state.shared.config, on: terminal)))
                    }
                }
                if let memory = state.takeChangedMemory() { remember(memory) }
            }
            terminal.draw(Renderer.render(state), theme: state.theme)
        }
    }

    /// Does what only the world outside quoth can: a browser, the
    /// clipboard, a command. Returns what to tell the user.
    static func perform(_ effect: Effect, config: Config, on terminal: Terminal) -> String {
        switch effect {
        case .openLink(let link):
            let arguments = ExternalCommand.browserArguments(for: link, configured: config.browser)
            var result: Result<Void, ExternalCommand.Failure> = .success(())
            terminal.suspend(pausing: false) { result = ExternalCommand.run(arguments) }
            switch result {
            case .success: return "opened \(link) with \(arguments[0])"
            case .failure(let failure): return "\(failure) (set browser in ~/.config/quoth/config)"
            }
        case .copy(let text):
            if config.osc52 {
                terminal.copyToClipboard(text)
                return "quote copied (OSC 52)"
            }
            guard let arguments = ExternalCommand.copyArguments(configured: config.copyCommand) else {
                return "nothing to copy with: set copy-command, or osc52 yes, in ~/.config/quoth/config"
            }
            switch ExternalCommand.run(arguments, input: text, quiet: true) {
            case .success: return "quote copied with \(arguments[0])"
            case .failure(let failure): return "copy failed: \(failure)"
            }
        case .pipe(let text, let command):
            var result: Result<Void, ExternalCommand.Failure> = .success(())
            terminal.suspend(pausing: true) { result = ExternalCommand.shell(command, input: text) }
            switch result {
            case .success: return "piped to \(command)"
            case .failure(let failure): return "\(command): \(failure)"
            }
        case .quit, .redraw, .load, .reloadFeeds:
            return ""
        }
    }
}
