extension Command {
    /// The name a config file uses: `next-quote` for `nextQuote`.
    public var configName: String {
        var name = ""
        for c in rawValue {
            if c.isUppercase { name += "-" + c.lowercased() } else { name.append(c) }
        }
        return name
    }

    public init?(configName: String) {
        guard let command = Command.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = command
    }
}

extension Keymap.Context {
    /// The name a config file uses for the context, after a `bind-key`.
    public var configName: String {
        switch self {
        case .global: "everywhere"
        case .reader: "reader"
        case .sidebar: "speakers"
        case .quotes: "quotes"
        case .library: "library"
        case .librarySpeakers: "library-speakers"
        case .libraryQuotes: "library-quotes"
        case .feeds: "feeds"
        case .feedArticles: "feed-articles"
        case .help: "help"
        case .problems: "problems"
        }
    }

    public init?(configName: String) {
        guard let context = Keymap.Context.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = context
    }
}

extension Keymap {
    /// Binds `key` to `command` in `context`, in place of whatever it did
    /// there; help lists it with the command's own summary.
    public mutating func bind(_ key: Key, to command: Command, in context: Context) {
        var bindings = without(key, in: context)
        if let i = bindings.firstIndex(where: { $0.command == command && $0.context == context }) {
            bindings[i].keys.append(key)
        } else {
            let summary = self.bindings.first { $0.command == command && $0.context == context }?.summary
                ?? self.bindings.first { $0.command == command }?.summary ?? command.configName
            bindings.append(Binding([key], command, context, summary))
        }
        self = Keymap(bindings: bindings)
    }

    /// Takes `key`'s binding in `context` away (a global binding still
    /// applies there unless it is taken away too).
    public mutating func unbind(_ key: Key, in context: Context) {
        self = Keymap(bindings: without(key, in: context))
    }

    private func without(_ key: Key, in context: Context) -> [Binding] {
        bindings.compactMap { binding in
            guard binding.context == context, binding.keys.contains(key) else { return binding }
            var changed = binding
            changed.keys.removeAll { $0 == key }
            return changed.keys.isEmpty ? nil : changed
        }
    }
}
