/// A certification the sources name, with the effect they give it.
public struct Certification: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var aliases: [String]
    /// The salary effect in dollars a year ("+$20K"), if the source gives one.
    public var salaryEffectDollars: Int?
    /// The salary effect in percent ("+25%"), if the source gives one.
    public var salaryEffectPercent: Int?
    /// The id of the certification this one replaced, if any.
    public var replaces: String?
    /// The id of the certification that replaced this one, if any.
    public var replacedBy: String?
    /// What the sources say about it, each with its source.
    public var notes: [Fact]
    public var source: String
    /// Phrases people ask with when the certificate itself (`cert.<id>`) is the answer; retrieval
    /// reads them, replies never show them (its notes carry their own).
    public var asks: [String]

    public init(
        id: String, name: String, aliases: [String], salaryEffectDollars: Int? = nil,
        salaryEffectPercent: Int? = nil, replaces: String? = nil, replacedBy: String? = nil,
        notes: [Fact] = [], source: String, asks: [String] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.salaryEffectDollars = salaryEffectDollars
        self.salaryEffectPercent = salaryEffectPercent
        self.replaces = replaces
        self.replacedBy = replacedBy
        self.notes = notes
        self.source = source
        self.asks = asks
    }
}
