/// One stage of the five-stage roadmap into MLOps.
public struct RoadmapStage: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// 1-based position in the roadmap.
    public var order: Int
    public var title: String
    public var duration: MonthRange
    /// What the stage is about, in the project's own words.
    public var summary: String
    public var skills: [String]
    /// Tool ids the stage introduces.
    public var tools: [String]
    /// The salary the source attaches to reaching this stage.
    public var salary: MoneyRange?
    public var source: String
    /// Words people ask with when this stage is the answer ("where do I start", "math"): retrieval
    /// reads them, replies never show them.
    public var asks: [String]

    public init(
        id: String, order: Int, title: String, duration: MonthRange, summary: String,
        skills: [String], tools: [String], salary: MoneyRange?, source: String, asks: [String] = []
    ) {
        self.id = id
        self.order = order
        self.title = title
        self.duration = duration
        self.summary = summary
        self.skills = skills
        self.tools = tools
        self.salary = salary
        self.source = source
        self.asks = asks
    }
}
