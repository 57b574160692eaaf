import AdvisorCore
import AdvisorTestSupport
import Testing

/// End-to-end flows through `Advisor.respond`, with the sample knowledge's keyword intents.
struct AdvisorTests {
    @Test func asksWhatThePersonDoesThenAnswersTheOriginalQuestion() {
        let turns = converse(["how long will it take me?", "frontend"])
        #expect(turns[0].reply.followUp?.hasPrefix("What do you do today") == true)
        expectReply(turns[1].reply, contains: "From frontend developer to MLOps: 8–12 months (transition-paths)")
        #expect(turns[1].state.profile.knownBackground == "frontend")
    }

    @Test(arguments: [
        ("everyone says AI will automate devops, is it worth it?", String?.none),
        ("I'm a backend developer", "backend"), ("devops", "devops"), ("frontend developer for 3 years", "frontend"),
    ])
    func theQuestionWhatThePersonDoesIsAnsweredOnlyBySomethingAboutThem(answer: String, background: String?) {
        let turns = converse(["how long will it take me?", answer], advisor: Fixtures.advisor)
        #expect(turns[1].state.profile.knownBackground == background)
    }

    @Test func repliesAreDeterministic() {
        let script = ["hello", "how long will it take me?", "backend", "and the salary?", "compare frontend and backend"]
        #expect(converse(script).map(\.reply) == converse(script).map(\.reply))
    }

    @Test func aLongMessageIsAnsweredQuestionByQuestion() {
        let turn = converse(["I'm a frontend developer. How long will it take me? What does it cost?"])[0]
        expectReply(
            turn.reply, contains: "How long the move takes, from frontend developer", "8–12 months", "What the switch costs",
            "$500–$2,500")
        expectReply(turn.reply, lacks: "How long will it take me?", "What does it cost?")
        #expect(turn.state.profile.knownBackground == "frontend")
    }

    @Test(arguments: Fixtures.knowledge.certifications.map(\.id))
    func aCertificateThePersonHoldsIsLeftOutOfWhichToTakeFirst(held: String) throws {
        let advisor = Advisor(knowledge: Fixtures.knowledge)
        let certification = try #require(Fixtures.knowledge.certification(held))
        var state = DialogueState()
        state.profile.heldCertifications = [held]
        let turn = advisor.respond(to: "which certification should I do first?", state: state)
        expectReply(turn.reply, contains: "Leaving out the \(certification.name) you hold")
        // "First" weighs the current certificates (WeighedOptions): every one still to take, none replaced.
        let others = Fixtures.knowledge.certifications.filter { $0.id != held && $0.replacedBy == nil }
        for other in others { expectReply(turn.reply, contains: other.name) }
        #expect(!turn.reply.units.contains { $0.id == "cert.\(held)" })
    }

    @Test func questionsJoinedByAndAreEachAnswered() throws {
        let advisor = Advisor(knowledge: Fixtures.knowledge)
        let turn = converse(["which certifications and which tools?"], advisor: advisor)[0]
        expectReply(turn.reply, contains: "Certifications", "AWS Certified Machine Learning Engineer - Associate")
        // Both openings share the first screen (up to ``Reply/longestScreen`` lines): the tools
        // answer's heading, lead-in and first family; its other families wait for "more".
        expectReply(turn.reply, contains: "Tools to learn", "The tools the sources name, by family", "Core languages and libraries")
        let more = try #require(turn.state.more)
        expectReply(more, contains: "Cloud platforms: AWS")
    }

    @Test func aBackgroundNamedInOneOfTwoJoinedQuestionsServesBoth() {
        let turn = converse(["what's the salary and the timeline for backend"], advisor: Advisor(knowledge: Fixtures.knowledge))[0]
        expectReply(
            turn.reply, contains: "Salaries, from backend developer", "From backend developer to MLOps: +30% (transition-paths)",
            "How long the move takes, from backend developer", "From backend developer to MLOps: 6–9 months (transition-paths)")
    }

    @Test(arguments: ["who are you and what do you do", "what are the stages and what's in each one"])
    func joinedPartsThatAreNoSeparateQuestionsGetOneAnswer(line: String) {
        let advisor = Advisor(knowledge: Fixtures.knowledge)
        let whole = advisor.respond(to: line, state: DialogueState())
        let asOne = advisor.policy.decide(advisor.understand(line), utterance: line, state: DialogueState())
        #expect(whole.reply == advisor.responder.screen(for: asOne.actions, state: asOne.state).reply)
    }

    @Test func deferredQuestionsAreAnsweredOnYes() {
        let advisor = Advisor(knowledge: SampleKnowledge.base)
        let policy = DialoguePolicy(knowledge: SampleKnowledge.base, thresholds: advisor.classifier.thresholds, questionsPerMessage: 1)
        let first = policy.decide(
            parts: [
                ("How long does it take?", advisor.understand("How long does it take?")),
                ("What does it cost?", advisor.understand("What does it cost?")),
            ], state: DialogueState())
        let turn = advisor.respond(to: "yes", state: first.state)
        expectReply(turn.reply, contains: "$500–$2,500 (career-card)")
        #expect(turn.state.deferredQuestions.isEmpty)
    }

    @Test func aQuestionAfterSevenHundredReallysIsAnswered() {
        let line = "I " + String(repeating: "really ", count: 700) + "want to know how long it takes to move from backend to MLOps"
        let turn = converse([line], advisor: Advisor(knowledge: Fixtures.knowledge))[0]
        expectReply(turn.reply, contains: "From backend developer to MLOps: 6–9 months (transition-paths)")
        expectReply(turn.reply, lacks: "I haven't asked you anything")
    }

    @Test func repliesAreTheSameFromTwoAdvisors() {
        let lines = [
            "how long from backend to MLOps?", "what about frontend?", "what's the career progression for an MLOps engineer?",
            "what does a senior MLOps engineer earn?", "compare frontend and backend",
        ]
        let once = converse(lines, advisor: Advisor(knowledge: Fixtures.knowledge)).map(\.reply)
        let again = converse(lines, advisor: Advisor(knowledge: Fixtures.knowledge)).map(\.reply)
        #expect(once == again)
    }
}
