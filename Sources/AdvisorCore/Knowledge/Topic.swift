/// A subject the advisor answers with a list of sourced facts: cost, employers, interviews, …
public struct Topic: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// The heading of the answer: "What it costs".
    public var title: String
    public var facts: [Fact]

    public init(id: String, title: String, facts: [Fact]) {
        self.id = id
        self.title = title
        self.facts = facts
    }
}
