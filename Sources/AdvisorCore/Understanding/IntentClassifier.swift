/// Scores an utterance against every intent: TF-IDF similarity to the examples plus keywords.
///
/// SCAFFOLDING: the real classifier (normaliser, stemmer, TF-IDF index, keywords) replaces
/// this body; the public shape (`init(intents:)`, `classify(_:)`) is the contract.
public struct IntentClassifier: Sendable {
    /// The confidence levels that separate an answer, a clarification and out-of-scope.
    public struct Thresholds: Hashable, Codable, Sendable {
        /// Below this, the utterance is out of scope.
        public var outOfScope: Double
        /// Between `outOfScope` and this, the advisor asks "did you mean X or Y?".
        public var clarify: Double
        public init(outOfScope: Double, clarify: Double) {
            self.outOfScope = outOfScope
            self.clarify = clarify
        }
    }

    public let thresholds: Thresholds
    private let definitions: [IntentDefinition]

    public init(intents: [IntentDefinition], thresholds: Thresholds = Thresholds(outOfScope: 0.3, clarify: 0.45)) {
        self.definitions = intents
        self.thresholds = thresholds
    }

    /// The intents ranked best first, with the winner's confidence.
    public func classify(_ utterance: String) -> [IntentScore] {
        let text = utterance.lowercased()
        return definitions.compactMap { definition in
            let hits = definition.keywords.filter { text.contains($0) }
            return hits.isEmpty ? nil : IntentScore(intent: definition.intent, score: 1, keywordScore: 1, matchedKeywords: hits)
        }
    }
}
