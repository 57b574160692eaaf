import AdvisorCore
import AdvisorTestSupport
import Testing

struct PersonalPlanTests {
    let knowledge = SampleKnowledge.base

    @Test func sumsEveryStageWhenNothingIsSkipped() {
        let plan = PersonalPlan(knowledge: knowledge, background: "frontend")
        #expect(plan.skipped.isEmpty)
        #expect(plan.total == MonthRange(min: 10, max: 14))
        #expect(plan.arithmetic == "4–6 + 3–4 + 3–4 = 10–14 months")
    }

    @Test func skipsTheStagesThePathSaysCarryOver() {
        let plan = PersonalPlan(knowledge: knowledge, background: "devops")
        #expect(plan.skipped.map(\.stage.id) == ["devops-cloud"])
        #expect(plan.arithmetic == "4–6 + 3–4 = 7–10 months")
    }

    @Test func toolsFollowTheStagesInOneOrder() {
        let plan = PersonalPlan(knowledge: knowledge, background: "frontend")
        #expect(plan.tools.map(\.id) == ["python", "docker", "kubernetes", "mlflow"])
        #expect(
            plan.toolSteps.map { $0.stage?.id } == plan.remaining.map(\.id).filter { id in plan.toolSteps.contains { $0.stage?.id == id } })
    }

    @Test func knownToolsAndHeldCertificationsAreNotToLearn() {
        let all = PersonalPlan(knowledge: knowledge, background: "frontend")
        let plan = PersonalPlan(
            knowledge: knowledge, background: "frontend", knownTools: ["docker"],
            heldCertifications: all.certifications.prefix(1).map(\.id))
        #expect(!plan.tools.contains { $0.id == "docker" })
        #expect(plan.certifications.count == all.certifications.count - 1)
    }

    @Test func replacedCertificationsAreLeftOut() {
        let plan = PersonalPlan(knowledge: knowledge, background: "frontend")
        #expect(plan.certifications.map(\.id) == ["aws-ml-engineer-associate", "cka"])
    }

    @Test(arguments: [
        (85_000, "frontend", 144_500, 170_000),
        (100_000, "backend", 130_000, 130_000),
        (1, "frontend", 2, 2),
    ])
    func projectsTheCurrentSalaryWithThePathsUplift(salary: Int, background: String, low: Int, high: Int) {
        let plan = PersonalPlan(knowledge: knowledge, background: background, currentSalary: Money(salary))
        #expect(plan.projection?.projectedMin == low)
        #expect(plan.projection?.projectedMax == high)
        #expect(plan.projection?.source == "transition-paths")
    }

    @Test(arguments: [
        (Money(85_000, currency: "USD", period: .year), "frontend", "$85,000 a year with +70% to +100% = $144,500–$170,000 a year"),
        (Money(100_000), "backend", "100,000 with +30% = 130,000"),
        (Money(8000, period: .month), "backend", "8,000 a month with +30% = 10,400 a month"),
        (Money(450_000, currency: "PKR", period: .month), "backend", "PKR 450,000 a month with +30% = PKR 585,000 a month"),
    ])
    func writesTheProjectionOutInThePersonsOwnCurrencyAndPeriod(salary: Money, background: String, expected: String) {
        let plan = PersonalPlan(knowledge: knowledge, background: background, currentSalary: salary)
        #expect(plan.projection?.arithmetic == expected)
    }

    @Test(arguments: [
        (Money(85_000, currency: "USD", period: .year), nil as String?),
        (Money(450_000, currency: "PKR", period: .month), "in PKR a month"),
        (Money(8000, currency: "USD", period: .month), "a month, as you gave it"),
        (Money(85_000), "didn't say your currency"),
    ])
    func saysTheArticlesFiguresAreUSDollarsUnlessTheSalaryIs(salary: Money, expected: String?) {
        let note = PersonalPlan(knowledge: knowledge, background: "frontend", currentSalary: salary).projection?.termsNote
        if let expected { #expect(note?.contains(expected) == true, "\(note ?? "nil")") } else { #expect(note == nil) }
    }

    @Test func aSkippedStagesToolsAreNotListedToLearn() {
        let plan = PersonalPlan(knowledge: knowledge, background: "devops")
        let skippedTools = Set(plan.skipped.flatMap(\.stage.tools))
        #expect(!skippedTools.isEmpty)
        #expect(plan.tools.allSatisfy { !skippedTools.contains($0.id) })
    }

    @Test func noProjectionWithoutADocumentedUplift() {
        #expect(PersonalPlan(knowledge: knowledge, background: "devops", currentSalary: Money(90_000)).projection == nil)
    }

    @Test func anUnknownBackgroundGetsTheWholeRoadmap() {
        let plan = PersonalPlan(knowledge: knowledge, background: nil, unknownBackground: "nurse")
        #expect(plan.unknownBackground == "nurse")
        #expect(plan.paths.isEmpty)
        #expect(plan.remaining.count == knowledge.stages.count)
    }
}
