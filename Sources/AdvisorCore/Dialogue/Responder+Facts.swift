/// Answers led by what the question names: the fact units the ``FactIndex`` ranks best, the
/// gaps admitted first, and the advisor's own labels for the parts of a long message.
extension Responder {
    /// How much a unit of the intent's main topic, and of its other topics, gains in the ranking.
    static let mainTopicPrior = 0.3
    static let otherTopicPrior = 0.15
    /// Below this score the best unit is no answer to the question.
    static let minimumScore = 0.2
    /// Units scoring at least this share of the best one are shown (the screen cuts the rest).
    static let keepFraction = 0.45
    /// A unit outside the answer's topics needs at least this score to join it.
    static let outsideTopicScore = 0.35
    /// What a unit outside the answer's topics keeps of its score.
    static let outsideTopicFactor = 0.75
    static let maximumUnits = 10

    /// The topics whose units an answer of this kind leans to, main one first: the intent's topics,
    /// and for a comparison the articles' role definitions.
    static func factTopics(_ intent: Intent) -> [String] {
        (topicIDs[intent] ?? []).map(\.rawValue) + (intent == .compare ? ["adjacent-roles", "what-is-mlops"] : [])
    }

    /// The units that best match the question, the best as the headline, the rest as bullets.
    /// With no good match, the intent's topics in their order; with neither, one short question.
    /// `leaning`: the topics are only the classifier's best guess (a message no intent fits), so they weigh less.
    /// `excluding`: kinds of unit left out (lists of tools, when the tools themselves were just shown).
    func bestFacts(
        _ text: String, _ entities: Entities, topics: [String], leaning: Bool = false,
        excluding: Set<FactUnit.Kind> = [], subject: String, into reply: inout ReplyBuilder
    ) {
        var prior: [String: Double] = [:]
        for (position, topic) in topics.enumerated() where prior[topic] == nil {
            prior[topic] = (position == 0 ? Self.mainTopicPrior : Self.otherTopicPrior) * (leaning ? 0.5 : 1)
        }
        // Two units with the same words (a note two paths share) are shown once.
        var texts = Set(reply.units.map(\.line))
        let query = FactQuery(text: text, entities: entities, topics: prior, bringsInPaths: leaning)
        // A unit outside the answer's topics weighs less: "is it worth it?" is about the career, not
        // about a project "worth more than any certificate".
        let matches = index.ranked(query).filter { match in
            !excluding.contains(match.unit.kind) && !reply.hasShown(match.unit.id)
                && texts.insert("\(match.unit.text) (\(match.unit.source))").inserted
        }.map { match in
            var match = match
            if !leaning, !prior.isEmpty, prior[match.unit.tags.topic] == nil { match.score *= Self.outsideTopicFactor }
            return match
        }.sorted { $0.score > $1.score }
        guard let best = matches.first, best.score >= Self.minimumScore else {
            if !topics.isEmpty, !leaning {
                self.topics(topics.compactMap(TopicID.init(rawValue:)), subject: subject, into: &reply)
            } else {
                reply.paragraph(
                    "I'm not sure which part of moving into MLOps you mean. Is it the roadmap, salaries, "
                        + "tools, certifications, projects or the job search?")
            }
            return
        }
        let chosen = matches.prefix { $0.score >= best.score * Self.keepFraction }
            .filter { $0.unit.id == best.unit.id || prior[$0.unit.tags.topic] != nil || $0.score >= Self.outsideTopicScore }
            .prefix(Self.maximumUnits)
        reply.headline(reply.line(best.unit))
        var lines: [String] = []
        for match in chosen.dropFirst() { lines.append(reply.line(match.unit)) }
        reply.bullets(lines)
    }

    /// Opens the answer with one line on what the articles do not cover, for the gaps the
    /// question names that the reply has not admitted yet.
    func admitGaps(_ entities: Entities, into reply: inout ReplyBuilder) {
        var fresh = entities.gaps.filter { !reply.hasAdmitted($0) }
        // The person's own job with no path: said once, as the no-path line the answers use.
        if let own = entities.unknownBackground, let index = fresh.firstIndex(where: { $0.isRole(own) }) {
            fresh.remove(at: index)
            noPath(for: own, into: &reply)
        }
        guard !fresh.isEmpty else { return }
        var phrases: [String] = []
        for gap in fresh {
            reply.admit(gap)
            let term = gap.term.sanitizedForDisplay
            let phrase =
                switch gap.kind {
                case .country: "\(term) (their pay figures are US ones)"
                case .currency: "pay in \(term) (their figures are US dollars)"
                case .age: "age"
                case .role: gap.isPay ? term : "\(term) as a role"
                case .named, .topic: term
                }
            if !phrases.contains(phrase) { phrases.append(phrase) }
        }
        reply.paragraph("The articles say nothing about \(Self.listed(phrases)).")
    }

    /// A short label of the advisor's own for one of several answers: what it names, or what kind of answer it is.
    func label(for question: DialogueAction.Question) -> String {
        let entities = question.entities
        let named =
            entities.tools.compactMap(knowledge.tool).map(\.name)
            + entities.certifications.compactMap(knowledge.certification).map(\.name)
        if !named.isEmpty, [.tools, .certifications, .skills, .outOfScope].contains(question.intent) {
            return Self.listed(named)
        }
        var label = Self.sentence(question.intent == .outOfScope ? "what the articles say" : question.intent.displayName)
        if [.timeline, .salary, .tools, .skills, .plan, .roadmap].contains(question.intent), let background = entities.backgrounds.first {
            label += ", from \(name(of: background))"
        }
        return label
    }
}
