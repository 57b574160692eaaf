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

    public var folds: [Fold]

    public init(intents: [IntentDefinition], folds count: Int, thresholds: IntentClassifier.Thresholds = .default,
                formula: IntentClassifier.Formula = IntentClassifier.Formula()) {
        let k = max(2, count)
        folds = (0..<k).map { fold in
            let training = intents.map { definition in
                var kept = definition
                kept.examples = definition.examples.enumerated().filter { $0.offset % k != fold }.map(\.element)
                return kept
            }
            let held = intents.flatMap { definition in
                definition.examples.enumerated().filter { $0.offset % k == fold }.map { ($0.element, definition.intent) }
            }
            let classifier = IntentClassifier(intents: training, thresholds: thresholds, formula: formula)
            var decided = 0, top = 0
            for (text, intent) in held {
                let ranked = classifier.classify(text)
                if ranked.first?.intent == intent { decided += 1 }
                if ranked.first(where: { $0.intent != .outOfScope })?.intent == intent { top += 1 }
            }
            let total = Double(max(1, held.count))
            return Fold(examples: held.count, accuracy: Double(decided) / total, topAccuracy: Double(top) / total)
        }
    }

    public var meanAccuracy: Double { folds.isEmpty ? 0 : folds.reduce(0) { $0 + $1.accuracy } / Double(folds.count) }
    public var meanTopAccuracy: Double { folds.isEmpty ? 0 : folds.reduce(0) { $0 + $1.topAccuracy } / Double(folds.count) }
}
