/// A yearly salary band for one role and level, as one source states it.
///
/// Several sources give different bands for the same level; all of them are kept, and
/// answers show each with its source.
public struct SalaryFigure: Hashable, Codable, Sendable {
    /// The role: `mlops-engineer`, `prompt-engineer`, `ai-product-manager`, …
    public var role: String
    public var level: SalaryLevel
    /// The title as the source words it: "Senior MLOps Engineer".
    public var title: String
    /// `nil` when the source says it has no data for this level.
    public var salary: MoneyRange?
    public var note: String?
    public var source: String
    /// Phrases people ask with when this is the answer; retrieval reads them, replies never show them.
    public var asks: [String]

    public init(
        role: String, level: SalaryLevel, title: String, salary: MoneyRange?, note: String? = nil, source: String,
        asks: [String] = []
    ) {
        self.role = role
        self.level = level
        self.title = title
        self.salary = salary
        self.note = note
        self.source = source
        self.asks = asks
    }
}
