/// A tool or platform the sources tell an MLOps engineer to learn.
public struct Tool: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// Its usual spelling: "Kubernetes".
    public var name: String
    /// Other names people type: "k8s", "kube".
    public var aliases: [String]
    /// ``ToolGroup`` ids, as the sources group them.
    public var groups: [String]
    /// One line on what it is for.
    public var purpose: String
    /// Ids of the sources that mention it.
    public var sources: [String]
    /// Phrases people ask with when this is the answer; retrieval reads them, replies never show them.
    public var asks: [String]

    public init(
        id: String, name: String, aliases: [String], groups: [String], purpose: String, sources: [String], asks: [String] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.groups = groups
        self.purpose = purpose
        self.sources = sources
        self.asks = asks
    }
}

/// A family of tools as the sources group them: core, cloud, CI/CD, monitoring, …
public struct ToolGroup: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Other names people type: "ci/cd", "pipelines".
    public var aliases: [String]
    public var summary: String
    public var sources: [String]
    /// Phrases people ask with when this is the answer; retrieval reads them, replies never show them.
    public var asks: [String]

    public init(id: String, name: String, aliases: [String], summary: String, sources: [String], asks: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.sources = sources
        self.asks = asks
    }
}
