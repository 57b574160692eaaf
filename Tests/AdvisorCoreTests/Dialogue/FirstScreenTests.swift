import AdvisorCore
import AdvisorTestSupport
import Testing

/// One screen first, the rest on "more"; a reply leads with what was asked and admits what the articles lack.
struct FirstScreenTests {
    static let advisor = Fixtures.advisor

    static func lines(_ reply: Reply) -> Int {
        let body = Reply(blocks: reply.blocks.filter { if case .sources = $0 { false } else { true } })
        return ReplyRenderer(width: Reply.screenWidth).render(body).split(separator: "\n", omittingEmptySubsequences: false).count
    }

    @Test(arguments: [
        "what do MLOps engineers do day to day?", "which certifications are worth it?", "make me a plan from frontend",
        "what do mlops engineers earn", "what tools should an MLOps engineer know?",
    ])
    func aFirstAnswerFitsOneScreenAndMoreShowsTheRest(question: String) {
        let first = Self.advisor.respond(to: question, state: DialogueState())
        #expect(Self.lines(first.reply) <= Reply.screenBudget + ReplyBuilderTolerance.chart + 2, "\(plainText(first.reply))")
        guard first.reply.hasMore else { return }
        let more = Self.advisor.respond(to: "more", state: first.state)
        #expect(!more.reply.blocks.isEmpty)
        let shown = Set(first.reply.units.map(\.id))
        #expect(more.reply.units.allSatisfy { !shown.contains($0.id) }, "a unit shown twice")
    }

    /// The screen for one question of a kind of answer, with the question's own text and names.
    static func screen(_ intent: Intent, _ text: String, levels: [SalaryLevel] = [], tools: [String] = []) -> Reply {
        var entities = Entities()
        entities.levels = levels
        entities.tools = tools
        let action = DialogueAction.answer(DialogueAction.Question(intent: intent, entities: entities, text: text))
        return advisor.responder.screen(for: [action], state: DialogueState()).reply
    }

    @Test func aLongQuestionGetsTheUnitsThatMatchItBeyondItsLayout() {
        let reply = Self.screen(
            .salary,
            "I'm finishing my degree next year and keep reading that this is not an entry level job at all. "
                + "Is it a senior role that needs solid ML fundamentals first, and what would entry level pay be?",
            levels: [.entry])
        expectReply(reply, contains: "Also from the articles, on what you asked")
        #expect(reply.units.contains { $0.id == "education.warns-senior-role" }, "\(plainText(reply))")
        // The layout still opens the answer: the salary figures come first.
        guard case let .headline(first)? = reply.blocks.first else { Issue.record("no headline"); return }
        #expect(first.contains("$"))
    }

    @Test func aShortQuestionKeepsItsLayoutAsItIs() {
        let reply = Self.screen(.salary, "what does an entry level mlops engineer earn?", levels: [.entry])
        expectReply(reply, lacks: "Also from the articles")
    }

    @Test func aLayoutThatRankedTheUnitsItselfGetsNoSecondRanking() {
        let reply = Self.screen(
            .tools,
            "I keep hearing that Kubernetes is everywhere in this field. Do I really need to learn it before I apply "
                + "for my first job, or can I get by with Docker alone for a while?",
            tools: ["kubernetes", "docker"])
        expectReply(reply, lacks: "Also from the articles")
    }

    @Test func aPartWhoseAnswerIsATableOpensWithItsFirstRowsAsAList() {
        let parts: [DialogueAction] = [
            .answer(DialogueAction.Question(intent: .advice, entities: Entities(), text: "what lessons surprised you?")),
            .answer(DialogueAction.Question(intent: .tools, entities: Entities(), text: "which tools matter most?")),
        ]
        let reply = Self.advisor.responder.screen(for: parts, state: DialogueState()).reply
        expectReply(reply, contains: "Tools to learn", "• Core languages and libraries: Python")
        #expect(!reply.blocks.contains { if case .table = $0 { true } else { false } }, "\(plainText(reply))")
    }

    @Test func aPartAnsweredOutsideItsKindIsLabelledByWhereTheAnswerLed() {
        let parts: [DialogueAction] = [
            .answerFromFacts(
                DialogueAction.Question(intent: .tools, entities: Entities(), text: "do certificates help a resume past HR filters?")),
            .answerFromFacts(DialogueAction.Question(intent: .jobSearch, entities: Entities(), text: "how long does the job search take?")),
        ]
        let reply = Self.advisor.responder.screen(for: parts, state: DialogueState()).reply
        let headings = reply.blocks.compactMap { if case let .heading(text) = $0 { text } else { nil } }
        let certificates = Self.advisor.knowledge.topic("certs-vs-projects")?.title
        #expect(headings.first == certificates, "\(plainText(reply))")
        // The job search answered from its own topics keeps the label of its kind.
        #expect(headings.dropFirst().first == "The job search", "\(plainText(reply))")
    }

    /// Four questions whose openings cannot all fit: the "more" note names each part still
    /// waiting, so every question is either opened on the first screen or named in that note.
    @Test func aPartWhoseOpeningWaitsBehindMoreIsNamedInTheMoreNote() throws {
        var entities = Entities()
        entities.backgrounds = ["frontend"]
        let parts: [DialogueAction] = [Intent.salary, .certifications, .tools, .timeline].map { intent in
            .answer(DialogueAction.Question(intent: intent, entities: entities, text: ""))
        }
        let reply = Self.advisor.responder.screen(for: parts, state: DialogueState()).reply
        let note = try #require(
            reply.blocks.compactMap { if case let .note(text) = $0, text.hasPrefix("There is more") { text } else { nil } }.first)
        let headings = reply.blocks.compactMap { if case let .heading(text) = $0 { text } else { nil } }
        let naming = try #require(note.components(separatedBy: ": type").first)
        let named = naming.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(!named.isEmpty, "\(plainText(reply))")
        #expect(Set(named).isDisjoint(with: headings))
        #expect(headings.count + named.count == parts.count, "\(headings) \(named)")
    }

    @Test func theToolFamiliesFillTheFirstScreenRatherThanWaitBehindMore() {
        let turn = Self.advisor.respond(to: "which tools should I learn?", state: DialogueState())
        #expect(turn.reply.units.filter { $0.id.hasPrefix("group.") }.count >= 3, "\(plainText(turn.reply))")
    }

    @Test func moreWithNothingLeftSaysSo() {
        let turn = Self.advisor.respond(to: "more", state: DialogueState())
        expectReply(turn.reply, contains: "nothing more")
    }

    @Test func aKubernetesQuestionLeadsWithKubernetes() {
        let turn = Self.advisor.respond(
            to: "Why not just use Kubernetes for ML model deployment? Isn't Kubernetes the all-in-one solution?",
            state: DialogueState())
        #expect(turn.reply.units.first?.id == "tool.kubernetes", "\(plainText(turn.reply))")
        expectReply(turn.reply, lacks: "I can't help with that")
    }

    @Test func gapsTheQuestionNamesOpenTheAnswer() {
        var entities = Entities()
        entities.gaps = [Gap(kind: .country, term: "Pakistan"), Gap(kind: .currency, term: "PKR")]
        entities.backgrounds = ["devops"]
        let reply = Self.advisor.responder.reply(
            to: [.answer(DialogueAction.Question(intent: .timeline, entities: entities))],
            state: DialogueState())
        #expect(reply.admittedGaps.map(\.kind) == [.country, .currency])
        guard case let .paragraph(first)? = reply.blocks.first else { Issue.record("no opening line"); return }
        #expect(first.contains("Pakistan") && first.contains("PKR") && first.contains("US"))
    }

    @Test func severalQuestionsNeverRepeatAUnit() {
        let turn = Self.advisor.respond(to: "What skills do I need? Which skills matter most? What should I learn?", state: DialogueState())
        let ids = turn.reply.units.map(\.id)
        #expect(ids.count == Set(ids).count)
    }
}

/// The chart tolerance as the tests read it.
enum ReplyBuilderTolerance {
    static let chart = 3
}

extension FirstScreenTests {
    @Test func theOpeningOfEachQuestionOfAPostIsOnTheFirstScreen() {
        let post =
            "I've been a DevOps engineer for four years. How long would the move to MLOps take me? "
            + "Which skills am I missing? And what does it pay?"
        let first = Self.advisor.respond(to: post, state: DialogueState())
        let headings = first.reply.blocks.compactMap { block -> String? in if case let .heading(text) = block { text } else { nil } }
        #expect(headings.count == 3, "\(plainText(first.reply))")
        #expect(Self.lines(first.reply) <= Reply.longestScreen)
    }
}

extension FirstScreenTests {
    @Test func oneEventIsToldOnceEvenInOtherWords() {
        // The finance story's first offer is both a milestone ("First AI role … $110K, a 29% rise")
        // and a salary figure ("the author's first offer: $110K … 29% above the finance pay").
        let reply = Self.advisor.respond(to: "any tips for negotiating my first mlops salary?", state: DialogueState()).reply
        #expect(plainText(reply).components(separatedBy: "$110K").count <= 2, "\(plainText(reply))")
    }
}
