/// k-fold cross-validation on the training examples: how well each example is classified by a
/// classifier trained on the others.
///
/// Folds are deterministic: the j-th example of every intent goes to fold `j mod k`, so each
/// fold holds about the same share of every intent. Each fold is classified by a classifier
/// built from the other folds (same keywords, same thresholds). `accuracy` counts the
/// decision (so a held-out example refused as out-of-scope is wrong); `topAccuracy` only
/// asks whether the best in-scope intent is right.
public struct CrossValidation: Hashable, Codable, Sendable {
    public struct Fold: Hashable, Codable, Sendable {
        public var examples: Int
        public var accuracy: Double
        public var topAccuracy: Double
    }

    /// How many held-out examples of one intent were decided right, over all folds.
    public struct IntentRecall: Hashable, Codable, Sendable {
        public var intent: Intent
        public var examples: Int
        public var correct: Int
        public var recall: Double { examples == 0 ? 0 : Double(correct) / Double(examples) }
    }

    public var folds: [Fold]
    /// Every intent's recall across the folds, in the order of the training data: where the
    /// examples are least alike, and more variety would help most.
    public var perIntent: [IntentRecall]
    /// Every held-out example decided wrong, in the order of the training data.
    public var misses: [IntentEvaluation.Miss]

    public init(
        intents: [IntentDefinition], folds count: Int, thresholds: IntentClassifier.Thresholds = .default,
        formula: IntentClassifier.Formula = IntentClassifier.Formula()
    ) {
        let k = max(2, count)
        var perIntent = intents.map { IntentRecall(intent: $0.intent, examples: 0, correct: 0) }
        var misses: [IntentEvaluation.Miss] = []
        folds = (0..<k).map { fold in
            let training = intents.map { definition in
                var kept = definition
                kept.examples = definition.examples.enumerated().filter { $0.offset % k != fold }.map(\.element)
                return kept
            }
            let held = intents.enumerated().flatMap { position, definition in
                definition.examples.enumerated().filter { $0.offset % k == fold }.map { ($0.element, definition.intent, position) }
            }
            let classifier = IntentClassifier(intents: training, thresholds: thresholds, formula: formula)
            var decided = 0, top = 0
            for (text, intent, position) in held {
                let ranked = classifier.classify(text)
                perIntent[position].examples += 1
                guard let first = ranked.first else { continue }
                if first.intent == intent {
                    decided += 1
                    perIntent[position].correct += 1
                } else {
                    misses.append(IntentEvaluation.Miss(text: text, expected: intent, predicted: first.intent, confidence: first.score))
                }
                if ranked.first(where: { $0.intent != .outOfScope })?.intent == intent { top += 1 }
            }
            let total = Double(max(1, held.count))
            return Fold(examples: held.count, accuracy: Double(decided) / total, topAccuracy: Double(top) / total)
        }
        self.perIntent = perIntent
        self.misses = misses
    }

    /// Of the held-out in-scope examples, the share decided right (the test set's in-scope accuracy).
    public var inScopeAccuracy: Double { recall(perIntent.filter { $0.intent != .outOfScope }) }
    /// Of the held-out `out_of_scope` examples, the share refused (the test set's out-of-scope recall).
    public var outOfScopeRecall: Double { recall(perIntent.filter { $0.intent == .outOfScope }) }

    private func recall(_ intents: [IntentRecall]) -> Double {
        let examples = intents.reduce(0) { $0 + $1.examples }
        return examples == 0 ? 0 : Double(intents.reduce(0) { $0 + $1.correct }) / Double(examples)
    }

    public var meanAccuracy: Double { folds.isEmpty ? 0 : folds.reduce(0) { $0 + $1.accuracy } / Double(folds.count) }
    public var meanTopAccuracy: Double { folds.isEmpty ? 0 : folds.reduce(0) { $0 + $1.topAccuracy } / Double(folds.count) }
}
