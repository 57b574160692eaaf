/// Turns the policy's actions into a structured ``Reply``, reading every figure from the knowledge base.
///
/// Answers open with a one-line headline that names its source, then give the details. Nothing
/// here holds a figure of its own: where the knowledge base lacks one, the reply says so.
public struct Responder: Sendable {
    public let knowledge: KnowledgeBase
    /// The knowledge cut into units and indexed, for answers led by what the question names.
    public let index: FactIndex

    /// A responder over `knowledge`; `index` defaults to the knowledge base's own, untagged.
    public init(knowledge: KnowledgeBase, index: FactIndex? = nil) {
        self.knowledge = knowledge
        self.index = index ?? knowledge.factIndex()
    }

    /// The whole reply for a turn's actions, given the state after the turn (uncut: `/plan`, tests).
    public func reply(to actions: [DialogueAction], state: DialogueState) -> Reply {
        builder(for: actions, state: state).build()
    }

    /// The first screen of the reply (``Reply/screenBudget`` lines), and what did not fit,
    /// which "more" shows next (``DialogueAction/continueAnswer`` continues `state.more`).
    public func screen(for actions: [DialogueAction], state: DialogueState) -> (reply: Reply, rest: Reply?) {
        if actions == [.continueAnswer], let rest = state.more {
            return ReplyBuilder(knowledge: knowledge, continuing: rest).build(budget: Reply.screenBudget)
        }
        return builder(for: actions, state: state).build(budget: Reply.screenBudget)
    }

    private func builder(for actions: [DialogueAction], state: DialogueState) -> ReplyBuilder {
        var reply = ReplyBuilder(knowledge: knowledge)
        let answers = actions.filter {
            switch $0 {
            case .answer, .answerFromFacts: true
            default: false
            }
        }.count
        // What the message names that the articles lack opens the whole reply: before what was
        // noted about the person, and before the first label of several answers.
        var gaps = Entities()
        for action in actions {
            let named: Entities? =
                switch action {
                case let .answer(question), let .answerFromFacts(question): question.entities
                case let .weighCertificationsAgainstProjects(entities): entities
                case let .ask(question), let .clarify(question): question.pendingEntities
                default: nil
                }
            guard var named else { continue }
            // An answer weighing options says in its own words which of them the articles lack.
            if case let .answer(question) = action, let options = question.options {
                let own = gapsWeighed(options, among: named.gaps)
                named.gaps.removeAll { own.contains($0) }
            }
            gaps.gaps += named.gaps.filter { !gaps.gaps.contains($0) }
            if gaps.unknownBackground == nil { gaps.unknownBackground = named.unknownBackground }
            if gaps.closestBackground == nil { gaps.closestBackground = named.closestBackground }
        }
        admitGaps(gaps, into: &reply)
        // With several questions, each one's opening comes first, under a label; their details follow.
        var details: [(label: String, part: ReplyBuilder)] = []
        // With several questions, what was noted about the person follows their openings: the
        // answers come first on the screen.
        var notedAfterOpenings: ReplyBuilder?
        for action in actions {
            let isPart =
                switch action {
                case .answer, .answerFromFacts: answers > 1
                default: false
                }
            if !isPart, !details.isEmpty {
                reply.openingsEnd = reply.blocks.count
                if let noted = notedAfterOpenings { reply.append(noted) }
                notedAfterOpenings = nil
                for (label, part) in details { reply.heading(label + ", in more detail"); reply.append(part) }
                details = []
            }
            switch action {
            case let .answer(question) where answers > 1, let .answerFromFacts(question) where answers > 1:
                // One of several questions in a message: its main part only, under a label of the advisor's own.
                var part = reply.nextPart()
                for (_, earlier) in details { for unit in earlier.units { part.shows(unit.id, in: unit.line) } }
                if case .answerFromFacts = action {
                    admitGaps(question.entities, into: &part)
                    var facts = part.nextPart()
                    // One part of several asks nothing back ("which part do you mean?"): it has its answer or none.
                    bestFacts(
                        question.text ?? "", question.entities, topics: Self.factTopics(question.intent), leaning: true,
                        asksWhenUnmatched: false, subject: "that", into: &facts)
                    guard !facts.blocks.isEmpty || !part.blocks.isEmpty else { continue }
                    part.append(facts.compacted())
                } else {
                    briefAnswer(question, profile: state.profile, into: &part)
                }
                // The first unit this part itself shows (it knows the earlier parts' units too).
                let leading = part.units.first { unit in !reply.hasShown(unit.id) && !details.contains { $0.part.hasShown(unit.id) } }
                var label = self.label(for: question, leadingWith: part.isRanked ? leading?.id : nil)
                if reply.partLabels.contains(label) { label += " (\(reply.partLabels.filter { $0.hasPrefix(label) }.count + 1))" }
                reply.partLabels.append(label)
                reply.heading(label)
                let (opening, rest) = part.opening()
                reply.append(opening)
                if !rest.blocks.isEmpty { details.append((label, rest)) }
            case let .answer(question):
                answer(question, profile: state.profile, into: &reply)
            case let .answerFromFacts(question):
                admitGaps(question.entities, into: &reply)
                // With a clarifying question to follow, no match means no facts, not a second question.
                let clarifies = actions.contains { if case .clarify = $0 { true } else { false } }
                bestFacts(
                    question.text ?? "", question.entities, topics: Self.factTopics(question.intent), leaning: true,
                    asksWhenUnmatched: !clarifies, subject: "that", into: &reply)
            case .continueAnswer:
                reply.paragraph("That was all of it.")
            case .nothingMore:
                reply.paragraph("There is nothing more to show from my last answer. Ask me something else about moving into MLOps.")
            case let .ask(question), let .clarify(question):
                reply.followUp = question.text
            case let .noted(changes) where answers > 1:
                var part = reply.nextPart()
                noted(changes, profile: state.profile, answered: true, into: &part)
                notedAfterOpenings = part
            case let .noted(changes):
                noted(changes, profile: state.profile, answered: answers > 0, into: &reply)
            case .greet:
                reply.paragraph(
                    "Hello! I help people plan a move into MLOps engineering: how long it takes from "
                        + "where you are, what it pays, which tools and certifications to go for, and a plan of your own.")
                if state.pending != nil { reply.followUp = state.pending?.text }
            case .thank:
                reply.paragraph("You're welcome. Ask me anything else about moving into MLOps.")
            case .sayGoodbye:
                reply.paragraph("Goodbye, and good luck with the move into MLOps!")
            case .help:
                help(into: &reply)
            case .reset:
                reply.paragraph("Starting over: I have forgotten your profile and our conversation.")
            case .outOfScope:
                outOfScope(into: &reply)
            case .declined:
                reply.paragraph("All right. What would you like to know?")
            case .nothingToConfirm:
                reply.paragraph(
                    "I haven't asked you anything just now. Ask me about timelines, salaries, tools, "
                        + "certifications or your personal plan.")
            case .emptyInput:
                reply.paragraph("Type a question, for example: how long does it take to move from backend to MLOps?")
            case .onlyEnglish:
                reply.paragraph(
                    "I can only read English for now. Please ask again in English, for example: "
                        + "how long does it take to move from backend to MLOps?")
            case .weighCertificationsAgainstProjects:
                topics([.certsVsProjects, .portfolio], subject: "certifications against projects", into: &reply)
            case .explainDisagreements:
                disagreements(into: &reply)
            case let .offerDeferred(questions):
                reply.heading("Also in your message")
                reply.bullets(questions.map(\.sanitizedForDisplay))
                reply.followUp = state.pending?.text ?? DialoguePolicy.deferredOfferText(count: questions.count)
            case .answerDeferred:
                break
            }
        }
        // Openings already closed by an action after them (the questions left for later) stay where they end.
        if answers > 1, reply.openingsEnd == nil { reply.openingsEnd = reply.blocks.count }
        if let noted = notedAfterOpenings { reply.append(noted) }
        for (label, part) in details { reply.heading(label + ", in more detail"); reply.append(part) }
        return reply
    }

    /// The reply to one question: what the articles do not cover first, then the answer.
    ///
    /// A kind of answer with a layout of its own (a timeline, a salary chart, a plan) opens with
    /// that layout's first lines; the units that best match what the question asks beyond it
    /// follow (``joinRelatedFacts(_:to:into:)``), then the rest of the layout.
    func answer(_ question: DialogueAction.Question, profile: Profile, into reply: inout ReplyBuilder) {
        if let options = question.options {
            guard options.kind == .roles else {
                weigh(options, question, profile: profile, into: &reply)
                return
            }
            // Roles weighed by what the question asks of them ("which is more future proof?").
            var layout = reply.nextPart()
            weigh(options, question, profile: profile, into: &layout)
            appendRelatedFacts(question, to: layout, into: &reply)
            return
        }
        let entities = question.entities
        admitGaps(entities, into: &reply)
        switch question.intent {
        case .certifications where asksWhatCertificatesAreWorth(question):
            // One part of several ("are certs worth it? I live in Kenya") reads as the whole message would.
            topics([.certsVsProjects, .portfolio], subject: "certifications against projects", into: &reply)
        case .timeline, .salary, .compare, .plan, .roadmap, .tools, .skills, .certifications, .careerGrowth, .successStory:
            var layout = reply.nextPart()
            self.layout(question, profile: profile, into: &layout)
            joinRelatedFacts(question, to: layout, into: &reply)
        case .portfolio, .courses, .communities, .interview, .jobSearch, .cost, .employers, .dayToDay, .outlook,
            .education, .advice:
            bestFacts(
                question.text ?? "", entities, topics: Self.factTopics(question.intent),
                subject: question.intent.displayName, into: &reply)
        case .greeting, .goodbye, .thanks, .help, .affirm, .deny, .reset, .inform, .outOfScope:
            help(into: &reply)
        }
    }

    /// Whether a question about certificates asks what they are worth at all, naming none known or
    /// unknown (``UtteranceCues/asksWhatCertificatesAreWorth``).
    func asksWhatCertificatesAreWorth(_ question: DialogueAction.Question) -> Bool {
        !question.entities.namesACredential && UtteranceCues(question.text ?? "", knowledge: knowledge).asksWhatCertificatesAreWorth
    }

    /// The layout of a kind of answer that has one.
    private func layout(_ question: DialogueAction.Question, profile: Profile, into reply: inout ReplyBuilder) {
        let entities = question.entities
        switch question.intent {
        case .timeline: timeline(entities, into: &reply)
        case .salary: salary(entities, profile: profile, into: &reply)
        case .compare: compare(entities, text: question.text ?? "", into: &reply)
        case .plan: plan(entities, profile: profile, into: &reply)
        case .roadmap: roadmap(entities, into: &reply)
        case .tools: tools(entities, text: question.text ?? "", into: &reply)
        case .skills: skills(entities, profile: profile, text: question.text ?? "", into: &reply)
        case .certifications: certifications(entities, held: profile.heldCertifications, into: &reply)
        case .careerGrowth: careerGrowth(into: &reply)
        case .successStory: successStory(into: &reply)
        default: help(into: &reply)
        }
    }

    /// The main part of the reply to one of several questions in a message: the answer's own
    /// short form where it has one (certificates keep each one's salary effect and purpose,
    /// which cutting the long answer would lose), otherwise the long answer compacted.
    func briefAnswer(_ question: DialogueAction.Question, profile: Profile, into reply: inout ReplyBuilder) {
        if question.intent == .certifications, !asksWhatCertificatesAreWorth(question) {
            certifications(question.entities, held: profile.heldCertifications, brief: true, into: &reply)
            return
        }
        var full = reply.nextPart()
        answer(question, profile: profile, into: &full)
        reply.append(full.compacted())
    }

    /// The topics that answer each intent, main one first.
    static let topicIDs: [Intent: [TopicID]] = [
        .portfolio: [.portfolio, .certsVsProjects], .courses: [.courses], .communities: [.communities],
        .interview: [.interview], .jobSearch: [.jobSearch, .timeToHire], .cost: [.cost],
        .employers: [.employers], .dayToDay: [.dayToDay, .whatIsMLOps], .outlook: [.outlook, .market],
        .education: [.education, .steps], .successStory: [.successStory], .advice: [.lessons], .skills: [.essentialSkills],
        .certifications: [.certsVsProjects], .careerGrowth: [.careerMoves], .timeline: [.timeToHire],
    ]

    // MARK: - Conversation

    private func noted(_ changes: [ProfileChange], profile: Profile, answered: Bool, into reply: inout ReplyBuilder) {
        guard !changes.isEmpty else {
            reply.paragraph(
                "Thanks. Tell me what you do today, your years of experience, hours a week or current "
                    + "salary, and I'll take them into account.")
            return
        }
        let parts = changes.map { change -> String in
            let name = Self.slotName(change.slot)
            guard let new = change.new else { return "forgot your \(name)" }
            let shown = display(change.slot, new)
            if let old = change.old { return "\(name) changed from \(display(change.slot, old)) to \(shown)" }
            return "\(name): \(shown)"
        }
        reply.paragraph("Noted — " + parts.joined(separator: "; ") + ".")
        if !answered, let unknown = profile.unknownBackground, changes.contains(where: { $0.slot == .background && $0.new != nil }) {
            reply.note("The sources have no path for \(unknown.sanitizedForDisplay); I'll use the general roadmap for you.")
        }
        // Pay in another currency is kept in it: the articles' figures are US dollars, with no rates to convert.
        // Said once: a reply that opens with the currency gap has said it already.
        if let salary = profile.currentSalary, let code = salary.currency, !salary.isInUSDollars,
            changes.contains(where: { $0.slot == .currentSalary && $0.new != nil }),
            !reply.admittedGaps.contains(where: { $0.kind == .currency })
        {
            let name = knowledge.currency(code)?.name ?? code
            reply.note(
                "The articles give US-dollar figures only and no exchange rates, so I'll keep yours in \(name.sanitizedForDisplay) "
                    + "and apply only their percentages to it.")
        }
    }

    static func slotName(_ slot: ProfileChange.Slot) -> String {
        switch slot {
        case .background: "background"
        case .yearsOfExperience: "years of experience"
        case .hoursPerWeek: "hours a week"
        case .currentSalary: "current salary"
        case .alreadyKnown: "already known"
        }
    }

    /// A slot's value as answers show it: a background's name, "$85,000", "10".
    func display(_ slot: ProfileChange.Slot, _ value: String) -> String {
        switch slot {
        case .background: knowledge.background(value)?.name ?? value.sanitizedForDisplay
        case .alreadyKnown:
            value.components(separatedBy: ", ").map { knowledge.tool($0)?.name ?? knowledge.certification($0)?.name ?? $0 }
                .joined(separator: ", ")
        case .currentSalary: Int(value).map { "$" + MoneyRange.grouped($0) } ?? value
        default: value
        }
    }

    private func help(into reply: inout ReplyBuilder) {
        reply.paragraph(
            "I answer questions about moving into MLOps engineering, from the articles I was built on. "
                + "Tell me what you do today and I'll tailor the answers. Try:")
        reply.bullets([
            "how long from frontend to MLOps?",
            "what salary can a senior MLOps engineer expect?",
            "which tools should I learn first?",
            "compare frontend and backend",
            "which certifications are worth it?",
            "make me a plan",
        ])
    }

    private func outOfScope(into reply: inout ReplyBuilder) {
        reply.paragraph(Self.outOfScopeText)
    }

    /// The reply to a message outside the domain.
    public static let outOfScopeText =
        "I can't help with that. I know about moving into MLOps engineering: timelines from "
        + "different backgrounds, salaries, tools, the roadmap, certifications, projects, courses, interviews "
        + "and the job search. Type help for example questions."

    // MARK: - Shared pieces

    /// The background's name for headlines: "frontend developer".
    func name(of background: String) -> String { knowledge.background(background)?.name ?? background.sanitizedForDisplay }

    /// Says plainly that the sources have no path for a background.
    /// Said once per reply: it admits the role gap of that background.
    func noPath(for background: String, into reply: inout ReplyBuilder) {
        guard !reply.admittedGaps.contains(where: { $0.isRole(background) }) else { return }
        reply.admit(Gap(kind: .role, term: background))
        reply.headline("The sources have no path for \(background.sanitizedForDisplay); here is what they say in general.")
    }

    /// Topic facts as a headline (the first fact) and bullets (the rest).
    func topics(_ ids: [TopicID], subject: String, into reply: inout ReplyBuilder) {
        let found = ids.compactMap { knowledge.topic($0) }
        guard let main = found.first, let first = main.facts.first else {
            reply.headline("The sources say nothing about \(subject).")
            return
        }
        reply.headline(reply.line(first))
        var lines: [String] = []
        for fact in main.facts.dropFirst() { lines.append(reply.line(fact)) }
        reply.bullets(lines)
        for topic in found.dropFirst() where !topic.facts.isEmpty {
            reply.heading(topic.title)
            var more: [String] = []
            for fact in topic.facts { more.append(reply.line(fact)) }
            reply.bullets(more)
        }
    }

    /// The roadmap as timeline rows, skipped stages marked.
    func timelineRows(_ plan: PersonalPlan) -> [Reply.TimelineRow] {
        let skipped = Set(plan.skipped.map(\.stage.id))
        return knowledge.stages.map {
            Reply.TimelineRow(label: "\($0.order). \($0.title)", months: $0.duration, skipped: skipped.contains($0.id))
        }
    }
}
