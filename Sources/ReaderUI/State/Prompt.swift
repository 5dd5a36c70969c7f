/// The text being typed after `/`, in the reader (search) or the quote view (filter).
public struct Prompt: Hashable, Sendable {
    public var text: String = ""
    /// True while keys go into `text` rather than to the keymap.
    public var editing: Bool = false

    public init(text: String = "", editing: Bool = false) {
        self.text = text
        self.editing = editing
    }
}
