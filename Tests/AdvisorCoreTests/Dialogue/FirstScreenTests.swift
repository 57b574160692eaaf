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
