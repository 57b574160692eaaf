import AdvisorCore
import AdvisorTestSupport
import Testing

struct DialoguePolicyTests {
    let policy = DialoguePolicy(
        knowledge: SampleKnowledge.base,
        thresholds: IntentClassifier.Thresholds(outOfScope: 0.3, clarify: 0.45))

    private func answered(_ decision: DialogueDecision) -> [DialogueAction.Question] {
        decision.actions.compactMap { if case let .answer(question) = $0 { question } else { nil } }
    }

    private func asked(_ decision: DialogueDecision) -> FollowUpQuestion? {
        decision.actions.lazy.compactMap { if case let .ask(question) = $0 { question } else { nil } }.first
    }

    @Test func aPersonalTimelineQuestionWithoutABackgroundGetsTheRangesAndTheQuestion() {
        let decision = policy.decide(.of(.timeline), utterance: "how long will it take me?", state: DialogueState())
        #expect(asked(decision)?.slot == .background)
        #expect(decision.state.pending?.pendingIntent == .timeline)
        #expect(answered(decision).map(\.intent) == [.timeline])
    }

    @Test func aOneWordAnswerAnswersThePendingQuestion() {
        let first = policy.decide(.of(.timeline), utterance: "how long will it take me?", state: DialogueState())
        let second = policy.decide(.of(.outOfScope, confidence: 0.1, backgrounds: ["frontend"]), utterance: "frontend", state: first.state)
        #expect(answered(second).map(\.intent) == [.timeline])
        #expect(answered(second).first?.entities.backgrounds == ["frontend"])
        #expect(second.state.profile.knownBackground == "frontend")
        #expect(second.state.pending == nil)
    }

    @Test(arguments: [
        (Profile(background: .known("frontend")), ["frontend", "backend"], nil as String?),
        (Profile(background: .unknown("nurse")), ["backend"], "nurse" as String?),
    ])
    func comparingOneNamedBackgroundPutsThePersonsOwnBesideIt(profile: Profile, backgrounds: [String], unknown: String?) {
        let decision = policy.decide(
            .of(.compare, backgrounds: ["backend"]), utterance: "how does that compare with backend?",
            state: DialogueState(profile: profile))
        #expect(answered(decision).first?.entities.backgrounds == backgrounds)
        #expect(answered(decision).first?.entities.unknownBackground == unknown)
    }

    @Test func comparingTwoNamedBackgroundsLeavesThePersonsOwnOut() {
        let decision = policy.decide(
            .of(.compare, backgrounds: ["backend", "devops"]), utterance: "compare backend and devops",
            state: DialogueState(profile: Profile(background: .known("frontend"))))
        #expect(answered(decision).first?.entities.backgrounds == ["backend", "devops"])
    }

    @Test func anIgnoredFollowUpIsDropped() {
        let first = policy.decide(.of(.timeline), utterance: "how long will it take me?", state: DialogueState())
        let second = policy.decide(.of(.cost), utterance: "what does the switch cost?", state: first.state)
        #expect(answered(second).map(\.intent) == [.cost])
        #expect(second.state.pending == nil)
    }

    @Test func aGeneralTimelineQuestionIsAnsweredAndEndsWithAnInvitationThatAcceptsOneWord() {
        let decision = policy.decide(.of(.timeline), utterance: "how long does the move to MLOps take?", state: DialogueState())
        #expect(answered(decision).map(\.intent) == [.timeline])
        #expect(asked(decision)?.text.hasPrefix("Tell me what you do today") == true)
        // The answer ends "Tell me what you do today…": a one-word reply fills the profile (transcript finding 19).
        #expect(decision.state.pending?.slot == .background)
        let reply = policy.decide(.of(.timeline, confidence: 0.5, backgrounds: ["backend"]), utterance: "backend", state: decision.state)
        #expect(answered(reply).first?.entities.backgrounds == ["backend"])
        #expect(reply.state.profile.knownBackground == "backend")
    }

    @Test func aPlanAlwaysNeedsTheBackground() {
        let decision = policy.decide(.of(.plan), utterance: "make a plan", state: DialogueState())
        #expect(asked(decision)?.pendingIntent == .plan)
    }

    @Test func aPersonalSalaryQuestionAsksForTheCurrentSalaryAndProjectsIt() {
        let state = DialogueState(profile: Profile(background: .known("frontend")))
        let first = policy.decide(.of(.salary), utterance: "what raise would I get?", state: state)
        #expect(answered(first).map(\.intent) == [.salary])
        #expect(first.state.pending?.slot == .currentSalary)
        let second = policy.decide(.of(.inform, confidence: 0.2, money: [Money(85_000)]), utterance: "85k", state: first.state)
        #expect(second.state.profile.currentSalary == Money(85_000))
        #expect(answered(second).map(\.intent) == [.salary])
    }

    @Test func theBackgroundCarriesOverToTheNextQuestion() {
        let first = policy.decide(
            .of(.timeline, backgrounds: ["frontend"]), utterance: "how long from frontend to MLOps?",
            state: DialogueState(profile: Profile(background: .known("backend"))))
        let second = policy.decide(.of(.salary), utterance: "and the salary?", state: first.state)
        #expect(answered(second).first?.entities.backgrounds == ["frontend"])
    }

    @Test func whatAboutANewBackgroundRepeatsTheLastIntent() {
        let first = policy.decide(.of(.timeline, backgrounds: ["frontend"]), utterance: "how long from frontend?", state: DialogueState())
        let second = policy.decide(
            .of(.outOfScope, confidence: 0.1, backgrounds: ["backend"]), utterance: "what about backend?",
            state: first.state)
        #expect(answered(second).map(\.intent) == [.timeline])
        #expect(answered(second).first?.entities.backgrounds == ["backend"])
        #expect(second.state.profile.background == nil, "asking about backgrounds is not saying you are one")
    }

    @Test func aCorrectionReplacesTheBackgroundAndAnswersAgain() {
        let first = policy.decide(
            .of(.timeline, backgrounds: ["backend"]), utterance: "I'm a backend developer, how long will it take me?",
            state: DialogueState())
        #expect(first.state.profile.knownBackground == "backend")
        let second = policy.decide(.of(.inform, backgrounds: ["devops"]), utterance: "actually I'm in DevOps", state: first.state)
        #expect(second.state.profile.knownBackground == "devops")
        #expect(second.actions.first == .noted([ProfileChange(slot: .background, old: "backend", new: "devops")]))
        #expect(answered(second).first?.entities.backgrounds == ["devops"])
        #expect(answered(second).first?.intent == .timeline)
    }

    @Test func informingWithoutAQuestionOffersThePlanAndYesAcceptsIt() {
        let first = policy.decide(.of(.inform, backgrounds: ["frontend"]), utterance: "I'm a frontend developer", state: DialogueState())
        #expect(first.state.pending?.slot == .confirmation)
        let second = policy.decide(.of(.affirm), utterance: "yes", state: first.state)
        #expect(answered(second).map(\.intent) == [.plan])
    }

    @Test func noToAnOfferIsAcknowledged() {
        let first = policy.decide(.of(.inform, backgrounds: ["frontend"]), utterance: "I'm a frontend developer", state: DialogueState())
        let second = policy.decide(.of(.deny), utterance: "no", state: first.state)
        #expect(second.actions == [.declined])
        #expect(second.state.pending == nil)
    }

    @Test func yesWithNothingPendingSaysSo() {
        #expect(policy.decide(.of(.affirm), utterance: "yes", state: DialogueState()).actions == [.nothingToConfirm])
    }

    @Test func aLowConfidenceUtteranceGetsAClarificationAndTheChoiceIsAnswered() {
        let unsure = Understanding.of(.salary, confidence: 0.4, candidates: [.salary, .careerGrowth])
        let first = policy.decide(unsure, utterance: "money later on", state: DialogueState())
        guard case let .clarify(question)? = first.actions.first else {
            Issue.record("expected a clarification, got \(first.actions)")
            return
        }
        #expect(question.text == "Which did you mean: salaries, or career progression?")
        let second = policy.decide(.of(.careerGrowth), utterance: "career progression", state: first.state)
        #expect(answered(second).map(\.intent) == [.careerGrowth])
    }

    @Test func anUnclearQuestionInTheDomainGetsTheBestFactsWithTheClarification() {
        // The real knowledge base: its domain words tell "mlops" is in the domain.
        let policy = DialoguePolicy(knowledge: Fixtures.knowledge, thresholds: policy.thresholds)
        let unsure = Understanding.of(.salary, confidence: 0.4, candidates: [.salary, .careerGrowth])
        let decision = policy.decide(unsure, utterance: "mlops money later on", state: DialogueState())
        guard decision.actions.count == 2, case let .answerFromFacts(facts) = decision.actions[0],
            case let .clarify(question) = decision.actions[1]
        else {
            Issue.record("expected the facts, then a clarification, got \(decision.actions)")
            return
        }
        #expect(facts.intent == .salary && facts.text == "mlops money later on")
        #expect(question.options == [.salary, .careerGrowth])
        #expect(decision.state.pending == question)
    }

    @Test func neighbouringSentencesAboutTheSameToolAreOneQuestion() {
        let advisor = Fixtures.advisor
        let understand = { (text: String) in advisor.understand(text) }
        let parts = ["Why not just use Kubernetes for deployment?", "Isn't Kubernetes enough?", "And what does a junior earn?"]
        let joined = DialoguePolicy.joiningSameSubject(parts.map { ($0, understand($0)) }, understand: understand)
        #expect(
            joined.map(\.text) == ["Why not just use Kubernetes for deployment? Isn't Kubernetes enough?", "And what does a junior earn?"])
        #expect(joined[0].understanding.entities.tools == ["kubernetes"])
        let different = ["Is Kubernetes worth learning?", "And Terraform?"]
        #expect(DialoguePolicy.joiningSameSubject(different.map { ($0, understand($0)) }, understand: understand).count == 2)
    }

    @Test func aSentenceThatAsksOnAboutTheOneBeforeIsAnsweredWithIt() {
        let turn = Fixtures.advisor.respond(
            to: "Should data scientists learn about Kubernetes? If so, how much should they learn - only high level?",
            state: DialogueState())
        expectReply(turn.reply, contains: "learned Kubernetes only at a basic level")
        expectReply(turn.reply, lacks: "Career progression")
    }

    @Test(arguments: [
        ("In what order should I read these books? For a beginner in MLOps?", false),
        ("In what order should I read these books? For a beginner, how long does MLOps take?", true),
    ])
    func aShortSentenceSayingWhomTheOneBeforeIsForIsOneQuestionWithIt(message: String, answeredInParts: Bool) {
        let reply = Fixtures.advisor.respond(to: message, state: DialogueState()).reply
        let labels = reply.blocks.filter { if case .heading = $0 { true } else { false } }
        #expect(!labels.isEmpty == answeredInParts)
    }

    @Test func anAsideThatWondersWhetherSomethingIsRequiredIsAQuestion() {
        let turn = Fixtures.advisor.respond(
            to: "How is the hiring market for MLOps? (I have no computer science degree; I'd go back to study if it's needed.)",
            state: DialogueState())
        expectReply(turn.reply, contains: "PhD is not needed")
    }

    @Test(arguments: [0.0, 0.29])
    func belowTheOutOfScopeThresholdTheAdvisorDeclinesPolitely(confidence: Double) {
        let decision = policy.decide(.of(.salary, confidence: confidence), utterance: "what's the weather", state: DialogueState())
        #expect(decision.actions == [.outOfScope])
    }

    @Test func anUnknownBackgroundIsRememberedAndAnswered() {
        let decision = policy.decide(
            .of(.timeline, unknownBackground: "nurse"), utterance: "I'm a nurse, how long will it take me?",
            state: DialogueState())
        #expect(decision.state.profile.unknownBackground == "nurse")
        #expect(answered(decision).first?.entities.unknownBackground == "nurse")
    }

    @Test func resetForgetsEverythingButTheTurnCount() {
        let state = DialogueState(profile: Profile(background: .known("frontend")), lastIntent: .salary, turn: 4)
        let decision = policy.decide(.of(.reset), utterance: "start over", state: state)
        #expect(decision.state == DialogueState(turn: 5))
        #expect(decision.actions == [.reset])
    }

    @Test func aLongMessageTakesInTheBackgroundAndAnswersEachQuestionInOrder() {
        let parts: [(text: String, understanding: Understanding)] = [
            ("I'm a backend engineer with 5 years of Java.", .of(.inform, backgrounds: ["backend"])),
            ("How long will it take me?", .of(.timeline)),
            ("What should I learn first?", .of(.tools)),
            ("What does it cost?", .of(.cost)),
            ("Which certifications matter?", .of(.certifications)),
            ("Is it a good career?", .of(.outlook)),
        ]
        let decision = policy.decide(parts: parts, state: DialogueState())
        #expect(decision.state.profile.knownBackground == "backend")
        #expect(answered(decision).map(\.intent) == [.timeline, .tools, .cost, .certifications])
        #expect(answered(decision).first?.entities.backgrounds == ["backend"])
        #expect(decision.state.deferredQuestions == ["Is it a good career?"])
        #expect(decision.actions.last == .offerDeferred(["Is it a good career?"]))
        let accepted = policy.decide(.of(.affirm), utterance: "yes please", state: decision.state)
        #expect(accepted.actions == [.answerDeferred(["Is it a good career?"])])
    }

    @Test func anEmptyLineAsksForAQuestion() {
        #expect(policy.decide(.of(.outOfScope, confidence: 0), utterance: "   ", state: DialogueState()).actions == [.emptyInput])
    }

    // MARK: - The profile is filled by statements, answers and /set, never by questions

    @Test func aQuestionNamingABackgroundLeavesTheProfileAndAPersonalQuestionAsks() {
        let first = policy.decide(
            .of(.timeline, backgrounds: ["frontend"]), utterance: "how long from frontend to MLOps?", state: DialogueState())
        #expect(answered(first).first?.entities.backgrounds == ["frontend"])
        #expect(first.state.profile.background == nil)
        let second = policy.decide(.of(.timeline), utterance: "how long will it take me?", state: first.state)
        #expect(asked(second)?.slot == .background)
        #expect(answered(second).first?.entities.backgrounds == [], "the general figures, not the last question's background")
        let third = policy.decide(.of(.outOfScope, confidence: 0.1, backgrounds: ["backend"]), utterance: "backend", state: second.state)
        #expect(answered(third).map(\.intent) == [.timeline])
        #expect(answered(third).first?.entities.backgrounds == ["backend"])
        #expect(third.state.profile.knownBackground == "backend", "the answer to the advisor's question fills the profile")
    }

    @Test func andTheSalaryKeepsTheBackgroundAskedAboutWithoutFillingTheProfile() {
        let first = policy.decide(
            .of(.timeline, backgrounds: ["frontend"]), utterance: "how long from frontend to MLOps?", state: DialogueState())
        let second = policy.decide(.of(.salary), utterance: "and the salary?", state: first.state)
        #expect(answered(second).first?.entities.backgrounds == ["frontend"])
        #expect(second.state.profile.background == nil)
    }

    @Test func whatAboutWithACompareReadingRepeatsTheLastQuestionForTheNewBackground() {
        let first = policy.decide(
            .of(.timeline, backgrounds: ["backend"]), utterance: "how long from backend to MLOps?", state: DialogueState())
        let second = policy.decide(
            .of(.compare, confidence: 0.5, backgrounds: ["frontend"]), utterance: "what about frontend?",
            state: first.state)
        #expect(answered(second).map(\.intent) == [.timeline])
        #expect(answered(second).first?.entities.backgrounds == ["frontend"])
    }

    @Test(arguments: [
        (Intent.careerGrowth, "what about entry level?"),
        (.salary, "what about entry level?"),
        (.outOfScope, "how about juniors?"),
        (.education, "and for entry level?"),
    ])
    func whatAboutALevelKeepsTheLastQuestionWhateverTheClassifierSays(reading: Intent, utterance: String) {
        let first = policy.decide(
            .of(.salary, levels: [.senior]), utterance: "what does a senior MLOps engineer earn?", state: DialogueState())
        let second = policy.decide(.of(reading, confidence: 0.8, levels: [.entry]), utterance: utterance, state: first.state)
        #expect(answered(second).map(\.intent) == [.salary])
        #expect(answered(second).first?.entities.levels == [.entry])
    }

    @Test func whatAboutTwoBackgroundsIsAComparison() {
        let first = policy.decide(
            .of(.salary, levels: [.senior]), utterance: "what does a senior MLOps engineer earn?", state: DialogueState())
        let second = policy.decide(
            .of(.compare, confidence: 0.8, backgrounds: ["frontend", "backend"]),
            utterance: "what about frontend versus backend?", state: first.state)
        #expect(answered(second).map(\.intent) == [.compare])
    }

    @Test func aShortQuestionNamingAToolIsNotACarryOver() {
        let first = policy.decide(
            .of(.salary, levels: [.senior]), utterance: "what does a senior MLOps engineer earn?", state: DialogueState())
        var tools = Understanding.of(.tools, confidence: 0.8)
        tools.entities.toolGroups = ["monitoring"]
        let second = policy.decide(tools, utterance: "monitoring tools?", state: first.state)
        #expect(answered(second).map(\.intent) == [.tools])
    }

    @Test(arguments: [
        (Intent.salary, "why do the numbers differ?"),
        (.outOfScope, "why don't the sources agree?"),
        (.compare, "how come the figures are different?"),
    ])
    func whyTheNumbersDifferIsAnsweredWithTheDisagreements(reading: Intent, utterance: String) {
        let first = policy.decide(
            .of(.timeline, backgrounds: ["backend"]), utterance: "how long from backend to MLOps?", state: DialogueState())
        let second = policy.decide(.of(reading, confidence: 0.6), utterance: utterance, state: first.state)
        #expect(second.actions == [.explainDisagreements])
        #expect(second.state.lastIntent == .timeline, "the last question stays for a follow-up")
    }

    @Test(arguments: [
        (Intent.certifications, "are certs more important than projects?"),
        (.portfolio, "should I get certified or build projects?"),
    ])
    func certificatesAgainstProjectsIsWeighed(reading: Intent, utterance: String) {
        #expect(
            policy.decide(.of(reading), utterance: utterance, state: DialogueState()).actions == [
                .weighCertificationsAgainstProjects(Entities())
            ])
    }

    @Test func aPlainCertificationQuestionListsTheCertificates() {
        #expect(
            answered(policy.decide(.of(.certifications), utterance: "which certifications matter?", state: DialogueState())).map(\.intent)
                == [.certifications])
    }

    @Test func whatAboutIsNotAnAnswerToTheBackgroundInvitation() {
        let general = policy.decide(.of(.timeline), utterance: "how long does it take?", state: DialogueState())
        let next = policy.decide(
            .of(.outOfScope, confidence: 0.1, backgrounds: ["frontend"]), utterance: "what about frontend?",
            state: general.state)
        #expect(answered(next).first?.entities.backgrounds == ["frontend"])
        #expect(next.state.profile.background == nil)
    }

    // MARK: - Statements with a question in them

    @Test(arguments: [
        Understanding.of(.inform, confidence: 0.35, unknownBackground: "nurse"),
        Understanding.of(.timeline, unknownBackground: "nurse"),
        Understanding.of(.compare, confidence: 0.5, unknownBackground: "nurse"),
        Understanding.of(.outOfScope, confidence: 0.1, unknownBackground: "nurse"),
    ])
    func anUnknownBackgroundIsHonestAtOnceWhateverTheIntent(understanding: Understanding) {
        let decision = policy.decide(understanding, utterance: "I am a nurse, can I move to mlops?", state: DialogueState())
        #expect(decision.state.profile.unknownBackground == "nurse")
        let answer = answered(decision)
        #expect(answer.count == 1)
        #expect(answer.first?.entities.unknownBackground == "nurse")
        #expect(decision.actions.contains { if case .clarify = $0 { true } else { false } } == false)
    }

    @Test func aStatementWithAQuestionRecordsTheBackgroundAnswersAndOffersThePlan() {
        let decision = policy.decide(
            .of(.inform, backgrounds: ["frontend"]), utterance: "I'm a frontend developer, how do I get into MLOps?",
            state: DialogueState())
        #expect(decision.state.profile.knownBackground == "frontend")
        #expect(answered(decision).first?.entities.backgrounds == ["frontend"])
        #expect(decision.state.pending?.pendingIntent == .plan)
        #expect(decision.actions.contains { if case .noted = $0 { true } else { false } })
    }

    // MARK: - Long messages and other scripts

    @Test func aLongMessageIsNeverAPlainYesOrNo() {
        let padded = "I " + String(repeating: "really ", count: 20) + "want to know how long it takes to move from backend to MLOps"
        let understanding = Understanding.of(.deny, confidence: 0.6, backgrounds: ["backend"], candidates: [.deny, .timeline])
        let decision = policy.decide(understanding, utterance: padded, state: DialogueState())
        #expect(answered(decision).map(\.intent) == [.timeline])
        #expect(!decision.actions.contains(.nothingToConfirm))
    }

    @Test(arguments: ["как стать инженером MLOps?", "MLOps工程师的工资是多少？", "كم يستغرق الانتقال إلى MLOps؟"])
    func aMessageInAnotherScriptGetsTheEnglishOnlyAnswer(text: String) {
        #expect(policy.decide(.of(.outOfScope, confidence: 0), utterance: text, state: DialogueState()).actions == [.onlyEnglish])
    }

    @Test func accentedLatinTextIsNotTakenForAnotherScript() {
        let decision = policy.decide(.of(.outOfScope, confidence: 0), utterance: "café résumé naïve", state: DialogueState())
        #expect(decision.actions == [.outOfScope])
    }

    // MARK: - Clarification answers

    @Test func aPlainYesToWhichOneAsksAgainAndNamingTheSecondPicksIt() {
        let unsure = Understanding.of(.salary, confidence: 0.4, candidates: [.salary, .careerGrowth])
        let first = policy.decide(unsure, utterance: "money later on", state: DialogueState())
        let yes = policy.decide(.of(.affirm), utterance: "yes", state: first.state)
        #expect(answered(yes).isEmpty)
        #expect(yes.state.pending?.options == [.salary, .careerGrowth])
        let second = policy.decide(.of(.outOfScope, confidence: 0.1), utterance: "the second one", state: yes.state)
        #expect(answered(second).map(\.intent) == [.careerGrowth])
    }
}
