import ArticleKit

/// The reader's main loop: keys → actions → reduce → render → grid → terminal.
public enum EventLoop {
    /// Runs until the user quits or a signal asks to stop; `load` reads a
    /// document the first time the user switches to it.
    public static func run(_ state: inout ReaderState, on terminal: Terminal,
                           load: (String) -> Result<[Article], ReadError>) {
        if terminal.size != state.size { _ = state.apply(.resize(terminal.size)) }
        terminal.draw(Renderer.render(state), theme: state.theme)
        while true {
            guard let event = terminal.nextEvent() else { continue }
            let action: Action
            switch event {
            case .terminate:
                return
            case .resize(let size):
                action = .resize(size)
            case .mouse(let mouse):
                guard state.mouseEnabled else { continue }
                action = .mouse(mouse)
            case .key(let key):
                guard let mapped = state.action(for: key) else { continue }
                action = mapped
            }
            var effect = state.apply(action)
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
            terminal.draw(Renderer.render(state), theme: state.theme)
        }
    }
}
