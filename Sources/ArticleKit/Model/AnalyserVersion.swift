/// Which analyser produced a stored article's quotes and speakers.
///
/// The store (ArticleStore) keeps each article's analysis with this number
/// beside it; a row with an older number is read and analysed again the next
/// time its file is indexed, so "when attribution changes" the library catches
/// up lazily instead of being rebuilt all at once. Raise it with any change
/// to ArticleAnalyzer, the sieves or resolution that moves a quote, a
/// speaker, a role or a resolution step.
public enum AnalyserVersion {
    public static let current = 12
}
