/// "a senior official", "critics", "sources close to the negotiations":
/// nobody named. The source stays in the article's own words, and is a
/// different source in every article.
struct UnnamedStep: ResolutionStep {
    let step = Resolution.Step.unnamed

    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved? {
        guard mention.form == .description else { return nil }
        return Resolved(key: .unnamed(mention.name))
    }
}
