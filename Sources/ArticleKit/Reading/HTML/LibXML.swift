import CLibXML2

/// libxml2's process-wide set-up, done once, and its per-thread quiet.
///
/// `ArticleBatch` reads files on every core at once: libxml2 is safe for
/// that only after `xmlInitParser` has run once, and its error printer is
/// per thread, so each parsing thread silences its own (recovered errors
/// on real pages are expected, not news for the user's terminal).
enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Call before any libxml2 work on the current thread.
    static func prepare() {
        _ = initialized
        quoth_xmlSilence()
    }
}
