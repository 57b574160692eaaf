/// Turns the policy's actions into a structured ``Reply``, reading every figure from the knowledge base.
///
/// Answers open with a one-line headline that names its source, then give the details. Nothing
/// here holds a figure of its own: where the knowledge base lacks one, the reply says so.
public struct Responder: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// The reply for a turn's actions, given the state after the turn.
    public func reply(to actions: [DialogueAction], state: DialogueState) -> Reply {
        var reply = ReplyBuilder(knowledge: knowledge)
        let answers = actions.filter { if case .answer = $0 { true } else { false } }.count
        for action in actions {
            switch action {
            case let .answer(question) where answers > 1:
                // One of several questions in a message: its main part only, under the question.
                var part = ReplyBuilder(knowledge: knowledge)
                briefAnswer(question, profile: state.profile, into: &part)
                if let text = question.text { reply.heading(text.sanitizedForDisplay) }
                reply.append(part)
            case let .answer(question):
                answer(question, profile: state.profile, into: &reply)
            case let .ask(question), let .clarify(question):
                reply.followUp = question.text
            case let .noted(changes):
                noted(changes, profile: state.profile, answered: answers > 0, into: &reply)
            case .greet:
                reply.paragraph("Hello! I help people plan a move into MLOps engineering: how long it takes from "
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
                reply.paragraph("I haven't asked you anything just now. Ask me about timelines, salaries, tools, "
                    + "certifications or your personal plan.")
            case .emptyInput:
                reply.paragraph("Type a question, for example: how long does it take to move from backend to MLOps?")
            case .onlyEnglish:
                reply.paragraph("I can only read English for now. Please ask again in English, for example: "
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
        return reply.build()
    }

    /// The reply to one question.
    func answer(_ question: DialogueAction.Question, profile: Profile, into reply: inout ReplyBuilder) {
        let entities = question.entities
        switch question.intent {
        case .timeline: timeline(entities, into: &reply)
        case .salary: salary(entities, profile: profile, into: &reply)
        case .compare: compare(entities, into: &reply)
        case .plan: plan(entities, profile: profile, into: &reply)
        case .roadmap: roadmap(entities, into: &reply)
        case .tools: tools(entities, into: &reply)
        case .skills: skills(entities, into: &reply)
        case .certifications: certifications(entities, into: &reply)
        case .careerGrowth: careerGrowth(into: &reply)
        case .successStory: successStory(into: &reply)
        case .portfolio, .courses, .communities, .interview, .jobSearch, .cost, .employers, .dayToDay, .outlook,
             .education, .advice:
            topics(Self.topicIDs[question.intent] ?? [], subject: question.intent.displayName, into: &reply)
        case .greeting, .goodbye, .thanks, .help, .affirm, .deny, .reset, .inform, .outOfScope:
            help(into: &reply)
        }
    }

    /// The main part of the reply to one of several questions in a message: the answer's own
    /// short form where it has one (certificates keep each one's salary effect and purpose,
    /// which cutting the long answer would lose), otherwise the long answer compacted.
    func briefAnswer(_ question: DialogueAction.Question, profile: Profile, into reply: inout ReplyBuilder) {
        if question.intent == .certifications {
            certifications(question.entities, brief: true, into: &reply)
            return
        }
        var full = ReplyBuilder(knowledge: knowledge)
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
            reply.paragraph("Thanks. Tell me what you do today, your years of experience, hours a week or current "
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
        if let salary = profile.currentSalary, let code = salary.currency, !salary.isInUSDollars,
           changes.contains(where: { $0.slot == .currentSalary && $0.new != nil }) {
            let name = knowledge.currency(code)?.name ?? code
            reply.note("The articles give US-dollar figures only and no exchange rates, so I'll keep yours in \(name.sanitizedForDisplay) "
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
        case .alreadyKnown: value.components(separatedBy: ", ").map { knowledge.tool($0)?.name ?? knowledge.certification($0)?.name ?? $0 }
            .joined(separator: ", ")
        case .currentSalary: Int(value).map { "$" + MoneyRange.grouped($0) } ?? value
        default: value
        }
    }

    private func help(into reply: inout ReplyBuilder) {
        reply.paragraph("I answer questions about moving into MLOps engineering, from the articles I was built on. "
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
        reply.paragraph("I can't help with that. I know about moving into MLOps engineering: timelines from "
            + "different backgrounds, salaries, tools, the roadmap, certifications, projects, courses, interviews "
            + "and the job search. Type help for example questions.")
    }

    // MARK: - Shared pieces

    /// The background's name for headlines: "frontend developer".
    func name(of background: String) -> String { knowledge.background(background)?.name ?? background.sanitizedForDisplay }

    /// Says plainly that the sources have no path for a background.
    func noPath(for background: String, into reply: inout ReplyBuilder) {
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
