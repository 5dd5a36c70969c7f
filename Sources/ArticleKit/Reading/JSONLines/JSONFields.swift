/// The members of one line's JSON object, read with errors that name the
/// line ("stdin:17") and the member at fault.
struct JSONFields {
    let members: [String: JSONValue]
    let location: String

    init(_ value: JSONValue, location: String) throws(ReadError) {
        guard let members = value.object else { throw ReadError(path: location, reason: "not a JSON object") }
        self.members = members
        self.location = location
    }

    func problem(_ reason: String) -> ReadError { ReadError(path: location, reason: reason) }

    /// A member that names an article: a string, or a number kept as written.
    func identifier(_ name: String) throws(ReadError) -> String {
        switch members[name] {
        case .string(let s)?: return s
        case .number(let n)?: return n
        case nil, .null?: throw problem("no \"\(name)\"")
        default: throw problem("\"\(name)\" is neither a string nor a number")
        }
    }

    /// A member that is a string when present; null counts as absent.
    func string(_ name: String) throws(ReadError) -> String? {
        switch members[name] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw problem("\"\(name)\" is not a string")
        }
    }

    /// A member that is an object when present; null counts as absent.
    func object(_ name: String) throws(ReadError) -> JSONFields? {
        switch members[name] {
        case nil, .null?: return nil
        case .object?: return try JSONFields(members[name]!, location: location)
        default: throw problem("\"\(name)\" is not an object")
        }
    }

    /// `start..<end` when both members are whole numbers (quoth's spans).
    var span: Range<Int>? {
        guard case .number(let s)? = members["start"], case .number(let e)? = members["end"],
              let start = Int(s), let end = Int(e) else { return nil }
        return start..<max(start, end)
    }
}
