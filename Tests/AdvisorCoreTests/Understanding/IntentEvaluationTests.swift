import AdvisorCore
import AdvisorTestSupport
import CompiledKnowledge
import Testing

struct IntentEvaluationTests {
    let testSet = [
        LabelledUtterance(text: "a", intent: .timeline), LabelledUtterance(text: "b", intent: .timeline),
        LabelledUtterance(text: "c", intent: .salary), LabelledUtterance(text: "d", intent: .outOfScope),
        LabelledUtterance(text: "e", intent: .outOfScope),
    ]

    @Test func computesAccuracyF1AndOutOfScopeFromPredictions() {
        let report = IntentEvaluation(
            testSet: testSet, predicted: [.timeline, .outOfScope, .timeline, .outOfScope, .salary],
            confidences: [1, 0, 1, 0, 1], thresholds: .default)
        #expect(report.inScopeAccuracy == 1.0 / 3.0)
        #expect(report.outOfScopePrecision == 0.5 && report.outOfScopeRecall == 0.5)
        // timeline: precision 1/2, recall 1/2 → F1 0.5; salary: 0 → macro 0.25
        #expect(abs(report.macroF1 - 0.25) < 1e-9)
        #expect(report.confusions.count == 3 && report.misses.count == 3)
    }

    @Test func scoresEntitiesAgainstTheLabels() {
        let labelled = [
            LabelledUtterance(
                text: "i'm a react developer who knows k8s", intent: .inform,
                entities: ["background": ["frontend"], "tool": ["kubernetes", "docker"]])
        ]
        let classifier = IntentClassifier(intents: UnderstandingFixtures.intents)
        let report = IntentEvaluation(
            testSet: labelled, classifier: classifier,
            extractor: EntityExtractor(knowledge: UnderstandingFixtures.knowledge))
        let all = report.entities.first { $0.kind == "all" }
        #expect(all?.truePositives == 2 && all?.falseNegatives == 1 && all?.falsePositives == 0)
    }

    @Test func sweepRefusesMoreAsTheThresholdRises() {
        let labelled =
            UnderstandingFixtures.intents.flatMap { d in d.examples.map { LabelledUtterance(text: $0 + " please", intent: d.intent) } }
            + [LabelledUtterance(text: "bake a cake", intent: .outOfScope)]
        let sweep = ThresholdSweep(testSet: labelled, classifier: IntentClassifier(intents: UnderstandingFixtures.intents))
        #expect(zip(sweep.rows, sweep.rows.dropFirst()).allSatisfy { $0.outOfScopeRecall <= $1.outOfScopeRecall })
        #expect(sweep.rows.last?.outOfScopeRecall == 1)
        #expect(sweep.recommended != nil)
    }

    @Test func crossValidationHoldsOutEveryExampleOnce() {
        let validation = CrossValidation(intents: UnderstandingFixtures.intents, folds: 2)
        #expect(validation.folds.count == 2)
        #expect(validation.folds.reduce(0) { $0 + $1.examples } == UnderstandingFixtures.intents.reduce(0) { $0 + $1.examples.count })
        #expect(validation.perIntent.map(\.intent) == UnderstandingFixtures.intents.map(\.intent))
        #expect(validation.perIntent.map(\.examples) == UnderstandingFixtures.intents.map(\.examples.count))
        let correct = validation.perIntent.reduce(0) { $0 + $1.correct }
        let decided = validation.folds.reduce(0.0) { $0 + $1.accuracy * Double($1.examples) }
        #expect(Double(correct) == decided.rounded())
    }

    /// The targets on the committed test set (written before the classifier, never tuned
    /// to it). Reached on 2026-11-22 with 3,902 training examples: accuracy 0.960, macro-F1 0.956,
    /// OOS P/R 0.961/0.925; entities P/R 0.964/0.952.
    @Test func committedTestSetMeetsTheTargets() throws {
        let report = try Self.committedReport()
        #expect(report.utterances >= 300)
        #expect(report.inScopeAccuracy >= 0.95)
        #expect(report.macroF1 >= 0.93)
        #expect(report.outOfScopeRecall >= 0.90)
        #expect(report.outOfScopePrecision >= 0.90)
        #expect(report.entities.first { $0.kind == "all" }.map { $0.precision >= 0.9 && $0.recall >= 0.9 } == true)
    }

    /// The second test set (Tests/Data/nlu-holdout.yaml), written blind on 2026-11-22 before that
    /// day's classifier and data changes, checks that they generalise. Before them the classifier
    /// scored accuracy 0.893, macro-F1 0.894, OOS P/R 0.793/0.793 on it, and after them 0.933, 0.926,
    /// 0.911/0.879; this floor holds that level, so that a change tuned to the first set cannot
    /// quietly lose it.
    @Test func secondTestSetStaysAboveItsFloor() throws {
        let report = try Self.report(on: TrainingDataTests.secondTestSet)
        #expect(report.utterances >= 250)
        #expect(report.inScopeAccuracy >= 0.92)
        #expect(report.macroF1 >= 0.91)
        #expect(report.outOfScopePrecision >= 0.90)
        #expect(report.outOfScopeRecall >= 0.85)
    }

    static func report(on testSet: [LabelledUtterance]) throws -> IntentEvaluation {
        IntentEvaluation(
            testSet: testSet, classifier: Fixtures.advisor.classifier, extractor: EntityExtractor(knowledge: Fixtures.knowledge))
    }

    static func committedReport() throws -> IntentEvaluation {
        let testSet = try KnowledgeLoader().loadTestSet(KnowledgeLoader.embeddedFiles)
        let knowledge = Fixtures.knowledge
        return IntentEvaluation(
            testSet: testSet, classifier: IntentClassifier(knowledge: knowledge),
            extractor: EntityExtractor(knowledge: knowledge))
    }
}
