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
    /// The units an answer from the best facts shows when that many match at least ``minimumScore``.
    static let minimumUnits = 3

    /// The topics whose units an answer of this kind leans to, main one first: the intent's topics,
    /// and for a comparison the articles' role definitions.
    static func factTopics(_ intent: Intent) -> [String] {
        (topicIDs[intent] ?? []).map(\.rawValue) + (intent == .compare ? ["adjacent-roles", "what-is-mlops"] : [])
    }

    /// The units that best match the question, the best as the headline, the rest as bullets.
    /// With no good match, the intent's topics in their order; with neither, one short question.
    /// `leaning`: the topics are only the classifier's best guess (a message no intent fits), so they weigh less.
    /// `excluding`: kinds of unit left out (lists of tools, when the tools themselves were just shown).
    /// `asksWhenUnmatched`: with no match and `leaning`, ask which part is meant (otherwise say nothing).
    func bestFacts(
        _ text: String, _ entities: Entities, topics: [String], leaning: Bool = false,
        excluding: Set<FactUnit.Kind> = [], asksWhenUnmatched: Bool = true, subject: String, into reply: inout ReplyBuilder
    ) {
        let prior = Self.topicPrior(topics, leaning: leaning)
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
            } else if asksWhenUnmatched {
                reply.paragraph(
                    "I'm not sure which part of moving into MLOps you mean. Is it the roadmap, salaries, "
                        + "tools, certifications, projects or the job search?")
            }
            return
        }
        // A lifted best (the tool itself, a phrase held whole) must not leave it alone: the first
        // few units that match well, or belong to the answer's own topic, stay whatever the best scored.
        let ownTopic = leaning ? nil : topics.first
        let chosen = withoutRestatements(
            matches.enumerated()
                .prefix {
                    $0.offset < Self.minimumUnits && ($0.element.score >= Self.minimumScore || $0.element.unit.tags.topic == ownTopic)
                        || $0.element.score >= best.score * Self.keepFraction
                }
                // A guessed topic (`leaning`) does not keep the first few good matches out.
                .filter {
                    $0.offset < Self.minimumUnits && leaning || $0.element.unit.id == best.unit.id
                        || prior[$0.element.unit.tags.topic] != nil || $0.element.score >= Self.outsideTopicScore
                }
                .map(\.element),
            shown: reply
        ).prefix(Self.maximumUnits)
        reply.headline(reply.line(best.unit))
        var lines: [String] = []
        for match in chosen where match.unit.id != best.unit.id { lines.append(reply.line(match.unit)) }
        reply.bullets(lines)
        reply.isRanked = true
    }

    /// A layout's opening, then what else the question asks that the articles answer, then the
    /// rest of the layout; a layout that ranked units itself stays as it is.
    ///
    /// Only for a long question (more than ``longQuestionWords`` content words): a post of several
    /// sentences asks more than its kind of answer covers, while a short one is what the layout
    /// answers. The units are those ``FactIndex`` ranks best for the question's words and names,
    /// leaning to the intent's topics, that the layout does not show anywhere: at most
    /// ``relatedUnits``, each scoring at least ``relatedMinimumScore`` and ``keepFraction`` of
    /// the best of them.
    func joinRelatedFacts(_ question: DialogueAction.Question, to layout: ReplyBuilder, into reply: inout ReplyBuilder) {
        guard Self.asksBeyond(layout, question) else {
            reply.append(layout)
            return
        }
        let (opening, rest) = layout.firstStatement()
        reply.append(opening)
        var shown = layout
        shown.append(reply)
        // The layout goes on under a heading of its own, not as more of what was just listed.
        if addRelatedFacts(question, beyond: shown, into: &reply), case .bullets? = rest.blocks.first { reply.heading("In more detail") }
        reply.append(rest)
    }

    /// A layout whole, then what else a long question asks that the articles answer: for a
    /// layout that is itself the answer's point (options weighed side by side, which cutting
    /// after its first lines would lose).
    ///
    /// Roles weighed as where the person might go are no background of theirs: the facts of the
    /// move from those jobs are left out ("data science or MLOps, which has the better outlook?"
    /// is no question about moving from data science).
    func appendRelatedFacts(_ question: DialogueAction.Question, to layout: ReplyBuilder, into reply: inout ReplyBuilder) {
        reply.append(layout)
        guard Self.asksBeyond(layout, question) else { return }
        let shown = reply
        let roles = Set(
            (question.options?.options ?? []).compactMap { option -> String? in
                if case let .role(id) = option { return id }
                return nil
            })
        addRelatedFacts(question, beyond: shown, into: &reply) { unit in
            unit.kind.isPath && unit.tags.backgrounds.contains(where: roles.contains)
        }
    }

    /// Whether a question asks more than its layout covers: a long one (a post of several
    /// sentences), whose layout did not already choose units by the question's words.
    private static func asksBeyond(_ layout: ReplyBuilder, _ question: DialogueAction.Question) -> Bool {
        FactQuery.wordCount(question.text ?? "") > longQuestionWords && !layout.isRanked
    }

    /// The units ``relatedFacts(_:beyond:excluding:)`` chooses, under their heading; whether there were any.
    @discardableResult
    private func addRelatedFacts(
        _ question: DialogueAction.Question, beyond shown: ReplyBuilder, into reply: inout ReplyBuilder,
        excluding excluded: (FactUnit) -> Bool = { _ in false }
    ) -> Bool {
        let chosen = relatedFacts(question, beyond: shown, excluding: excluded)
        guard !chosen.isEmpty else { return false }
        reply.heading("Also from the articles, on what you asked")
        var lines: [String] = []
        for match in chosen { lines.append(reply.line(match.unit)) }
        reply.bullets(lines)
        return true
    }

    /// The units ``FactIndex`` ranks best for the question's words and names, leaning to the
    /// intent's topics, that `shown` does not show: at most ``relatedUnits``, each scoring at
    /// least ``relatedMinimumScore`` and ``keepFraction`` of the best of them; none that `excluded` names.
    private func relatedFacts(
        _ question: DialogueAction.Question, beyond shown: ReplyBuilder, excluding excluded: (FactUnit) -> Bool
    ) -> [FactIndex.Match] {
        let prior = Self.topicPrior(Self.factTopics(question.intent))
        var texts = Set(shown.units.map(\.line))
        let matches = index.ranked(FactQuery(text: question.text ?? "", entities: question.entities, topics: prior)).filter { match in
            !shown.hasShown(match.unit.id) && !excluded(match.unit)
                && texts.insert("\(match.unit.text) (\(match.unit.source))").inserted
        }
        guard let best = matches.first, best.score >= Self.relatedMinimumScore else { return [] }
        return Array(
            withoutRestatements(
                Array(matches.prefix { $0.score >= max(Self.relatedMinimumScore, best.score * Self.keepFraction) }), shown: shown
            ).prefix(Self.relatedUnits))
    }

    /// The matches without those that say again, in other words, what an earlier match or a unit
    /// the reply already shows says from the same source: at least ``restatementShare`` of the
    /// match's content words are in the other ("the search took 4 months and roughly 50
    /// applications" after "after 4 months and about 50 applications came a junior role"); a
    /// longer unit that says more is kept.
    func withoutRestatements(_ matches: [FactIndex.Match], shown reply: ReplyBuilder) -> [FactIndex.Match] {
        // Units by position in the index, whose words and figures were worked out when it was built.
        let keys = index.restatements
        var kept: [(source: String, unit: Int)] = reply.units.compactMap { shown in
            index.positions[shown.id].map { (index.units[$0].source, $0) }
        }
        return matches.filter { match in
            guard let unit = index.positions[match.unit.id] else { return true }
            let words = keys.words(of: unit), figures = keys.figures(of: unit)
            let restates = kept.contains { other in
                other.source == match.unit.source
                    && (Double(RestatementKeys.shared(words, keys.words(of: other.unit))) >= Self.restatementShare * Double(words.count)
                        || figures.count >= Self.restatedFigures
                            && RestatementKeys.shared(figures, keys.figures(of: other.unit)) == figures.count)
            }
            if !restates { kept.append((match.unit.source, unit)) }
            return !restates
        }
    }

    /// How many figures two units must share for one to restate the other.
    static let restatedFigures = 2

    /// The share of a unit's content words another unit of its source holds when it restates it.
    static let restatementShare = 0.6

    /// The most units that join a layout.
    static let relatedUnits = 3
    /// Below this score a unit is no answer to what the layout leaves out.
    static let relatedMinimumScore = 0.2
    /// Above this many words a question is long: a post of several sentences.
    static let longQuestionWords = 8

    /// How much each of an answer's topics lifts its units: the main one ``mainTopicPrior``, the
    /// others ``otherTopicPrior``; half as much when the topics are only the classifier's best guess.
    static func topicPrior(_ topics: [String], leaning: Bool = false) -> [String: Double] {
        var prior: [String: Double] = [:]
        for (position, topic) in topics.enumerated() where prior[topic] == nil {
            prior[topic] = (position == 0 ? mainTopicPrior : otherTopicPrior) * (leaning ? 0.5 : 1)
        }
        return prior
    }

    /// Opens the answer with one line on what the articles do not cover, for the gaps the
    /// question names that the reply has not admitted yet.
    func admitGaps(_ entities: Entities, into reply: inout ReplyBuilder) {
        var fresh = entities.gaps.filter { !reply.hasAdmitted($0) }
        // The person's own job with no path: said once, in the same sentence as the other gaps when
        // there are any ("The sources have no path for nurse and say nothing about age and Kenya."),
        // otherwise as the no-path line the answers use.
        var own: (job: String, gap: Gap)?
        if let job = entities.unknownBackground, let index = fresh.firstIndex(where: { $0.isRole(job) }) {
            own = (job, fresh.remove(at: index))
        }
        // "Android developer": no path of its own, but the closest one the articles give follows.
        var closest = ""
        if own == nil, let nearest = entities.closestBackground, let index = fresh.firstIndex(where: { $0.isRole(nearest.job) }) {
            own = (nearest.job, fresh.remove(at: index))
            closest = " (the closest they give is the \(name(of: nearest.background).sanitizedForDisplay)'s)"
        }
        guard !fresh.isEmpty else {
            if let own, !closest.isEmpty {
                reply.admit(own.gap)
                reply.headline("The sources have no path for \(own.job.sanitizedForDisplay)\(closest).")
            } else if let own {
                noPath(for: own.job, into: &reply)
            }
            return
        }
        if let own { reply.admit(own.gap) }
        var phrases: [String] = []
        for gap in fresh {
            reply.admit(gap)
            let term = gap.term.sanitizedForDisplay
            let phrase =
                switch gap.kind {
                case .country: term
                case .currency: "pay in \(term)"
                case .age: "age"
                case .role: gap.isPay ? term : "\(term) as a role"
                case .named, .topic: term
                }
            if !phrases.contains(phrase) { phrases.append(phrase) }
        }
        // Said once, after every place and currency ("Poland and pay in PLN", not a note after each).
        let note = fresh.contains { $0.kind == .country || $0.kind == .currency } ? " Their pay figures are in US dollars." : ""
        let opening = own.map { "The sources have no path for \($0.job.sanitizedForDisplay)\(closest) and say" } ?? "The articles say"
        reply.paragraph("\(opening) nothing about \(Self.listed(phrases)).\(note)")
    }

    /// A short label of the advisor's own for one of several answers: what it names, or what kind
    /// of answer it is; for an answer chosen by ranking (`leadingWith` its first unit) that led
    /// outside the intent's topics, the title of that unit's topic ("Certifications or projects?",
    /// not the intent's "Tools to learn").
    func label(for question: DialogueAction.Question, leadingWith unit: String? = nil) -> String {
        let entities = question.entities
        let named =
            entities.tools.compactMap(knowledge.tool).map(\.name)
            + entities.certifications.compactMap(knowledge.certification).map(\.name)
        // A question that names tools or certificates is about them, whatever kind of answer it got.
        if !named.isEmpty { return Self.listed(named) }
        // Ranking that led outside the intent's own topics labels the part by where it led.
        if let topic = unit.flatMap(index.unit).flatMap({ knowledge.topic($0.tags.topic) }),
            !Self.factTopics(question.intent).contains(topic.id)
        {
            return topic.title
        }
        // A comparison with one side that led to that side's path asks about the path ("is data
        // analyst a proper starting point?").
        if question.intent == .compare, question.options == nil, entities.backgrounds.count == 1,
            let background = entities.backgrounds.first, unit.flatMap(index.unit)?.tags.topic == "paths"
        {
            return "Starting from \(name(of: background))"
        }
        var label = Self.sentence(question.intent == .outOfScope ? "what the articles say" : question.intent.displayName)
        if [.timeline, .salary, .tools, .skills, .plan, .roadmap].contains(question.intent), let background = entities.backgrounds.first {
            label += ", from \(name(of: background))"
        }
        return label
    }
}
