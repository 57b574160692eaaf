/// Scores an utterance against every intent: TF-IDF similarity to the examples plus keywords.
///
/// **The formula.** For intent *i*, with `s₁ ≥ s₂` the cosine similarities of the query to
/// the intent's two nearest examples (``TFIDFIndex``), `c` its cosine with the intent's centroid
/// (the normalised mean of the intent's example vectors) and `p_k` the specificity of each of
/// the intent's keywords found in the query:
///
///     nearest_i    = (1 − λ)·s₁ + λ·s₂                  λ = ``Formula/secondNearest``
///     similarity_i = (1 − κ)·nearest_i + κ·c             κ = ``Formula/centroid``
///     keyword_i    = 1 − Π_k (1 − ½·p_k)                (0, ½, ¾, … for 0, 1, 2 fully specific keywords)
///     score_i      = (similarity_i + β·keyword_i·(1 − similarity_i)) · max(0, 1 − u·(1 − ρ) − f·(1 − ρₒ))
///     score_oos    = similarity_oos + ω·(1 − similarity_oos)·(1 − max(0, 1 − f·(1 − ρₒ)))
///
/// A keyword's specificity is the share of the training examples containing it that belong to
/// its intent, smoothed: `(own + 1) / (all + 1)`, so "job", found in job-search, interview and
/// employer examples alike, adds less than "interview". The nearest examples catch a phrasing
/// seen before; the centroid adds what the intent's examples say as a whole, so a query
/// sharing a word with many of them ranks above one matching a single odd example.
///
/// with β = ``Formula/keywordBoost``, ρ = ``Formula/unknownWordFactor``, ρₒ =
/// ``Formula/outOfScopeWordFactor``, ω = ``Formula/foreignWordEvidence``; `u` is the number of
/// content words (three letters or more, not stop words) that neither an example, a keyword nor
/// a domain name uses, even after typo correction, and `f` the number of content words that only
/// `out_of_scope` examples use ("chef", "movie"): "how do i become a *nurse*" or "what
/// tools do i need to fix a *bike*" borrow an intent's phrasing for a subject the advisor
/// knows nothing about, and each such word lowers the confidence towards out-of-scope; a word
/// the out-of-scope examples taught lowers it more than one nobody used (which may be a typo
/// or a new way of asking). A word only out-of-scope examples use is never respelt into an
/// in-scope one.
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

        /// The committed thresholds, chosen with `advisor eval --sweep` (history: docs/classifier-tuning.md):
        /// 0.1 is the lowest of the sweep's tied best values; 0.2 is where the sweep starts to cost accuracy.
        public static let `default` = Thresholds(outOfScope: 0.1, clarify: 0.2)
    }

    /// The constants of the scoring formula.
    ///
    /// Chosen by 5-fold cross-validation on the training examples (`advisor eval --folds 5
    /// --constant NAME=VALUE`), never on the test set; the values tried are in docs/classifier-tuning.md.
    public struct Formula: Hashable, Sendable {
        /// β: how much of the remaining gap keywords close (0.5: best in the combined cross-validation run).
        public var keywordBoost: Double = 0.5
        /// λ: the weight of the second-nearest example (0.3: 0.2 scored lower, 0.4 no better).
        public var secondNearest: Double = 0.3
        /// ρ: the factor applied once per unknown content word (in-scope intents only); 0.5 beat 0.6,
        /// and 0.4 only trades in-scope accuracy for refusals.
        public var unknownWordFactor: Double = 0.5
        /// ρₒ: the factor applied instead of ρ for a content word that only `out_of_scope`
        /// examples use ("chef", "recipe"): stronger evidence than a word nobody used (0.3: best combined).
        public var outOfScopeWordFactor: Double = 0.3
        /// κ: the weight of the class centroid's similarity against the nearest examples'
        /// (0.5: best combined).
        public var centroid: Double = 0.5
        /// Whether the `out_of_scope` class also uses its centroid (on: cross-validation preferred
        /// it, narrowly).
        public var outOfScopeCentroid = true
        /// How much a plain English word the examples don't use (the `english` word list) counts
        /// in the unknown-word penalty, against 1 for a word no list knows.
        public var plainWordWeight = 0.5
        /// Whether the unknown-word penalty counts the share of unknown content words
        /// (`1 − γ·share`, γ = 1 − ρ) rather than their number (`1 − u·(1 − ρ)`); off: the share
        /// scored lower.
        public var unknownWordShare = false
        /// Whether a keyword counts by its specificity (the share of training examples containing it
        /// that belong to its intent) rather than fully (on, so "job", in many intents' examples, adds
        /// less than "interview").
        public var keywordSpecificity = true
        /// ω: how much of the gap between the `out_of_scope` class's similarity and 1 the words only
        /// out-of-scope examples use close (`s + ω·(1 − s)·(1 − φ)`, φ the penalty those words
        /// alone give in-scope intents). 0: the class scores its similarity like any intent
        /// (ω > 0 scored lower).
        public var foreignWordEvidence: Double = 0
        public var termWeights = TFIDFIndex.Weights()
        public init() {}
    }

    public let thresholds: Thresholds
    public let formula: Formula
    public let intents: [Intent]
    let index: TFIDFIndex
    /// The intent (index into `intents`) of each indexed example.
    let exampleIntent: [Int32]
    /// Keyword word sequences by their first stemmed word.
    let keywords: [String: [(intent: Int, words: [String], text: String, specificity: Double)]]
    /// The words of the examples, keywords and domain names, for typo correction; in-scope words
    /// have priority 1, words only the `out_of_scope` examples use priority 0.
    let vocabulary: TypoCorrector
    /// The position of `out_of_scope` in `intents`, when the data has examples for it.
    let outOfScopePosition: Int?
    /// Each intent's centroid (mean example vector), by term.
    let centroids: TFIDFIndex.CentroidPostings
    /// The index's postings cut into runs of one intent's examples (``classify(_:keeping:)``'s bounds).
    let runs: TFIDFIndex.GroupRuns

    /// - Parameters:
    ///   - domainWords: texts whose words count as known besides the examples (names of
    ///     backgrounds, tools, certifications), so that "i'm an accountant" is not penalised.
    ///   - plainWords: real English words that are never respelt as typos of known words (the
    ///     `english` word list: "plays" is not "pays"); they count ``Formula/plainWordWeight``
    ///     in the unknown-word penalty.
    ///   - placeWords: names of places, never respelt either ("germany" is not "german"), but
    ///     unknown like any word the examples don't use.
    public init(
        intents definitions: [IntentDefinition], thresholds: Thresholds = .default, formula: Formula = Formula(),
        domainWords: [String] = [], plainWords: [String] = [], placeWords: [String] = []
    ) {
        self.init(
            intents: definitions, thresholds: thresholds, formula: formula, domainWords: domainWords, plainWords: plainWords,
            placeWords: placeWords,
            exampleTokens: definitions.flatMap(\.examples).map { Normalizer.tokens($0) })
    }

    /// The same, for examples already split into tokens (`exampleTokens` in the order of the
    /// definitions and their examples), so that start-up splits each example once.
    public init(
        intents definitions: [IntentDefinition], thresholds: Thresholds = .default, formula: Formula = Formula(),
        domainWords: [String] = [], plainWords: [String] = [], placeWords: [String] = [], exampleTokens: [[Token]]
    ) {
        self.thresholds = thresholds
        self.formula = formula
        var intents: [Intent] = []
        var examples: [String] = []
        var exampleIntent: [Int32] = []
        var keywords: [String: [(intent: Int, words: [String], text: String, specificity: Double)]] = [:]
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
                keywords[first, default: []].append((position, words, keyword, 1))
            }
        }
        precondition(exampleTokens.count == examples.count, "one token list per example")
        var words: [(word: String, priority: Int, frequency: Int)] = []
        var nextExample = 0
        for definition in definitions {
            let priority = definition.intent == .outOfScope ? 0 : 1
            let tokens = exampleTokens[nextExample..<nextExample + definition.examples.count]
            nextExample += definition.examples.count
            for token in tokens.joined() + definition.keywords.flatMap({ Normalizer.tokens($0) }) where token.kind == .word {
                words.append((token.text, priority, 1))
            }
        }
        var names: Set<String> = []
        for text in domainWords {
            for token in Normalizer.tokens(text) where token.kind == .word {
                words.append((token.text, 1, 1))
                names.insert(token.text)
            }
        }
        for word in plainWords { words.append((word, Self.plainPriority, 1)) }
        for word in placeWords { words.append((word, Self.placePriority, 1)) }
        self.vocabulary = TypoCorrector(words: words, names: names)
        self.outOfScopePosition = intents.firstIndex(of: .outOfScope)
        self.intents = intents
        self.exampleIntent = exampleIntent
        var stems = StemMemo()
        if formula.keywordSpecificity {
            Self.measureSpecificity(of: &keywords, examples: exampleTokens, exampleIntent: exampleIntent, stems: &stems)
        }
        self.keywords = keywords
        let index = TFIDFIndex(documents: examples, tokens: exampleTokens, weights: formula.termWeights, stems: &stems)
        self.index = index
        self.centroids = index.centroids(group: exampleIntent, groups: intents.count)
        self.runs = index.groupRuns(group: exampleIntent, groups: intents.count)
    }

    /// The intents ranked best first, with the winner's confidence; see the type's documentation.
    public func classify(_ utterance: String) -> [IntentScore] {
        classify(utterance, outOfScopeBelow: thresholds.outOfScope)
    }

    /// The ranking with another out-of-scope threshold (0: only the `out_of_scope` examples refuse).
    ///
    /// Every intent sharing a term or a keyword with the utterance is scored and ranked; a turn
    /// reads only the top of the list and asks for less (``classify(_:keeping:)``).
    public func classify(_ utterance: String, outOfScopeBelow threshold: Double) -> [IntentScore] {
        let evidence = self.evidence(for: utterance)
        var scores = [Float](repeating: 0, count: index.documents.count)
        var touched: [Int32] = []
        index.accumulate(evidence.query, into: &scores, touched: &touched)
        var nearest = [Nearest](repeating: Nearest(), count: intents.count)
        for document in touched { nearest[Int(exampleIntent[Int(document)])].add(document, score: scores[Int(document)]) }
        var candidates: [IntentScore] = []
        for position in intents.indices where nearest[position].example >= 0 || !evidence.found[position].isEmpty {
            candidates.append(score(of: position, nearest: nearest[position], evidence))
        }
        return Self.ranked(candidates, outOfScopeBelow: threshold)
    }

    /// What an utterance brings to every intent before its examples are compared: its vector
    /// (typos corrected), its cosine with each centroid, the keywords found and the penalties.
    struct Evidence {
        var query: TFIDFIndex.Vector
        var centroid: [Float]
        var found: [[String]]
        var keywordMiss: [Double]
        var penalty: Double
        var foreignPenalty: Double
    }

    /// An intent's two nearest examples so far: their cosines and the nearest one.
    struct Nearest {
        var first: Float = 0
        var second: Float = 0
        var example: Int32 = -1

        /// Takes in one example's cosine; a tie keeps the example seen first.
        mutating func add(_ document: Int32, score: Float) {
            if score > first {
                (first, second, example) = (score, first, document)
            } else if score > second {
                second = score
            }
        }
    }

    func evidence(for utterance: String) -> Evidence {
        var unknown = 0, plain = 0, foreign = 0, content = 0
        let tokens = corrected(Normalizer.tokens(utterance), unknown: &unknown, plain: &plain, foreign: &foreign, content: &content)
        let unknownWords = Double(unknown) + formula.plainWordWeight * Double(plain)
        let foreignLoss = Double(foreign) * (1 - formula.outOfScopeWordFactor)
        let foreignPenalty = Swift.max(0, 1 - foreignLoss)
        let penalty =
            formula.unknownWordShare
            ? 1 - (1 - formula.unknownWordFactor) * (unknownWords + Double(foreign)) / Double(Swift.max(1, content))
            : Swift.max(0, foreignPenalty - unknownWords * (1 - formula.unknownWordFactor))
        // Each word stemmed once, for the index's terms and the keywords alike.
        let stems = TFIDFIndex.stems(of: tokens)
        let query = index.vector(for: tokens, stems: stems)
        var centroid = [Float](repeating: 0, count: intents.count)
        if formula.centroid > 0 { index.accumulateCentroids(query, centroids, into: &centroid) }
        var found = [[String]](repeating: [], count: intents.count)
        var keywordMiss = [Double](repeating: 1, count: intents.count)
        let words = Self.stemmedWords(tokens, stems: stems)
        for start in words.indices {
            for keyword in keywords[words[start]] ?? [] where words[start...].starts(with: keyword.words) {
                if !found[keyword.intent].contains(keyword.text) {
                    found[keyword.intent].append(keyword.text)
                    keywordMiss[keyword.intent] *= 1 - 0.5 * keyword.specificity
                }
            }
        }
        return Evidence(
            query: query, centroid: centroid, found: found, keywordMiss: keywordMiss, penalty: penalty, foreignPenalty: foreignPenalty)
    }

    /// The intent's score, similarity and keyword part for the cosines of its two nearest examples.
    func combined(_ position: Int, first: Double, second: Double, _ evidence: Evidence) -> (
        score: Double, similarity: Double, keyword: Double
    ) {
        let neighbours = min(1, (1 - formula.secondNearest) * first + formula.secondNearest * second)
        let kappa = position == outOfScopePosition && !formula.outOfScopeCentroid ? 0 : formula.centroid
        let similarity = min(1, (1 - kappa) * neighbours + kappa * Double(evidence.centroid[position]))
        let keyword = 1 - evidence.keywordMiss[position]
        let score =
            position == outOfScopePosition
            ? similarity + formula.foreignWordEvidence * (1 - similarity) * (1 - evidence.foreignPenalty)
            : (similarity + formula.keywordBoost * keyword * (1 - similarity)) * evidence.penalty
        return (score, similarity, keyword)
    }

    func score(of position: Int, nearest: Nearest, _ evidence: Evidence) -> IntentScore {
        let (score, similarity, keyword) = combined(position, first: Double(nearest.first), second: Double(nearest.second), evidence)
        return IntentScore(
            intent: intents[position], score: score, similarity: similarity, keywordScore: keyword,
            matchedKeywords: evidence.found[position],
            nearestExample: nearest.example >= 0 ? index.documents[Int(nearest.example)] : nil)
    }

    /// Candidates best first in a total order (score, then the intent's raw value: intents are
    /// unique), behind an `out_of_scope` entry when the best in-scope score is below `threshold`.
    static func ranked(_ candidates: [IntentScore], outOfScopeBelow threshold: Double) -> [IntentScore] {
        var ranked = candidates.sorted(by: Self.ranksBefore)
        guard let best = ranked.first else { return [IntentScore(intent: .outOfScope, score: 0)] }
        if best.intent != .outOfScope, best.score < threshold {
            ranked.insert(IntentScore(intent: .outOfScope, score: best.score), at: 0)
        }
        return ranked
    }

    static func ranksBefore(_ a: IntentScore, _ b: IntentScore) -> Bool {
        a.score != b.score ? a.score > b.score : a.intent.rawValue < b.intent.rawValue
    }

    /// The understanding with the terms each of its top three candidates shares with its nearest
    /// example (``IntentScore/matchedTerms``), for `--explain` and `/why`. ``classify(_:)`` leaves
    /// them out: working them out cost a quarter of a classification, and only explanations show them.
    public func explain(_ understanding: Understanding, of utterance: String) -> Understanding {
        var unknown = 0, plain = 0, foreign = 0, content = 0
        let query = index.vector(
            for: corrected(Normalizer.tokens(utterance), unknown: &unknown, plain: &plain, foreign: &foreign, content: &content))
        var explained = understanding
        // The out-of-scope entry put first for a low score has neither an example nor keywords.
        var remaining = 3
        for position in explained.candidates.indices where remaining > 0 {
            let candidate = explained.candidates[position]
            if position == 0, candidate.intent == .outOfScope, candidate.nearestExample == nil, candidate.matchedKeywords.isEmpty,
                explained.candidates.count > 1
            {
                continue
            }
            remaining -= 1
            guard let example = candidate.nearestExample, let intent = intents.firstIndex(of: candidate.intent),
                let document = index.documents.indices.first(where: { exampleIntent[$0] == intent && index.documents[$0] == example })
            else { continue }
            explained.candidates[position].matchedTerms = Array(index.sharedTerms(query, document: document).prefix(8))
        }
        return explained
    }

    /// Replaces each word no example, keyword or domain name uses, or only a few use while a far
    /// more frequent one is a typo away (``TypoCorrector/preferredSpelling(of:ratio:)``), with the
    /// closest known one (see ``TypoCorrector``: "salery" → "salary", "lnog" → "long"), and counts the
    /// content words (three letters or more, not stop words) that stay unknown to the in-scope
    /// intents, including words only the `out_of_scope` examples use ("nurse", "bake"). Plain English
    /// words and places are never respelt (only read as the known word they inflect): a place counts
    /// as unknown, an English word as `plain` (weighed by ``Formula/plainWordWeight``).
    private func corrected(
        _ tokens: [Token], unknown: inout Int, plain: inout Int, foreign: inout Int, content: inout Int
    ) -> [Token] {
        var tokens = tokens
        for index in tokens.indices where tokens[index].kind == .word {
            let word = tokens[index].text
            let isContent = word.utf8.count >= 3 && !StopWords.contains(word)
            if isContent { content += 1 }
            if vocabulary.isPlainWord(word) {
                // A real English word the examples don't use is no typo ("plays" is not "pays"):
                // it is read as a known word only when it is that word inflected ("lawyers").
                if let nearest = vocabulary.nearestWord(toPlainWord: word), Stemmer.stem(nearest.word) == Stemmer.stem(word) {
                    tokens[index].text = nearest.word
                    if isContent, nearest.priority == 0 { foreign += 1 }
                } else if isContent {
                    if vocabulary.priority(of: word) == Self.placePriority { unknown += 1 } else { plain += 1 }
                }
                continue
            }
            if vocabulary.contains(word) {
                // A word only out-of-scope examples use is never respelt: as a rare spelling of
                // a frequent in-scope word ("movie" → "move") it would lose what it says.
                if !vocabulary.isInScope(word) {
                    if isContent { foreign += 1 }
                } else if let preferred = vocabulary.preferredSpelling(of: word) {
                    tokens[index].text = preferred
                }
                continue
            }
            if let correction = vocabulary.correctionWithPriority(of: word) {
                tokens[index].text = correction.word
                if isContent, correction.priority == 0 { foreign += 1 }
            } else if isContent {
                unknown += 1
            }
        }
        return tokens
    }

    private static func stemmedWords(_ tokens: [Token], stem: (String) -> String = Stemmer.stem) -> [String] {
        stemmedWords(tokens, stems: TFIDFIndex.stems(of: tokens, stem: stem))
    }

    /// The words as keywords are matched: stems, numbers as `<number>`, boundaries left out.
    private static func stemmedWords(_ tokens: [Token], stems: [String]) -> [String] {
        zip(tokens, stems).compactMap { token, stem in
            switch token.kind {
            case .word: stem
            case .number: "<number>"
            case .boundary: nil
            }
        }
    }

    /// Sets each keyword's specificity: of the training examples containing it, the share that
    /// belong to its intent, smoothed (`(own + 1) / (all + 1)`), so "job" — in job-search, interview
    /// and employer examples alike — counts less than "interview".
    private static func measureSpecificity(
        of keywords: inout [String: [(intent: Int, words: [String], text: String, specificity: Double)]],
        examples: [[Token]], exampleIntent: [Int32], stems: inout StemMemo
    ) {
        var own: [String: Int] = [:], all: [String: Int] = [:]
        for (example, intent) in zip(examples, exampleIntent) {
            let words = stemmedWords(example, stem: { stems.stem($0) })
            var seen: [String] = []
            for start in words.indices {
                for keyword in keywords[words[start]] ?? [] where words[start...].starts(with: keyword.words) {
                    let key = "\(keyword.intent) \(keyword.text)"
                    guard !seen.contains(key) else { continue }
                    seen.append(key)
                    all[key, default: 0] += 1
                    if keyword.intent == Int(intent) { own[key, default: 0] += 1 }
                }
            }
        }
        for first in keywords.keys {
            for position in keywords[first]!.indices {
                let keyword = keywords[first]![position]
                let key = "\(keyword.intent) \(keyword.text)"
                keywords[first]![position].specificity = Double(own[key, default: 0] + 1) / Double(all[key, default: 0] + 1)
            }
        }
    }
}

extension IntentClassifier {
    /// A classifier for a knowledge base: its intents, with the names of its backgrounds, tools,
    /// tool groups and certifications as known words, and English words and the names of places
    /// (the country gaps: "germany", "karachi") as plain words, never respelt.
    public init(
        knowledge: KnowledgeBase, thresholds: Thresholds = .default, formula: Formula = Formula(),
        exampleTokens: [[Token]]? = nil
    ) {
        var names: [String] = []
        for background in knowledge.backgrounds { names += [background.name] + background.synonyms }
        for tool in knowledge.tools { names += [tool.id, tool.name] + tool.aliases }
        for group in knowledge.toolGroups { names += [group.name] + group.aliases }
        for certification in knowledge.certifications { names += [certification.name] + certification.aliases }
        self.init(
            intents: knowledge.intents, thresholds: thresholds, formula: formula, domainWords: names,
            plainWords: knowledge.words(.english), placeWords: Self.placeWords(knowledge),
            exampleTokens: exampleTokens ?? knowledge.intents.flatMap(\.examples).map { Normalizer.tokens($0) })
    }

    /// The vocabulary's priorities of plain English words and of names of places (both never respelt).
    static let plainPriority = -1
    static let placePriority = -2

    /// The words of the countries and cities the gaps list, which are no typos of the words the
    /// examples use ("germany" is not "german").
    private static func placeWords(_ knowledge: KnowledgeBase) -> [String] {
        knowledge.gaps.filter { $0.kind == .country }.flatMap(\.phrases)
            .flatMap { Normalizer.tokens($0) }.filter { $0.kind == .word }.map(\.text)
    }
}
