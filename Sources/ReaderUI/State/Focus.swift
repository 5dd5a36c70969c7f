/// The pane that receives keys. Tab cycles through them in this order.
public enum Focus: String, Hashable, Sendable, CaseIterable {
    case sidebar, reader, quotes

    public var label: String {
        switch self {
        case .sidebar: "SPEAKERS"
        case .reader: "READER"
        case .quotes: "QUOTES"
        }
    }

    /// The label in the library, where the middle pane is the article list.
    public var libraryLabel: String { self == .reader ? "LIBRARY" : label }
}
