/// Scores an utterance against every intent: TF-IDF similarity to the examples plus keywords.
///
/// **The formula.** For intent *i*, with `s₁ ≥ s₂` the cosine similarities of the query to
/// the intent's two nearest examples (``TFIDFIndex``) and `m` the number of the intent's
/// keywords found in the query:
///
///     similarity_i = (1 − λ)·s₁ + λ·s₂                  λ = ``Formula/secondNearest``
///     keyword_i    = 1 − ½^m                            (0, ½, ¾, … for 0, 1, 2 keywords)
///     score_i      = (similarity_i + β·keyword_i·(1 − similarity_i)) · (1 − u·(1 − ρ))
///     score_oos    = similarity_oos                     (the `out_of_scope` examples, if any)
///
/// with β = ``Formula/keywordBoost``, ρ = ``Formula/unknownWordFactor`` and `u` the number of
/// content words (three letters or more, not stop words) that neither an in-scope example, a
/// keyword nor a domain name uses, even after typo correction (a word only `out_of_scope`
/// examples use counts as unknown): "how do i become a *nurse*" or "what
/// tools do i need to fix a *bike*" borrow an intent's phrasing for a subject the advisor
/// knows nothing about, and each such word lowers the confidence towards out-of-scope.
///
/// Keywords close part of the gap between the similarity and 1, so a score stays in [0, 1],
/// a keyword alone never reaches certainty, and a keyword can reorder candidates whose
/// examples are about equally close. Keywords are matched as whole stemmed word sequences
/// ("how long" matches "how long does it take", not "howling").
///
/// **Typos.** Before scoring, a word no example uses is replaced by the closest one that
/// does (``TypoCorrector``: deterministic, in-scope words first); character trigrams in the
/// index catch what that misses. Every choice (ranking, typo correction, shared terms) uses a
/// total order, so the result never depends on the process's hash seed.
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

        /// The committed thresholds, chosen with `advisor eval --sweep` after the formula's
        /// constants were fixed by cross-validation on the training examples: with the
        /// `out_of_scope` examples doing most of the refusing, 0.1 is the sweep's recommendation
        /// (best in-scope accuracy + out-of-scope F1, as no value reaches out-of-scope precision
        /// 0.9: accuracy 0.897, OOS P/R 0.871/0.763 there); clarify sits at twice that, as before.
        public static let `default` = Thresholds(outOfScope: 0.1, clarify: 0.2)
    }

    /// The constants of the scoring formula.
    ///
    /// Chosen by 5-fold cross-validation on the training examples (`advisor eval --folds 5`),
    /// never on the test set: λ 0.2 → 0.4 and ρ 0.75 → 0.6 with unknown words not favouring
    /// `out_of_scope` took the mean fold accuracy from 0.741 to 0.757 (λ 0.6: 0.758, β 0.3 or 0.5
    /// and other trigram or bigram weights: lower or no better).
    public struct Formula: Hashable, Sendable {
        /// β: how much of the remaining gap keywords close.
        public var keywordBoost: Double = 0.4
        /// λ: the weight of the second-nearest example.
        public var secondNearest: Double = 0.4
        /// ρ: the factor applied once per unknown content word (in-scope intents only).
        public var unknownWordFactor: Double = 0.6
        /// Whether unknown words also raise the `out_of_scope` class's score (`1 − (1 − s)·penalty`);
        /// off, the class scores its similarity like any intent (cross-validation preferred that).
        public var unknownWordsFavourOutOfScope = false
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
    /// The words of the examples, keywords and domain names, for typo correction; in-scope words
    /// have priority 1, words only the `out_of_scope` examples use priority 0.
    private let vocabulary: TypoCorrector
    /// The position of `out_of_scope` in `intents`, when the data has examples for it.
    private let outOfScopePosition: Int?

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
        var words: [(word: String, priority: Int, frequency: Int)] = []
        for definition in definitions {
            let priority = definition.intent == .outOfScope ? 0 : 1
            for text in definition.examples + definition.keywords {
                for token in Normalizer.tokens(text) where token.kind == .word { words.append((token.text, priority, 1)) }
            }
        }
        for text in domainWords {
            for token in Normalizer.tokens(text) where token.kind == .word { words.append((token.text, 1, 1)) }
        }
        self.vocabulary = TypoCorrector(words: words)
        self.outOfScopePosition = intents.firstIndex(of: .outOfScope)
        self.intents = intents
        self.exampleIntent = exampleIntent
        self.keywords = keywords
        self.index = TFIDFIndex(documents: examples, weights: formula.termWeights)
    }

    /// The intents ranked best first, with the winner's confidence; see the type's documentation.
    public func classify(_ utterance: String) -> [IntentScore] {
        classify(utterance, outOfScopeBelow: thresholds.outOfScope)
    }

    /// The ranking with another out-of-scope threshold (0: only the `out_of_scope` examples refuse).
    public func classify(_ utterance: String, outOfScopeBelow threshold: Double) -> [IntentScore] {
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
            let score = position == outOfScopePosition
                ? (formula.unknownWordsFavourOutOfScope ? 1 - (1 - similarity) * penalty : similarity)
                : (similarity + formula.keywordBoost * keyword * (1 - similarity)) * penalty
            let example = Int(nearest[position].example)
            candidates.append((IntentScore(intent: intent, score: score, similarity: similarity, keywordScore: keyword,
                                           matchedKeywords: found[position],
                                           nearestExample: example >= 0 ? index.documents[example] : nil), example))
        }
        // A total order: score, then the intent's raw value (intents are unique).
        candidates.sort { $0.score.score != $1.score.score ? $0.score.score > $1.score.score
            : $0.score.intent.rawValue < $1.score.intent.rawValue }
        for position in candidates.indices.prefix(3) where candidates[position].example >= 0 {
            candidates[position].score.matchedTerms = Array(index.sharedTerms(query, document: candidates[position].example).prefix(8))
        }
        var ranked = candidates.map(\.score)
        guard let best = ranked.first else { return [IntentScore(intent: .outOfScope, score: 0)] }
        if best.intent != .outOfScope, best.score < threshold {
            ranked.insert(IntentScore(intent: .outOfScope, score: best.score), at: 0)
        }
        return ranked
    }

    /// Replaces each word no example, keyword or domain name uses, or only a few use while a far
    /// more frequent one is a typo away (``TypoCorrector/preferredSpelling(of:ratio:)``), with the
    /// closest known one (see ``TypoCorrector``: "salery" → "salary", "lnog" → "long"), and counts the
    /// content words (three letters or more, not stop words) that stay unknown to the in-scope
    /// intents, including words only the `out_of_scope` examples use ("nurse", "bake").
    private func corrected(_ tokens: [Token], unknown: inout Int) -> [Token] {
        var tokens = tokens
        for index in tokens.indices where tokens[index].kind == .word {
            let word = tokens[index].text
            let isContent = word.utf8.count >= 3 && !StopWords.contains(word)
            if vocabulary.contains(word) {
                if let preferred = vocabulary.preferredSpelling(of: word) {
                    tokens[index].text = preferred
                } else if isContent, !vocabulary.isInScope(word) {
                    unknown += 1
                }
                continue
            }
            if let correction = vocabulary.correctionWithPriority(of: word) {
                tokens[index].text = correction.word
                if isContent, correction.priority == 0 { unknown += 1 }
            } else if isContent {
                unknown += 1
            }
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
