extension SpeakerDirectory.Entry {
    /// A merged speaker as a store kept it, so a library answered from the
    /// store need not merge its speakers again. (The memberwise initializer
    /// stays internal: outside a store, entries come only from `merged()`.)
    public static func kept(name: String, role: String?, kind: Speaker.Kind, aliases: [String], quoteCount: Int, articleCount: Int,
                            members: [SpeakerDirectory.Member]) -> Self {
        Self(name: name, role: role, kind: kind, aliases: aliases, quoteCount: quoteCount, articleCount: articleCount, members: members)
    }
}
