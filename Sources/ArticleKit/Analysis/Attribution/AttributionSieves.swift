/// The order the attribution rules run in: the most specific shapes first,
/// guesses last. One list, in one place; switch a rule off by leaving it out
/// (`Attributor(sieves:)`) to see what it brings.
enum AttributionSieves {
    static let standard: [any AttributionSieve] = [
        TitleOfWorkSieve(),
        VenueNameSieve(),
        MarkupAttributeSieve(),
        SpeakerLabelSieve(),
        DashSignatureSieve(),
        CueAfterQuoteSieve(),
        CueBeforeQuoteSieve(),
        CueClosingSentenceSieve(),
        InvertedCueClosingSentenceSieve(),
        ColonIntroductionSieve(),
        IntroducingParagraphSieve(),
        SignatureParagraphSieve(),
        ReportedSentenceSieve(),
        EchoSieve(),
        MultiParagraphQuoteSieve(),
        SpeakerGoesOnSieve(),
        LooseCueSieve(),
    ]
}
