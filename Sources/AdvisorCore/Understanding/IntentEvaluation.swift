/// How well the classifier and the entity extractor do on a labelled test set, like `rasa test nlu`.
///
/// Definitions:
/// - *in-scope accuracy*: of the utterances labelled with a real intent, the share whose
///   decision (``IntentClassifier/classify(_:)``'s first entry) is that intent; answering
///   `out_of_scope` counts as wrong.
/// - *macro-F1*: the mean F1 over the in-scope intents that occur in the test set, each
///   intent's precision counting every utterance predicted as it.
/// - *out-of-scope precision/recall*: `out_of_scope` scored as a class of its own.
/// - *entities*: micro precision and recall over (utterance, kind, value) triples for the kinds
///   the test set labels (`background`, `tool`, `certification`, `level`, `money`, `hours`,
///   `years`); a kind an utterance does not label counts as "none expected".
public struct IntentEvaluation: Hashable, Codable, Sendable {
    public struct IntentMetrics: Hashable, Codable, Sendable {
        public var intent: Intent
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// How many test utterances carry this label.
        public var support: Int
    }

    public struct Confusion: Hashable, Codable, Sendable {
        public var expected: Intent
        public var predicted: Intent
        public var count: Int
    }

    public struct EntityMetrics: Hashable, Codable, Sendable {
        public var kind: String
        public var precision: Double
        public var recall: Double
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
    }

    /// One utterance the classifier got wrong.
    public struct Miss: Hashable, Codable, Sendable {
        public var text: String
        public var expected: Intent
        public var predicted: Intent
        public var confidence: Double
    }

    public var utterances: Int
    public var inScopeAccuracy: Double
    public var macroF1: Double
    public var outOfScopePrecision: Double
    public var outOfScopeRecall: Double
    public var perIntent: [IntentMetrics]
    /// The most frequent (expected, predicted) pairs among the mistakes, most frequent first.
    public var confusions: [Confusion]
    /// All entity kinds together first (kind `all`), then each kind.
    public var entities: [EntityMetrics]
    public var misses: [Miss]
    public var thresholds: IntentClassifier.Thresholds

    /// The entity kinds the test set labels, and how to read each from ``Entities``.
    public static let entityKinds: [(kind: String, values: @Sendable (Entities) -> [String])] = [
        ("background", { $0.backgrounds }),
        ("tool", { $0.tools }),
        ("certification", { $0.certifications }),
        ("level", { $0.levels.map(\.rawValue) }),
        ("money", { $0.money.map(String.init) }),
        ("hours", { $0.hoursPerWeek.map { [String($0)] } ?? [] }),
        ("years", { $0.yearsOfExperience.map { [String($0)] } ?? [] }),
    ]

    public init(testSet: [LabelledUtterance], classifier: IntentClassifier, extractor: EntityExtractor?) {
        let predictions = testSet.map { classifier.classify($0.text).first ?? IntentScore(intent: .outOfScope, score: 0) }
        self.init(
            testSet: testSet, predicted: predictions.map(\.intent), confidences: predictions.map(\.score),
            thresholds: classifier.thresholds)
        if let extractor { entities = Self.entityMetrics(testSet: testSet, extractor: extractor) }
    }

    /// Scores given predictions; ``ThresholdSweep`` uses it for every candidate threshold.
    public init(testSet: [LabelledUtterance], predicted: [Intent], confidences: [Double], thresholds: IntentClassifier.Thresholds) {
        var truePositive: [Intent: Int] = [:], predictedCount: [Intent: Int] = [:], support: [Intent: Int] = [:]
        var confusion: [Intent: [Intent: Int]] = [:]
        var misses: [Miss] = []
        for (index, item) in testSet.enumerated() {
            let guess = predicted[index]
            support[item.intent, default: 0] += 1
            predictedCount[guess, default: 0] += 1
            if guess == item.intent {
                truePositive[guess, default: 0] += 1
            } else {
                confusion[item.intent, default: [:]][guess, default: 0] += 1
                misses.append(Miss(text: item.text, expected: item.intent, predicted: guess, confidence: confidences[index]))
            }
        }
        func metrics(_ intent: Intent) -> IntentMetrics {
            let hits = Double(truePositive[intent] ?? 0)
            let precision = Self.ratio(hits, Double(predictedCount[intent] ?? 0))
            let recall = Self.ratio(hits, Double(support[intent] ?? 0))
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return IntentMetrics(intent: intent, precision: precision, recall: recall, f1: f1, support: support[intent] ?? 0)
        }
        let labelled = Intent.allCases.filter { support[$0] != nil || predictedCount[$0] != nil }
        perIntent = labelled.map(metrics)
        let inScope = perIntent.filter { $0.intent != .outOfScope && $0.support > 0 }
        let inScopeSupport = inScope.reduce(0) { $0 + $1.support }
        let inScopeHits = inScope.reduce(0) { $0 + (truePositive[$1.intent] ?? 0) }
        utterances = testSet.count
        inScopeAccuracy = Self.ratio(Double(inScopeHits), Double(inScopeSupport))
        macroF1 = inScope.isEmpty ? 0 : inScope.reduce(0) { $0 + $1.f1 } / Double(inScope.count)
        let outOfScope = metrics(.outOfScope)
        outOfScopePrecision = outOfScope.precision
        outOfScopeRecall = outOfScope.recall
        confusions = confusion.flatMap { expected, row in row.map { Confusion(expected: expected, predicted: $0.key, count: $0.value) } }
            .sorted { ($1.count, $0.expected.rawValue, $0.predicted.rawValue) < ($0.count, $1.expected.rawValue, $1.predicted.rawValue) }
        self.misses = misses
        self.thresholds = thresholds
        entities = []
    }

    static func entityMetrics(testSet: [LabelledUtterance], extractor: EntityExtractor) -> [EntityMetrics] {
        var counts = [String: (tp: Int, fp: Int, fn: Int)]()
        for item in testSet {
            let found = extractor.extract(from: item.text)
            for (kind, read) in entityKinds {
                let expected = Set(item.entities[kind] ?? [])
                let actual = Set(read(found))
                let tp = expected.intersection(actual).count
                counts[kind, default: (0, 0, 0)].tp += tp
                counts[kind, default: (0, 0, 0)].fp += actual.count - tp
                counts[kind, default: (0, 0, 0)].fn += expected.count - tp
            }
        }
        func metric(_ kind: String, _ c: (tp: Int, fp: Int, fn: Int)) -> EntityMetrics {
            EntityMetrics(
                kind: kind, precision: ratio(Double(c.tp), Double(c.tp + c.fp)),
                recall: ratio(Double(c.tp), Double(c.tp + c.fn)), truePositives: c.tp,
                falsePositives: c.fp, falseNegatives: c.fn)
        }
        let all = counts.values.reduce((tp: 0, fp: 0, fn: 0)) { ($0.tp + $1.tp, $0.fp + $1.fp, $0.fn + $1.fn) }
        return [metric("all", all)] + entityKinds.map { metric($0.kind, counts[$0.kind] ?? (0, 0, 0)) }
    }

    /// `part / whole`, or 1 when there is nothing to measure (no predictions, no labels).
    static func ratio(_ part: Double, _ whole: Double) -> Double { whole > 0 ? part / whole : 1 }
}
