/// Words and phrases the program recognises, kept as data in `Knowledge/words.yaml`.
///
/// Adding a way of saying something means adding a phrase here, not Swift code.
public struct WordList: Hashable, Codable, Sendable, Identifiable {
    /// The lists the program reads.
    public enum Name: String, Hashable, Codable, Sendable, CaseIterable {
        /// Words that put a message in the advisor's domain: MLOps, ML, DevOps, data work, tools,
        /// certificates, jobs, pay, learning, career change.
        case domain
        /// Words about work and learning in general ("salary", "skills", "course"): in the domain
        /// only when the classifier does not read the message as out of scope.
        case career
        /// Whole messages that ask to continue the last answer: "more", "go on".
        case more
    }

    public var id: String
    public var description: String
    /// Lower-case words or phrases.
    public var words: [String]

    public init(id: String, description: String, words: [String]) {
        self.id = id
        self.description = description
        self.words = words
    }
}
