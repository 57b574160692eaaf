/// A subject the advisor answers with a list of sourced facts: cost, employers, interviews, …
public struct Topic: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// The heading of the answer: "What it costs".
    public var title: String
    public var facts: [Fact]
    /// Words people ask with about the topic as a whole ("is it worth it", "job market"): retrieval
    /// reads them with the title, replies never show them.
    public var asks: [String]

    public init(id: String, title: String, facts: [Fact], asks: [String] = []) {
        self.id = id
        self.title = title
        self.facts = facts
        self.asks = asks
    }
}
