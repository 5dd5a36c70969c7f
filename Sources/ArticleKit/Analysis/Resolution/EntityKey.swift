/// Which entity a mention means: a person or a body under its canonical
/// name, or an unnamed source in the article's own words ("a senior
/// official"), which is a different source in every article.
enum EntityKey: Hashable {
    case person(String)
    case organisation(String)
    case unnamed(String)

    var kind: Speaker.Kind {
        switch self {
        case .person: .person
        case .organisation: .organisation
        case .unnamed: .unnamed
        }
    }

    var name: String {
        switch self {
        case .person(let n), .organisation(let n), .unnamed(let n): n
        }
    }

    var isPerson: Bool { if case .person = self { true } else { false } }
    var isOrganisation: Bool { if case .organisation = self { true } else { false } }
}
