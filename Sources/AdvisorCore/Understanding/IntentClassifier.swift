/// Scores an utterance against every intent: TF-IDF similarity to the examples plus keywords.
///
/// **The formula.** For intent *i*, with `s₁ ≥ s₂` the cosine similarities of the query to
/// the intent's two nearest examples (``TFIDFIndex``) and `m` the number of the intent's
/// keywords found in the query:
///
///     similarity_i = (1 − λ)·s₁ + λ·s₂                  λ = ``Formula/secondNearest``
///     keyword_i    = 1 − ½^m                            (0, ½, ¾, … for 0, 1, 2 keywords)
///     score_i      = similarity_i + β·keyword_i·(1 − similarity_i)    β = ``Formula/keywordBoost``
///
/// Keywords close part of the gap between the similarity and 1, so a score stays in [0, 1],
/// a keyword alone never reaches certainty, and a keyword can reorder candidates whose
/// examples are about equally close. Keywords are matched as whole stemmed word sequences
/// ("how long" matches "how long does it take", not "howling").
///
/// **Typos.** Before scoring, a word no example uses is replaced by the closest one that
/// does (see `corrected`); character trigrams in the index catch what that misses.
///
/// **Out of scope.** If the best score is below ``Thresholds/outOfScope`` (or the best intent
/// is `out_of_scope` itself, when the data has examples for it) the list starts with an
/// `out_of_scope` entry carrying the best in-scope score, so `classify(_:).first` is always
/// the decision and its `score` the confidence.
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

        /// The committed thresholds, chosen with `advisor eval --sweep` (see README).
        public static let `default` = Thresholds(outOfScope: 0.3, clarify: 0.45)
    }

    /// The constants of the scoring formula.
    public struct Formula: Hashable, Sendable {
        /// β: how much of the remaining gap keywords close.
        public var keywordBoost: Double = 0.4
        /// λ: the weight of the second-nearest example.
        public var secondNearest: Double = 0.2
        public var termWeights = TFIDFIndex.Weights()
        public init() {}
    }

    public let thresholds: Thresholds
    public let formula: Formula
    public let intents: [Intent]
    private let index: TFIDFIndex
    /// The intent (index into `intents`) of each indexed example.
    private let exampleIntent: [Int32]
    /// Keyword word sequences by their first stemmed word.
    private let keywords: [String: [(intent: Int, words: [String], text: String)]]
    /// The words of the examples and keywords, by first letter, for typo correction.
    private let vocabulary: [UInt8: Set<String>]

    public init(intents definitions: [IntentDefinition], thresholds: Thresholds = .default, formula: Formula = Formula()) {
        self.thresholds = thresholds
        self.formula = formula
        var intents: [Intent] = []
        var examples: [String] = []
        var exampleIntent: [Int32] = []
        var keywords: [String: [(intent: Int, words: [String], text: String)]] = [:]
        for definition in definitions {
            let position: Int
            if let known = intents.firstIndex(of: definition.intent) {
                position = known
            } else {
                position = intents.count
                intents.append(definition.intent)
            }
            for example in definition.examples {
                examples.append(example)
                exampleIntent.append(Int32(position))
            }
            for keyword in definition.keywords {
                let words = Self.stemmedWords(Normalizer.tokens(keyword))
                guard let first = words.first else { continue }
                keywords[first, default: []].append((position, words, keyword))
            }
        }
        var vocabulary: [UInt8: Set<String>] = [:]
        for text in examples + definitions.flatMap(\.keywords) {
            for token in Normalizer.tokens(text) where token.kind == .word {
                if let first = token.text.utf8.first { vocabulary[first, default: []].insert(token.text) }
            }
        }
        self.vocabulary = vocabulary
        self.intents = intents
        self.exampleIntent = exampleIntent
        self.keywords = keywords
        self.index = TFIDFIndex(documents: examples, weights: formula.termWeights)
    }

    /// The intents ranked best first, with the winner's confidence; see the type's documentation.
    public func classify(_ utterance: String) -> [IntentScore] {
        let tokens = corrected(Normalizer.tokens(utterance))
        let query = index.vector(for: tokens)
        var scores = [Float](repeating: 0, count: index.documents.count)
        var touched: [Int32] = []
        index.accumulate(query, into: &scores, touched: &touched)

        var nearest = [(first: Float, second: Float, example: Int32)](repeating: (0, 0, -1), count: intents.count)
        for document in touched {
            let intent = Int(exampleIntent[Int(document)])
            let score = scores[Int(document)]
            if score > nearest[intent].first {
                nearest[intent] = (score, nearest[intent].first, document)
            } else if score > nearest[intent].second {
                nearest[intent].second = score
            }
        }
        var found = [[String]](repeating: [], count: intents.count)
        let words = Self.stemmedWords(tokens)
        for start in words.indices {
            for keyword in keywords[words[start]] ?? [] where words[start...].starts(with: keyword.words) {
                if !found[keyword.intent].contains(keyword.text) { found[keyword.intent].append(keyword.text) }
            }
        }

        var candidates: [(score: IntentScore, example: Int)] = []
        for (position, intent) in intents.enumerated() where nearest[position].example >= 0 || !found[position].isEmpty {
            let similarity = min(1, (1 - formula.secondNearest) * Double(nearest[position].first)
                + formula.secondNearest * Double(nearest[position].second))
            let keyword = 1 - pow(0.5, found[position].count)
            let score = similarity + formula.keywordBoost * keyword * (1 - similarity)
            let example = Int(nearest[position].example)
            candidates.append((IntentScore(intent: intent, score: score, similarity: similarity, keywordScore: keyword,
                                           matchedKeywords: found[position],
                                           nearestExample: example >= 0 ? index.documents[example] : nil), example))
        }
        candidates.sort { $0.score.score != $1.score.score ? $0.score.score > $1.score.score
            : $0.score.intent.rawValue < $1.score.intent.rawValue }
        for position in candidates.indices.prefix(3) where candidates[position].example >= 0 {
            candidates[position].score.matchedTerms = Array(index.sharedTerms(query, document: candidates[position].example).prefix(8))
        }
        var ranked = candidates.map(\.score)
        guard let best = ranked.first else { return [IntentScore(intent: .outOfScope, score: 0)] }
        if best.intent != .outOfScope, best.score < thresholds.outOfScope {
            ranked.insert(IntentScore(intent: .outOfScope, score: best.score), at: 0)
        }
        return ranked
    }

    /// Replaces a word of five letters or more that no example uses with the closest word that
    /// one does (same first letter, edit distance 1, or 2 from seven letters): "salery" → "salary".
    private func corrected(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        for index in tokens.indices where tokens[index].kind == .word {
            let word = tokens[index].text
            let length = word.utf8.count
            guard length >= 5, let first = word.utf8.first, let known = vocabulary[first], !known.contains(word) else { continue }
            let limit = length >= 7 ? 2 : 1
            var best: (word: String, distance: Int)?
            for candidate in known where abs(candidate.utf8.count - length) <= limit && candidate.utf8.count >= 4 {
                let distance = word.editDistance(to: candidate, limit: limit)
                if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
            }
            if let best { tokens[index].text = best.word }
        }
        return tokens
    }

    private static func stemmedWords(_ tokens: [Token]) -> [String] {
        tokens.compactMap { token in
            switch token.kind {
            case .word: Stemmer.stem(token.text)
            case .number: "<number>"
            case .boundary: nil
            }
        }
    }

    private func pow(_ base: Double, _ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { value, _ in value * base }
    }
}
