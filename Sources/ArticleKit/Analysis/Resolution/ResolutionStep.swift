/// One step of entity resolution, in the manner of the attribution sieve:
/// it reads one source mention and either says which entity it means, and
/// by what evidence, or passes it on to the next step.
protocol ResolutionStep: Sendable {
    var step: Resolution.Step { get }
    func resolve(_ mention: NounPhrase, in resolver: EntityResolver) -> Resolved?
}

/// What a step decided for one mention.
struct Resolved {
    var key: EntityKey
    /// Where the text names the entity in the form that settled it.
    var evidence: Range<Int>?
    var gender: Lexicon.Gender = .unknown
    /// A role the mention itself gives ("the foreign secretary"), learned for the entity.
    var learnedRole: Cast.Role?
}

/// The order the resolution steps run in: one list, in one place.
enum ResolutionSteps {
    static let standard: [any ResolutionStep] = [
        PronounStep(),
        AcronymStep(),
        OrganisationStep(),
        HonorificStep(),
        SurnameStep(),
        NameStep(),
        OrganisationDescriptionStep(),
        PossessiveStep(),
        RoleNounStep(),
        UnnamedStep(),
    ]
}
