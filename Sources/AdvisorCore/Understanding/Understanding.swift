/// What the advisor made of one utterance: the intent, how sure it is, and what was named.
public struct Understanding: Hashable, Codable, Sendable {
    public var intent: Intent
    /// In [0, 1]; below ``IntentClassifier/Thresholds/outOfScope`` the intent is `outOfScope`.
    public var confidence: Double
    /// The best-scoring intents, best first, for "did you mean …?" and `--explain`: from
    /// ``Advisor/understand(_:)``, the part of the ranking ``Advisor/shortlist`` keeps.
    public var candidates: [IntentScore]
    public var entities: Entities

    public init(intent: Intent, confidence: Double, candidates: [IntentScore] = [], entities: Entities = Entities()) {
        self.intent = intent
        self.confidence = confidence
        self.candidates = candidates
        self.entities = entities
    }
}

/// One intent's score for an utterance, with the evidence behind it.
public struct IntentScore: Hashable, Codable, Sendable {
    public var intent: Intent
    /// The combined score in [0, 1].
    public var score: Double
    /// The TF-IDF cosine similarity part.
    public var similarity: Double
    /// The keyword part.
    public var keywordScore: Double
    /// Terms shared with the nearest examples, heaviest first.
    public var matchedTerms: [String]
    /// The intent's keywords found in the utterance.
    public var matchedKeywords: [String]
    /// The training example most similar to the utterance.
    public var nearestExample: String?

    public init(
        intent: Intent, score: Double, similarity: Double = 0, keywordScore: Double = 0,
        matchedTerms: [String] = [], matchedKeywords: [String] = [], nearestExample: String? = nil
    ) {
        self.intent = intent
        self.score = score
        self.similarity = similarity
        self.keywordScore = keywordScore
        self.matchedTerms = matchedTerms
        self.matchedKeywords = matchedKeywords
        self.nearestExample = nearestExample
    }
}
