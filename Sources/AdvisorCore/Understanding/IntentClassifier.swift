/// Scores an utterance against every intent: TF-IDF similarity to the examples plus keywords.
///
/// **The formula.** For intent *i*, with `s₁ ≥ s₂` the cosine similarities of the query to
/// the intent's two nearest examples (``TFIDFIndex``) and `m` the number of the intent's
/// keywords found in the query:
///
///     similarity_i = (1 − λ)·s₁ + λ·s₂                  λ = ``Formula/secondNearest``
///     keyword_i    = 1 − ½^m                            (0, ½, ¾, … for 0, 1, 2 keywords)
///     score_i      = (similarity_i + β·keyword_i·(1 − similarity_i)) · (1 − u·(1 − ρ))
///
/// with β = ``Formula/keywordBoost``, ρ = ``Formula/unknownWordFactor`` and `u` the number of
/// content words (three letters or more, not stop words) that neither an example, a keyword
/// nor a domain name uses, even after typo correction: "how do i become a *nurse*" or "what
/// tools do i need to fix a *bike*" borrow an intent's phrasing for a subject the advisor
/// knows nothing about, and each such word lowers the confidence towards out-of-scope.
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

        /// The committed thresholds, chosen with `advisor eval --sweep` on the committed data:
        /// 0.125 is the sweep's recommendation (best in-scope accuracy + out-of-scope F1, as no
        /// value yet reaches out-of-scope precision 0.9); clarify sits one step of the same size
        /// above it.
        public static let `default` = Thresholds(outOfScope: 0.125, clarify: 0.25)
    }

    /// The constants of the scoring formula.
    public struct Formula: Hashable, Sendable {
        /// β: how much of the remaining gap keywords close.
        public var keywordBoost: Double = 0.4
        /// λ: the weight of the second-nearest example.
        public var secondNearest: Double = 0.2
        /// ρ: the factor applied once per unknown content word.
        public var unknownWordFactor: Double = 0.75
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

    /// - Parameter domainWords: texts whose words count as known besides the examples (names of
    ///   backgrounds, tools, certifications), so that "i'm an accountant" is not penalised.
    public init(intents definitions: [IntentDefinition], thresholds: Thresholds = .default, formula: Formula = Formula(),
                domainWords: [String] = []) {
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
        for text in examples + definitions.flatMap(\.keywords) + domainWords {
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
        var unknown = 0
        let tokens = corrected(Normalizer.tokens(utterance), unknown: &unknown)
        let penalty = Swift.max(0, 1 - Double(unknown) * (1 - formula.unknownWordFactor))
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
            let score = (similarity + formula.keywordBoost * keyword * (1 - similarity)) * penalty
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
    private func corrected(_ tokens: [Token], unknown: inout Int) -> [Token] {
        var tokens = tokens
        for index in tokens.indices where tokens[index].kind == .word {
            let word = tokens[index].text
            let length = word.utf8.count
            guard let first = word.utf8.first, vocabulary[first]?.contains(word) != true else { continue }
            let isContent = length >= 3 && !StopWords.contains(word)
            guard length >= 5, let known = vocabulary[first] else {
                if isContent { unknown += 1 }
                continue
            }
            let limit = length >= 7 ? 2 : 1
            var best: (word: String, distance: Int)?
            for candidate in known where abs(candidate.utf8.count - length) <= limit && candidate.utf8.count >= 4 {
                let distance = word.editDistance(to: candidate, limit: limit)
                if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
            }
            if let best { tokens[index].text = best.word } else if isContent { unknown += 1 }
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

extension IntentClassifier {
    /// A classifier for a knowledge base: its intents, with the names of its backgrounds, tools,
    /// tool groups and certifications as known words.
    public init(knowledge: KnowledgeBase, thresholds: Thresholds = .default, formula: Formula = Formula()) {
        var names: [String] = []
        for background in knowledge.backgrounds { names += [background.name] + background.synonyms }
        for tool in knowledge.tools { names += [tool.id, tool.name] + tool.aliases }
        for group in knowledge.toolGroups { names += [group.name] + group.aliases }
        for certification in knowledge.certifications { names += [certification.name] + certification.aliases }
        self.init(intents: knowledge.intents, thresholds: thresholds, formula: formula, domainWords: names)
    }
}
