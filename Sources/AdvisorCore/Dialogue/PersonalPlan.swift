/// A plan for one person, worked out from their background and what the sources say carries over.
///
/// The stages a background may skip come from its paths' `skipStages`; the remaining stages'
/// durations are summed (``arithmetic`` shows the sum); tools follow the path's order, then the
/// stages'; a current salary is projected with the path's documented uplift.
public struct PersonalPlan: Hashable, Sendable {
    /// The background's id, or `nil` for a background the sources do not cover.
    public var background: Background?
    /// A job the sources do not cover, in the person's words.
    public var unknownBackground: String?
    /// The paths the sources describe from this background (one per source).
    public var paths: [TransitionPath]
    public var skipped: [SkippedStage]
    public var remaining: [RoadmapStage]
    /// The sum of the remaining stages' durations.
    public var total: MonthRange
    /// The tools to learn, in the order of ``toolSteps``.
    public var tools: [Tool]
    /// The tools to learn as one sequence: each remaining stage's, in stage order, then the ones
    /// only a path names. Tools of skipped stages and tools the person knows are left out.
    public var toolSteps: [ToolStep]
    /// Certifications that fit, without replaced ones and ones the person holds.
    public var certifications: [Certification]
    public var projection: SalaryProjection?
    /// The salary the person gave, projected when a path documents an uplift.
    public var currentSalary: Money?
    public var hoursPerWeek: Int?

    /// Tools to learn at one step of the plan: a stage's ("ML Pipelines + Experiment Tracking"),
    /// or the path's extras (`stage == nil`), with the sources that name them.
    public struct ToolStep: Hashable, Sendable {
        public var stage: RoadmapStage?
        public var tools: [Tool]
        public var sources: [String]
    }

    /// A stage left out, with the source's reason.
    public struct SkippedStage: Hashable, Sendable {
        public var stage: RoadmapStage
        public var reason: StageSkip
    }

    /// A current salary with a path's percentage uplift applied, in the salary's own currency and
    /// period: the sources give percentages, and no exchange rates.
    public struct SalaryProjection: Hashable, Sendable {
        public var current: Money
        public var uplift: PercentRange
        /// The raised amounts, in `current`'s currency and period (equal for a single percentage).
        public var projectedMin: Int
        public var projectedMax: Int
        /// The source of the percentages.
        public var source: String

        public init(current: Money, uplift: PercentRange, source: String) {
            self.current = current
            self.uplift = uplift
            self.source = source
            projectedMin = Self.apply(uplift.min, to: current.amount)
            projectedMax = Self.apply(uplift.max, to: current.amount)
        }

        /// The projection written out: "$85,000 a year with +70% to +100% = $144,500–$170,000 a year",
        /// "PKR 450,000 a month with +30% = PKR 585,000 a month".
        public var arithmetic: String {
            let range =
                projectedMin == projectedMax
                ? current.text(of: projectedMin)
                : Money(projectedMin, currency: current.currency).text + "–" + current.text(of: projectedMax)
            return "\(current.text) with \(uplift.text) = \(range)"
        }

        /// What the projection is not: the articles' figures are US dollars a year, and an amount
        /// in another currency or period stays in it; nil for US dollars a year.
        public var termsNote: String? {
            let period = current.period.map { " " + $0.phrase } ?? ""
            if let code = current.currency, code != Currency.usDollars {
                return "The articles' figures are US dollars a year; I kept yours in \(code)\(period), as they give no exchange rates."
            }
            if current.currency == nil {
                return "The articles' figures are US dollars a year; you didn't say your currency, so I kept your figure as you gave it."
            }
            if let unit = current.period, unit != .year {
                return "The articles' figures are US dollars a year; I kept yours \(unit.phrase), as you gave it."
            }
            return nil
        }

        /// `amount` raised by `percent`, rounded to the nearest whole unit.
        static func apply(_ percent: Int, to amount: Int) -> Int {
            let raised = amount * (100 + percent)
            return (raised + (raised >= 0 ? 50 : -50)) / 100
        }
    }

    public init(knowledge: KnowledgeBase, profile: Profile) {
        self.init(
            knowledge: knowledge, background: profile.knownBackground, unknownBackground: profile.unknownBackground,
            currentSalary: profile.currentSalary, hoursPerWeek: profile.hoursPerWeek,
            knownTools: profile.knownTools, heldCertifications: profile.heldCertifications)
    }

    public init(
        knowledge: KnowledgeBase, background id: String?, unknownBackground: String? = nil,
        currentSalary: Money? = nil, hoursPerWeek: Int? = nil, knownTools: [String] = [], heldCertifications: [String] = []
    ) {
        background = id.flatMap(knowledge.background)
        self.unknownBackground = background == nil ? (unknownBackground ?? id) : nil
        paths = id.map(knowledge.paths(from:)) ?? []
        var skipped: [SkippedStage] = []
        for path in paths {
            for skip in path.skipStages where !skipped.contains(where: { $0.stage.id == skip.stage }) {
                if let stage = knowledge.stage(skip.stage) { skipped.append(SkippedStage(stage: stage, reason: skip)) }
            }
        }
        self.skipped = skipped.sorted { $0.stage.order < $1.stage.order }
        let skippedIDs = Set(skipped.map(\.stage.id))
        remaining = knowledge.stages.filter { !skippedIDs.contains($0.id) }
        total = remaining.map(\.duration).reduce(.zero, +)
        // A skipped stage's tools, and the ones the person says they know, are not "to learn".
        var listed = Set(self.skipped.flatMap(\.stage.tools)).union(knownTools)
        var steps: [ToolStep] = []
        for stage in remaining {
            let new = stage.tools.filter { listed.insert($0).inserted }.compactMap(knowledge.tool)
            guard !new.isEmpty else { continue }
            // A path that names one of these tools for the move is cited with the stage.
            var sources = [stage.source]
            for path in paths where !sources.contains(path.source) && new.contains(where: { path.toolsToLearn.contains($0.id) }) {
                sources.append(path.source)
            }
            steps.append(ToolStep(stage: stage, tools: new, sources: sources))
        }
        let extras = paths.flatMap { path in path.toolsToLearn.map { (id: $0, source: path.source) } }.filter {
            listed.insert($0.id).inserted
        }
        if !extras.isEmpty {
            var sources: [String] = []
            for extra in extras where !sources.contains(extra.source) { sources.append(extra.source) }
            steps.append(ToolStep(stage: nil, tools: extras.map(\.id).compactMap(knowledge.tool), sources: sources))
        }
        toolSteps = steps
        tools = steps.flatMap(\.tools)
        certifications = knowledge.certifications.filter { $0.replacedBy == nil && !heldCertifications.contains($0.id) }
        self.currentSalary = currentSalary
        projection = currentSalary.flatMap { salary in
            paths.first { $0.salaryUplift != nil }.map {
                SalaryProjection(current: salary, uplift: $0.salaryUplift!, source: $0.source)
            }
        }
        self.hoursPerWeek = hoursPerWeek
    }

    /// The sum written out: "4–6 + 3–4 + 3–4 = 10–14 months".
    public var arithmetic: String {
        let terms = remaining.map(\.duration.figures)
        guard terms.count > 1 else { return total.text }
        return terms.joined(separator: " + ") + " = " + total.text
    }

    /// The sources of the stage figures.
    public var stageSources: [String] {
        var ids: [String] = []
        for stage in remaining where !ids.contains(stage.source) { ids.append(stage.source) }
        return ids
    }
}
