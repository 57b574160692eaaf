/// Words and phrases people use for one thing, kept as data in `Knowledge/related.yaml`:
/// "pay", "earn", "compensation", "salary", "package".
///
/// Retrieval reads a question that uses one of them as also asking with the others, at a
/// weight below the words typed (``FactIndex/Boosts/related``): "how much do they earn?" finds
/// the units that say "salary". A phrase of several words counts when all of its content words
/// are in the question.
///
/// A group may also name the topics whose units answer what its words ask about ("pay": the
/// salary figures, how pay grows): a question holding one of its phrases lifts those units a
/// little (``FactIndex/Boosts/relatedTopic``), as an answer's kind lifts its topics.
public struct RelatedWords: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// Lower-case words or phrases, two or more.
    public var words: [String]
    /// Topic ids (a topic of `topics.yaml`, or a record family: "paths", "roadmap", "tools",
    /// "certifications", "salary") whose units answer what the group's words ask about; may be empty.
    public var topics: [String]

    public init(id: String, words: [String], topics: [String] = []) {
        self.id = id
        self.words = words
        self.topics = topics
    }
}
