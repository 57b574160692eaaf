import Foundation

/// Ranks ``FactUnit``s by how well they match what a question names.
///
/// **Words**: a unit's document is its text, its ``FactUnit/words`` (the words people ask with),
/// its topic's title (at half weight) and, for a tool,
/// certification or background it is about, the names people type for it (aliases, synonyms).
/// Words go through the project's ``Normalizer`` and ``Stemmer``; stop words are left out. A
/// term weighs `tf × idf` with `idf = ln((1 + N) / (1 + df)) + 1`. The question's vector is
/// L2-normalised; a unit's is divided by a pivoted norm, `p × its norm + (1 − p) × the mean norm`
/// (``Boosts/lengthPivot``), so a unit's word score is near the cosine but a unit with many
/// phrases is not drowned by its own length.
///
/// **Sentences**: in a message of several sentences, each sentence is also matched on its own
/// and a unit keeps its best word score, a sentence's weighing ``Boosts/sentence`` of it: in the
/// whole message's cosine one part's words are a small share and lose to the names it holds.
///
/// **Names**: a tool, certification, tool family or salary level the question names
/// (``Entities``, found by the ``EntityExtractor``) lifts the units tagged with it, and lifts
/// most the unit that *is* it (`tool.kubernetes` for "why Kubernetes?"); a tool the person says
/// they already know (``Entities/knownTools``) lifts nothing. A background lifts only
/// units that match otherwise already, and the person's own background (not one only mentioned)
/// lifts its paths' notes and stage skips by ``Boosts/ownPath`` more, fading down each path's
/// list; where the background brings its paths in (``FactQuery/bringsInPaths``), it lifts them
/// whatever the words: where the person stands is part of what they ask. Tags come from the
/// records a unit belongs to and from what its own words name, found once when the index is built.
///
/// **Phrases**: a unit one of whose ``FactUnit/words`` phrases the question holds whole (every
/// content word of "more years first", in any order) is lifted by ``Boosts/phrase``, once per
/// unit. A phrase of one content word and small words ("on call", "will it last") is held only
/// as written, its words side by side in its order (``Phrase``): without its small words "call"
/// alone would stand in for it ("to call myself MLOps"). In the cosine those words are only a part of a long document, so the more phrases a
/// unit has, the less each one counts; the lift does not fade with their number.
///
/// **Related words**: a question holding one phrase of a group of ``RelatedWords`` whole ("earn")
/// also asks with the group's other words ("salary", "compensation"), each weighing
/// ``Boosts/related`` of a word typed; the query's norm stays the typed words', so expansion adds
/// to a unit's score and never lowers what the typed words match.
///
/// **Topics asked**: a group of related words may name the topics that answer it ("pay": the
/// salary figures, how pay grows); a question holding one of its phrases lifts those topics' units
/// by ``Boosts/relatedTopic``, fading down each topic's list, once per topic.
///
/// **Topics**: a ``FactQuery`` may favour some topics (the intent's), by a fixed amount each.
///
/// The index is a plain value built once per ``Advisor`` (``init(units:tagger:)``); ranking walks
/// only the postings of the question's terms.
public struct FactIndex: Sendable {
    /// A unit and how well it matched.
    public struct Match: Hashable, Sendable {
        public var unit: FactUnit
        public var score: Double
    }

    /// How much each kind of evidence adds to a unit's score.
    public struct Boosts: Hashable, Sendable {
        /// The unit *is* the named tool or certification.
        public var itself: Double = 0.6
        /// The unit names the tool, certification or family the question names.
        public var namesIt: Double = 0.3
        /// The unit is about the background the question names.
        public var background: Double = 0.25
        /// A salary figure at the level the question names.
        public var level: Double = 0.3
        /// The weight of a topic title's words next to the unit's own.
        public var titleWeight: Double = 0.5
        /// How much of a topic's lift its last unit loses (its first keeps all of it).
        public var topicFade: Double = 0.5
        /// The question holds one of the unit's phrases (its `asks`, a stage's skills) whole.
        public var phrase: Double = 0.3
        /// The weight of a word the question does not hold but a group of related words adds
        /// (``RelatedWords``), next to 1 for each word it holds.
        public var related: Double = 0.3
        /// How much a topic a group of related words names (``RelatedWords/topics``) lifts its
        /// units when the question holds one of the group's phrases; it fades down the topic's
        /// list as an answer's topics do (``topicFade``).
        public var relatedTopic: Double = 0.15
        /// Pivoted length normalisation: a unit's weights are divided by `p × its norm + (1 − p) ×
        /// the mean norm`; 1 is the plain cosine, lower favours units longer than the mean.
        public var lengthPivot: Double = 0.7
        /// What a unit keeps of its match with one sentence of a message of several, when that
        /// beats its match with the whole message (``FactIndex/ranked(_:)``).
        public var sentence: Double = 0.7
        /// What the person's own background adds to its paths' notes and stage skips, fading down
        /// each path's list (``topicFade``): its first keeps all.
        public var ownPath: Double = 0.15
        public init() {}
    }

    public let units: [FactUnit]
    public let boosts: Boosts
    let positions: [String: Int]
    /// For each stemmed term, the units containing it and the term's normalised weight there.
    let postings: [String: [(unit: Int32, weight: Float)]]
    let idf: [String: Float]
    /// Unit positions by tag ("tool:kubernetes", "cert:cka", "background:devops", "level:senior", "group:ci-cd").
    let tagged: [String: [Int32]]
    /// Each unit's place among the units of its topic, 0 for the first to 1 for the last: the
    /// knowledge base puts a topic's main fact first, so a topic's lift fades down its list.
    let placeInTopic: [Double]
    /// For each stemmed term, the phrases of ``FactUnit/words`` whose rarest term it is: the
    /// unit and all the phrase's terms (``phraseTable(units:idf:)``).
    let phrases: [String: [(unit: Int32, phrase: Phrase)]]
    /// The groups of related words (``RelatedWords``), each as its phrases, in the order written:
    /// a question holding one phrase whole asks with the others too.
    let related: [[Phrase]]
    /// For each group of ``related``, in the same order, the topics its words ask about.
    let relatedTopics: [[String]]
    /// Each unit's words and figures as the restatement check compares them (``RestatementKeys``).
    let restatements: RestatementKeys

    /// Builds the index. `tagger` reads what a unit's words name (the ``EntityExtractor``); without
    /// one, units keep the tags of their records only. `names` maps a tag ("tool:kubernetes") to the
    /// words people type for it, added to the documents of the units that are it.
    public init(
        units: [FactUnit], names: [String: [String]] = [:], boosts: Boosts = Boosts(),
        titles: [String: String] = [:], related: [[String]] = [], relatedTopics: [[String]] = [],
        tagger: ((String) -> Entities)? = nil
    ) {
        var units = units
        if let tagger {
            for index in units.indices {
                let found = tagger(units[index].text)
                var tags = units[index].tags
                tags.tools = Self.merged(tags.tools, found.tools)
                tags.certifications = Self.merged(tags.certifications, found.certifications)
                tags.toolGroups = Self.merged(tags.toolGroups, found.toolGroups)
                if units[index].kind == .topicFact || units[index].kind == .pathNote {
                    tags.backgrounds = Self.merged(tags.backgrounds, found.backgrounds)
                }
                units[index].tags = tags
            }
        }
        self.units = units
        self.boosts = boosts
        var positions: [String: Int] = [:]
        for (index, unit) in units.enumerated() where positions[unit.id] == nil { positions[unit.id] = index }
        self.positions = positions

        var counts: [[String: Float]] = []
        counts.reserveCapacity(units.count)
        for unit in units {
            var terms: [String: Float] = [:]
            for term in Self.terms(unit.text) + unit.words.flatMap(Self.terms) { terms[term, default: 0] += 1 }
            for term in Self.terms(titles[unit.tags.topic] ?? "") { terms[term, default: 0] += Float(boosts.titleWeight) }
            for name in Self.selfTags(of: unit).flatMap({ names[$0] ?? [] }) {
                for term in Self.terms(name) { terms[term, default: 0] += 1 }
            }
            counts.append(terms)
        }
        var frequency: [String: Int] = [:]
        for terms in counts { for term in terms.keys { frequency[term, default: 0] += 1 } }
        let total = Float(units.count)
        var idf: [String: Float] = [:]
        for (term, df) in frequency { idf[term] = log((1 + total) / (1 + Float(df))) + 1 }
        var postings: [String: [(unit: Int32, weight: Float)]] = [:]
        // In term order: a sum in the dictionary's order would differ by an ulp from process to
        // process (the hash seed), and the index built into the image must be the one built here.
        let unitWeights = counts.map { terms in terms.map { ($0.key, $0.value * idf[$0.key]!) }.sorted { $0.0 < $1.0 } }
        let norms = unitWeights.map { weights in weights.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot() }
        // Pivoted length normalisation: each unit is divided by a blend of its own norm and the
        // mean, so that a unit with many phrases is not drowned by its own length.
        let meanNorm = norms.reduce(0, +) / Float(max(norms.count, 1))
        let pivot = Float(boosts.lengthPivot)
        for (index, weights) in unitWeights.enumerated() {
            guard norms[index] > 0 else { continue }
            let norm = pivot * norms[index] + (1 - pivot) * meanNorm
            for (term, weight) in weights {
                postings[term, default: []].append((Int32(index), weight / norm))
            }
        }
        self.postings = postings
        self.idf = idf
        var tagged: [String: [Int32]] = [:]
        for (index, unit) in units.enumerated() {
            for tag in Self.tags(of: unit) { tagged[tag, default: []].append(Int32(index)) }
        }
        self.tagged = tagged
        var placeInTopic = [Double](repeating: 0, count: units.count)
        for (tag, positions) in tagged where tag.hasPrefix("topic:") && positions.count > 1 {
            for (place, position) in positions.enumerated() { placeInTopic[Int(position)] = Double(place) / Double(positions.count - 1) }
        }
        self.placeInTopic = placeInTopic
        self.phrases = Self.phraseTable(units: units, idf: idf)
        self.related = related.map { group in group.map(Phrase.init).filter { !$0.terms.isEmpty } }
        self.relatedTopics = related.indices.map { $0 < relatedTopics.count ? relatedTopics[$0] : [] }
        self.restatements = RestatementKeys(units: units)
    }

    /// A phrase lifts a unit only when its rarest word is at least this rare.
    static let phraseMinimumIDF: Float = 3.0

    /// The phrase table: each unit's ``FactUnit/words`` phrases as sets of terms, filed under
    /// their rarest term, so that ranking checks only the phrases one of the question's terms can complete.
    static func phraseTable(units: [FactUnit], idf: [String: Float]) -> [String: [(unit: Int32, phrase: Phrase)]] {
        var phrases: [String: [(unit: Int32, phrase: Phrase)]] = [:]
        for (index, unit) in units.enumerated() {
            // In the order the phrases are written, each once: the table does not depend on the hash seed.
            var seen: Set<Phrase> = []
            for phrase in unit.words.map(Phrase.init) where !phrase.terms.isEmpty && seen.insert(phrase).inserted {
                let rarest = phrase.terms.min { (idf[$0] ?? 0, $0) > (idf[$1] ?? 0, $1) }!
                // "what does an MLOps engineer do" is {mlops, engineer} once its small words go:
                // words that many units share tell nothing on their own.
                guard (idf[rarest] ?? 0) >= Self.phraseMinimumIDF else { continue }
                phrases[rarest, default: []].append((Int32(index), phrase))
            }
        }
        return phrases
    }

    /// The unit with this id.
    public func unit(_ id: String) -> FactUnit? { positions[id].map { units[$0] } }

    /// Whether the knowledge base has a unit with this id.
    public func contains(_ id: String) -> Bool { positions[id] != nil }

    /// Units matching the query, best first; units with no evidence at all are left out.
    public func ranked(_ query: FactQuery) -> [Match] {
        var touched = Set<Int32>()
        // The question's words: the cosine over the terms the index knows (unknown words only add to the norm).
        let words = QueryWords(query.text)
        var scores = wordScores(words, touched: &touched)
        // A message of several sentences: each sentence is matched on its own too, and a unit
        // keeps its best match. In the whole message's cosine the words of one part are a small
        // share of a long query, and what that part asks loses to the names the message holds.
        let parts = MessageSplitter.sentences(in: query.text)
        if parts.count > 1 {
            for part in parts {
                let partScores = wordScores(QueryWords(part), touched: &touched)
                for index in scores.indices { scores[index] = max(scores[index], boosts.sentence * partScores[index]) }
            }
        }
        func lift(_ tag: String, by amount: Double) {
            for position in tagged[tag] ?? [] {
                scores[Int(position)] += amount
                touched.insert(position)
            }
        }
        // Each unit is lifted once, however many of its phrases the question holds.
        var phrased = Set<Int32>()
        for term in words.held.sorted() {
            for (unit, phrase) in phrases[term] ?? [] where !phrased.contains(unit) && phrase.isHeld(in: words) {
                phrased.insert(unit)
                scores[Int(unit)] += boosts.phrase
                touched.insert(unit)
            }
        }
        let entities = query.entities
        // A tool the person already knows is where they stand, not what they ask about ("i have
        // java and some aws, what next?"); their words still match. A certificate they hold is
        // still lifted: "does my CKA count?" asks about it.
        for tool in entities.tools where !entities.knownTools.contains(tool) {
            lift("tool:\(tool)", by: boosts.namesIt)
            lift("is:tool.\(tool)", by: boosts.itself)
        }
        for certification in entities.certifications {
            lift("cert:\(certification)", by: boosts.namesIt)
            lift("is:cert.\(certification)", by: boosts.itself)
        }
        for group in entities.toolGroups {
            lift("group:\(group)", by: boosts.namesIt / 2)
            lift("is:group.\(group)", by: boosts.itself)
        }
        for level in entities.levels { lift("level:\(level.rawValue)", by: boosts.level) }
        // The topics the question's related words ask about, each lifted once.
        for topic in topicsAsked(by: words) {
            for position in tagged["topic:\(topic)"] ?? [] {
                scores[Int(position)] += boosts.relatedTopic * (1 - boosts.topicFade * placeInTopic[Int(position)])
                touched.insert(position)
            }
        }
        for (topic, amount) in query.topics {
            for position in tagged["topic:\(topic)"] ?? [] {
                scores[Int(position)] += amount * (1 - boosts.topicFade * placeInTopic[Int(position)])
                touched.insert(position)
            }
        }
        // A background narrows what already matches; it brings in nothing on its own (a cost
        // question from a data analyst is still about cost).
        for background in entities.backgrounds {
            // A background only mentioned ("the line between MLOps and a data scientist") narrows
            // like any other, but brings no path of its own in: it is nobody's starting point here.
            let bringsInPaths = query.bringsInPaths && !entities.mentionedBackgrounds.contains(background)
            for position in tagged["background:\(background)"] ?? []
            where scores[Int(position)] > 0
                || bringsInPaths && [.path, .pathSkip, .pathGaps].contains(units[Int(position)].kind)
            {
                // The path itself leads: it is the answer to "can I move from X?".
                let isPath = bringsInPaths && units[Int(position)].kind == .path
                scores[Int(position)] += isPath ? boosts.itself : boosts.background
                touched.insert(position)
            }
        }
        // Where the person stands is part of what they ask: their own path's notes and the stages
        // it lets them skip ("80% of the skills carry over", "skip Docker + cloud") are lifted a
        // little more, and, where a background brings its path in, even when no word matches them.
        for background in entities.backgrounds where !entities.mentionedBackgrounds.contains(background) {
            for list in ownPathParts(tagged["background:\(background)"] ?? []) {
                for (place, position) in list.enumerated() where query.bringsInPaths || scores[Int(position)] > 0 {
                    let share = list.count > 1 ? Double(place) / Double(list.count - 1) : 0
                    scores[Int(position)] += boosts.ownPath * (1 - boosts.topicFade * share)
                    touched.insert(position)
                }
            }
        }
        return touched.map { Match(unit: units[Int($0)], score: scores[Int($0)]) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : positions[$0.unit.id]! < positions[$1.unit.id]! }
    }

    /// The notes and stage skips among these unit positions, grouped by the path they belong to
    /// (the nearest path before them: a path's parts follow it), each group in the knowledge's order.
    func ownPathParts(_ positions: [Int32]) -> [[Int32]] {
        var groups: [Int: [Int32]] = [:]
        for position in positions where [.pathNote, .pathSkip].contains(units[Int(position)].kind) {
            guard let head = units[..<Int(position)].lastIndex(where: { $0.kind == .path }) else { continue }
            groups[head, default: []].append(position)
        }
        return groups.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The word score of every unit for these terms: their cosine with the unit's words, the
    /// related words they bring (``relatedTerms(of:)``) added at ``Boosts/related``.
    func wordScores(_ words: QueryWords, touched: inout Set<Int32>) -> [Double] {
        var scores = [Double](repeating: 0, count: units.count)
        let unseen = log(1 + Float(units.count)) + 1
        // In term order: floating-point sums depend on the order of their parts, and units with
        // the same words must tie exactly, whatever order the dictionary hands the terms out in.
        let typed = words.counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value * (idf[$0.key] ?? unseen)) }
        let weights = typed + relatedTerms(of: words).map { ($0, Float(boosts.related) * idf[$0]!) }
        // The norm is the typed words' alone: the related words add to a unit's score, they do
        // not make the words typed count less.
        let norm = typed.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return scores }
        for (term, weight) in weights {
            for posting in postings[term] ?? [] {
                scores[Int(posting.unit)] += Double(weight / norm * posting.weight)
                touched.insert(posting.unit)
            }
        }
        return scores
    }

    /// The words the groups of related words add to a question holding these terms: every
    /// word of a group one of whose phrases the question holds whole, but the words it holds
    /// and the words no unit has, in term order.
    func relatedTerms(of words: QueryWords) -> [String] {
        var added: Set<String> = []
        for group in related where group.contains(where: { $0.isHeld(in: words) }) {
            for phrase in group { added.formUnion(phrase.terms.filter { !words.held.contains($0) && idf[$0] != nil }) }
        }
        return added.sorted()
    }

    /// The topics named by the groups of related words one of whose phrases the question holds
    /// whole, each once, sorted.
    func topicsAsked(by words: QueryWords) -> [String] {
        var topics: Set<String> = []
        for (group, named) in zip(related, relatedTopics) where !named.isEmpty && group.contains(where: { $0.isHeld(in: words) }) {
            topics.formUnion(named)
        }
        return topics.sorted()
    }

    // MARK: - Building

    /// The stemmed content words of a text.
    static func terms(_ text: String) -> [String] {
        Normalizer.tokens(text).compactMap { token in
            guard token.kind == .word, !StopWords.contains(token.text) else { return nil }
            return Stemmer.stem(token.text)
        }
    }

    private static func tags(of unit: FactUnit) -> [String] {
        let tags = unit.tags
        return ["topic:\(tags.topic)", "is:\(unit.id)"] + tags.tools.map { "tool:\($0)" }
            + tags.certifications.map { "cert:\($0)" } + tags.toolGroups.map { "group:\($0)" }
            + tags.backgrounds.map { "background:\($0)" } + (tags.level.map { ["level:\($0)"] } ?? [])
    }

    /// The tags naming what the unit itself is: "tool:kubernetes" for `tool.kubernetes`.
    private static func selfTags(of unit: FactUnit) -> [String] {
        switch unit.kind {
        case .tool: unit.tags.tools.prefix(1).map { "tool:\($0)" }
        case .certification, .certificationNote: unit.tags.certifications.prefix(1).map { "cert:\($0)" }
        case .toolGroup: unit.tags.toolGroups.prefix(1).map { "group:\($0)" }
        case .path, .pathCarriesOver, .pathGaps: unit.tags.backgrounds.map { "background:\($0)" }
        default: []
        }
    }

    private static func merged(_ a: [String], _ b: [String]) -> [String] {
        a + b.filter { !a.contains($0) }
    }
}

/// What a question asks, for ranking units: its words, the names it holds, and the topics its
/// kind of answer favours.
public struct FactQuery: Hashable, Sendable {
    public var text: String
    public var entities: Entities
    /// Topic ids (a topic fact's topic, or a record family: "paths", "roadmap", "tools",
    /// "certifications", "salary") and how much each adds.
    public var topics: [String: Double]

    /// Whether a background brings its path, its skipped stages and its gaps in even when no word
    /// matches them (a message no kind of answer fits, naming where the person starts).
    public var bringsInPaths: Bool

    /// The content words of a text, as the index counts them.
    static func wordCount(_ text: String) -> Int { FactIndex.terms(text).count }

    public init(text: String, entities: Entities = Entities(), topics: [String: Double] = [:], bringsInPaths: Bool = false) {
        self.text = text
        self.entities = entities
        self.topics = topics
        self.bringsInPaths = bringsInPaths
    }
}
