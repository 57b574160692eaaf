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
    public var tools: [Tool]
    public var certifications: [Certification]
    public var projection: SalaryProjection?
    /// The salary the person gave, projected when a path documents an uplift.
    public var currentSalary: Int?
    public var hoursPerWeek: Int?

    /// A stage left out, with the source's reason.
    public struct SkippedStage: Hashable, Sendable {
        public var stage: RoadmapStage
        public var reason: StageSkip
    }

    /// A current salary with a path's percentage uplift applied.
    public struct SalaryProjection: Hashable, Sendable {
        public var current: Int
        public var uplift: PercentRange
        public var projected: MoneyRange
        /// The source of the percentages.
        public var source: String

        public init(current: Int, uplift: PercentRange, source: String) {
            self.current = current
            self.uplift = uplift
            self.source = source
            let low = Self.apply(uplift.min, to: current), high = Self.apply(uplift.max, to: current)
            projected = low == high ? MoneyRange(min: low) : MoneyRange(min: low, max: high)
        }

        /// The projection written out in whole dollars: "$85,000 with +70% to +100% = $144,500–$170,000".
        public var arithmetic: String {
            let range = "$\(MoneyRange.grouped(projected.min))" + (projected.max.map { "–$\(MoneyRange.grouped($0))" } ?? "")
            return "$\(MoneyRange.grouped(current)) with \(uplift.text) = \(range)"
        }

        /// `amount` raised by `percent`, rounded to the nearest dollar.
        static func apply(_ percent: Int, to amount: Int) -> Int {
            let raised = amount * (100 + percent)
            return (raised + (raised >= 0 ? 50 : -50)) / 100
        }
    }

    public init(knowledge: KnowledgeBase, profile: Profile) {
        self.init(knowledge: knowledge, background: profile.background, unknownBackground: profile.unknownBackground,
                  currentSalary: profile.currentSalary, hoursPerWeek: profile.hoursPerWeek)
    }

    public init(knowledge: KnowledgeBase, background id: String?, unknownBackground: String? = nil,
                currentSalary: Int? = nil, hoursPerWeek: Int? = nil) {
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
        // A skipped stage's tools are ones the person already knows: they are not "to learn".
        let known = Set(self.skipped.flatMap(\.stage.tools))
        var toolIDs: [String] = []
        for id in paths.flatMap(\.toolsToLearn) + remaining.flatMap(\.tools) where !toolIDs.contains(id) && !known.contains(id) {
            toolIDs.append(id)
        }
        tools = toolIDs.compactMap(knowledge.tool)
        certifications = knowledge.certifications.filter { $0.replacedBy == nil }
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
