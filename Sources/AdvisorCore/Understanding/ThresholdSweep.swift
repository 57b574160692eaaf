/// The test-set metrics at each candidate out-of-scope threshold, to choose the committed one.
///
/// Each utterance is classified once with no threshold (only the `out_of_scope` examples can
/// refuse it); a threshold `t` then turns every in-scope decision whose confidence is below `t`
/// into `out_of_scope`. The ``recommended`` threshold
/// is the one with the best `in-scope accuracy + out-of-scope recall` among those keeping
/// out-of-scope precision ≥ 0.9; if none does, the one with the best `in-scope accuracy +
/// out-of-scope F1` (ties go to the lower threshold, which refuses less).
public struct ThresholdSweep: Hashable, Codable, Sendable {
    public struct Row: Hashable, Codable, Sendable {
        public var threshold: Double
        public var inScopeAccuracy: Double
        public var macroF1: Double
        public var outOfScopePrecision: Double
        public var outOfScopeRecall: Double
    }

    public var rows: [Row]

    public init(
        testSet: [LabelledUtterance], classifier: IntentClassifier,
        thresholds: some Sequence<Double> = stride(from: 0.0, through: 0.8, by: 0.025)
    ) {
        let open = IntentClassifier.Thresholds(outOfScope: 0, clarify: classifier.thresholds.clarify)
        let best = testSet.map { item in
            classifier.classify(item.text, outOfScopeBelow: 0).first ?? IntentScore(intent: .outOfScope, score: 0)
        }
        rows = thresholds.map { threshold in
            let predicted = best.map { $0.intent == .outOfScope || $0.score < threshold ? Intent.outOfScope : $0.intent }
            let report = IntentEvaluation(testSet: testSet, predicted: predicted, confidences: best.map(\.score), thresholds: open)
            return Row(
                threshold: (threshold * 1000).rounded() / 1000, inScopeAccuracy: report.inScopeAccuracy,
                macroF1: report.macroF1, outOfScopePrecision: report.outOfScopePrecision,
                outOfScopeRecall: report.outOfScopeRecall)
        }
    }

    public var recommended: Row? {
        let precise = rows.filter { $0.outOfScopePrecision >= 0.9 }
        if !precise.isEmpty {
            return precise.max {
                ($0.inScopeAccuracy + $0.outOfScopeRecall, -$0.threshold) < ($1.inScopeAccuracy + $1.outOfScopeRecall, -$1.threshold)
            }
        }
        func balance(_ row: Row) -> Double {
            let p = row.outOfScopePrecision, r = row.outOfScopeRecall
            return row.inScopeAccuracy + (p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
        return rows.max { (balance($0), -$0.threshold) < (balance($1), -$1.threshold) }
    }
}
