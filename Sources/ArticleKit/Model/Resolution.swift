/// How a quote's source mention was resolved to its speaker: the step of the
/// entity resolver that decided, and the place in the text that settled it.
///
/// ""…," he said" → Sergey Lavrov by `.pronoun`, with the evidence "Russian
/// Foreign Minister Sergey Lavrov" in paragraph 3: what a reader who doubts
/// the speaker wants to see, and what `quoth quotes --explain` prints.
public struct Resolution: Hashable, Sendable {
    /// The resolver's steps, in the order it tries them. Raw values are what
    /// `quoth quotes --format jsonl` writes in `resolved_by`.
    public enum Step: String, Hashable, Sendable, Codable, CaseIterable {
        /// "Sergey Lavrov": a full name, as the article gives it at its fullest.
        case name
        /// "Mr Lavrov", "Ms Clinton": an honorific and a surname.
        case honorific
        /// "Lavrov": a surname alone, joined to the full name given earlier.
        case surname
        /// "IATA" and "International Air Transport Association": one body.
        case acronym
        /// "the Kremlin", "Rover": an organisation named.
        case organisation
        /// "a Microsoft spokesman", "the company", "the report": the body meant.
        case organisationDescription = "organisation-description"
        /// "Her lawsuit", "Ladbrokes' Warren Lush": whose words they are.
        case possessive
        /// "the foreign secretary", "Russia's top diplomat": the person who holds the role.
        case roleNoun = "role-noun"
        /// "he", "she", "the striker": the most salient person before it.
        case pronoun = "pronoun-by-salience"
        /// "a senior official", "critics": nobody named; stays in the article.
        case unnamed

        /// How the step reads, for the reader's "why".
        public var summary: String {
            switch self {
            case .name: "the name given"
            case .honorific: "honorific and surname"
            case .surname: "surname"
            case .acronym: "acronym"
            case .organisation: "organisation named"
            case .organisationDescription: "the organisation described"
            case .possessive: "possessive"
            case .roleNoun: "role"
            case .pronoun: "pronoun, by salience"
            case .unnamed: "unnamed source"
            }
        }
    }

    public var step: Step
    /// Where the text names the speaker in the form that settled it ("Russian
    /// Foreign Minister Sergey Lavrov"), when that is not the mention itself.
    public var evidence: TextSpan?
    /// The paragraph the evidence stands in.
    public var evidenceParagraph: Int?

    public init(step: Step, evidence: TextSpan? = nil, evidenceParagraph: Int? = nil) {
        self.step = step
        self.evidence = evidence
        self.evidenceParagraph = evidenceParagraph
    }
}
