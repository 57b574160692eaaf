/// Words and phrases people use for one thing, kept as data in `Knowledge/related.yaml`:
/// "pay", "earn", "compensation", "salary", "package".
///
/// Retrieval reads a question that uses one of them as also asking with the others, at a
/// weight below the words typed (``FactIndex/Boosts/related``): "how much do they earn?" finds
/// the units that say "salary". A phrase of several words counts when all of its content words
/// are in the question.
public struct RelatedWords: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// Lower-case words or phrases, two or more.
    public var words: [String]

    public init(id: String, words: [String]) {
        self.id = id
        self.words = words
    }
}
