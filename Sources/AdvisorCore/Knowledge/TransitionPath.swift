/// The move into MLOps from one background, as one source describes it.
///
/// Figures the source does not give stay `nil`: the advisor says so instead of guessing.
public struct TransitionPath: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// The ``Background`` ids this path starts from (the backend/DevOps article covers both).
    public var backgrounds: [String]
    public var title: String
    /// The source the path's figures come from.
    public var source: String
    /// How long the move takes, in months.
    public var duration: MonthRange?
    /// How hard the source rates it ("moderate").
    public var difficulty: String?
    /// The salary increase the source attaches to the move.
    public var salaryUplift: PercentRange?
    /// A short overview in the project's own words.
    public var summary: String
    /// Skills from the background that carry over.
    public var carriesOver: [String]
    /// What is still missing.
    public var gaps: [String]
    /// Tool ids to learn, in the order the plan suggests.
    public var toolsToLearn: [String]
    /// Roadmap stages this background may skip, each with the source's reason.
    public var skipStages: [StageSkip]
    /// Phases of a described journey (the finance story), in order.
    public var phases: [Phase]
    /// Salary figures tied to this path (before and after), each with its source.
    public var salaryMilestones: [SalaryMilestone]
    /// Further facts: disagreements, caveats, job-search figures.
    public var notes: [Fact]
    /// Phrases people ask with when the path itself (`path.<id>`) is the answer; retrieval reads
    /// them, replies never show them. The lists below do the same for the units made from
    /// ``carriesOver``, ``gaps`` and ``toolsToLearn``.
    public var asks: [String]
    public var carriesOverAsks: [String]
    public var gapsAsks: [String]
    public var toolsToLearnAsks: [String]

    public init(
        id: String, backgrounds: [String], title: String, source: String,
        duration: MonthRange? = nil, difficulty: String? = nil, salaryUplift: PercentRange? = nil,
        summary: String, carriesOver: [String] = [], gaps: [String] = [], toolsToLearn: [String] = [],
        skipStages: [StageSkip] = [], phases: [Phase] = [], salaryMilestones: [SalaryMilestone] = [],
        notes: [Fact] = [], asks: [String] = [], carriesOverAsks: [String] = [], gapsAsks: [String] = [],
        toolsToLearnAsks: [String] = []
    ) {
        self.id = id
        self.backgrounds = backgrounds
        self.title = title
        self.source = source
        self.duration = duration
        self.difficulty = difficulty
        self.salaryUplift = salaryUplift
        self.summary = summary
        self.carriesOver = carriesOver
        self.gaps = gaps
        self.toolsToLearn = toolsToLearn
        self.skipStages = skipStages
        self.phases = phases
        self.salaryMilestones = salaryMilestones
        self.notes = notes
        self.asks = asks
        self.carriesOverAsks = carriesOverAsks
        self.gapsAsks = gapsAsks
        self.toolsToLearnAsks = toolsToLearnAsks
    }
}

/// A roadmap stage a background may skip, and why, as a source says it.
public struct StageSkip: Hashable, Codable, Sendable {
    public var stage: String
    public var reason: String
    public var source: String
    /// Phrases people ask with when this is the answer; retrieval reads them, replies never show them.
    public var asks: [String]

    public init(stage: String, reason: String, source: String, asks: [String] = []) {
        self.stage = stage
        self.reason = reason
        self.source = source
        self.asks = asks
    }
}

/// One phase of a described learning journey, e.g. "Foundations, months 1–3".
public struct Phase: Hashable, Codable, Sendable {
    public var title: String
    /// First and last month of the phase, counted from the start of the journey.
    public var months: MonthRange
    public var goal: String
    public var tools: [String]
    public var details: [String]
    public var source: String
    /// Phrases people ask with when this is the answer; retrieval reads them, replies never show them.
    public var asks: [String]

    public init(
        title: String, months: MonthRange, goal: String, tools: [String], details: [String], source: String, asks: [String] = []
    ) {
        self.title = title
        self.months = months
        self.goal = goal
        self.tools = tools
        self.details = details
        self.source = source
        self.asks = asks
    }
}

/// A salary at one point of a journey: "finance, before the move: $85,000".
public struct SalaryMilestone: Hashable, Codable, Sendable {
    public var label: String
    public var salary: MoneyRange
    public var note: String?
    public var source: String
    /// Phrases people ask with when this is the answer; retrieval reads them, replies never show them.
    public var asks: [String]

    public init(label: String, salary: MoneyRange, note: String? = nil, source: String, asks: [String] = []) {
        self.label = label
        self.salary = salary
        self.note = note
        self.source = source
        self.asks = asks
    }
}
