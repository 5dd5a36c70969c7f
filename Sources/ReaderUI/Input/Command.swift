/// A named request a key can make, like tig's requests.
///
/// What a command does depends on the focused view (`lineDown` scrolls the
/// reader but moves the cursor in a list); the reducer decides.
public enum Command: String, Hashable, Sendable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case cycleFocus, cycleFocusBackward, focusSidebar, focusReader, focusQuotes
    case select, cancel
    case nextQuote, previousQuote, nextSpeakerQuote, previousSpeakerQuote
    case search, searchNext, searchPrevious
    case nextArticle, previousArticle
    case sort, toggleRead, nextUnread, markAllRead, problems
    case openLink, copyQuote, pipe, why
    case reloadFeeds, openFeeds
    case nextTheme, help, redraw, close, quit
}
