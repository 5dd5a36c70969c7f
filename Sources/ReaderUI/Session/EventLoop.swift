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
    public static func run(_ state: inout ReaderState, on terminal: Terminal,
                           load: (String) -> Result<[Article], ReadError>,
                           poll: () -> Action? = { nil },
                           remember: (ReadingMemory) -> Void = { _ in }) {
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
                    }
                }
                if let memory = state.takeChangedMemory() { remember(memory) }
            }
            terminal.draw(Renderer.render(state), theme: state.theme)
        }
    }
}
