import AdvisorCore
import AdvisorTestSupport
import Testing

/// Issue 13: a conversation that keeps up with what the person says. The policy is fed
/// understandings directly, so each rule is tested for its mechanism, not for one sentence.
struct FollowingThePersonTests {
    let policy = DialoguePolicy(
        knowledge: SampleKnowledge.base,
        thresholds: IntentClassifier.Thresholds(outOfScope: 0.3, clarify: 0.45))

    private func answered(_ decision: DialogueDecision) -> [Intent] {
        decision.actions.compactMap { if case let .answer(question) = $0 { question.intent } else { nil } }
    }

    private func understanding(
        _ intent: Intent, confidence: Double = 0.9, candidates: [Intent] = [],
        _ fill: (inout Entities) -> Void = { _ in }
    ) -> Understanding {
        var understanding = Understanding.of(intent, confidence: confidence, candidates: candidates)
        fill(&understanding.entities)
        return understanding
    }

    static func entities(_ fill: (inout Entities) -> Void) -> Entities {
        var entities = Entities()
        fill(&entities)
        return entities
    }

    private var offerPending: DialogueState {
        DialogueState(
            profile: Profile(background: .known("finance")),
            pending: FollowUpQuestion(slot: .confirmation, text: "Would you like your personal plan?", pendingIntent: .plan))
    }

    // MARK: 13.2: an open yes/no question does not swallow the next message

    @Test(arguments: [
        ("no coding background at all, where do i start?", Intent.deny, [Intent.deny, .roadmap], [Intent.roadmap]),
        ("yes, and how long will it take?", .affirm, [.affirm, .timeline], [.timeline]),
        ("no. what does it cost?", .deny, [.deny, .cost], [.cost]),
    ])
    func aQuestionAfterAYesNoOfferIsAnswered(utterance: String, intent: Intent, candidates: [Intent], expected: [Intent]) {
        let decision = policy.decide(understanding(intent, candidates: candidates), utterance: utterance, state: offerPending)
        #expect(!decision.actions.contains(.declined))
        #expect(answered(decision) == expected)
    }

    @Test func newsAboutThePersonAfterAYesNoOfferIsTakenIn() {
        let news = understanding(.deny) { $0.backgrounds = ["backend"] }
        let decision = policy.decide(news, utterance: "no wait, I'm a backend dev", state: offerPending)
        #expect(!decision.actions.contains(.declined))
        #expect(decision.state.profile.knownBackground == "backend")
    }

    @Test(arguments: [("no", Intent.deny, true), ("no thanks", .deny, true), ("yes", .affirm, false)])
    func aPlainYesOrNoStillAnswersTheOffer(utterance: String, intent: Intent, declines: Bool) {
        let decision = policy.decide(understanding(intent), utterance: utterance, state: offerPending)
        #expect(decision.actions.contains(.declined) == declines)
        if !declines { #expect(answered(decision) == [.plan]) }
    }

    // MARK: 13.3: an open "which did you mean" does not grab new questions

    private var clarificationPending: DialogueState {
        DialogueState(
            pending: FollowUpQuestion(
                slot: .clarification, text: "Which did you mean: X, or Y?", pendingIntent: .jobSearch,
                options: [.jobSearch, .employers]))
    }

    @Test(arguments: [
        ("which cert should i do first", Intent.certifications, [Intent.certifications]),
        ("what's the second step of the roadmap?", .roadmap, [.roadmap]),
        ("the first one", .roadmap, [.jobSearch]),
        ("second", .outOfScope, [.employers]),
        ("who hires them", .employers, [.employers]),
    ])
    func onlyARealChoicePicksAnOption(utterance: String, intent: Intent, expected: [Intent]) {
        let decision = policy.decide(
            understanding(intent, confidence: intent == .outOfScope ? 0.1 : 0.9), utterance: utterance,
            state: clarificationPending)
        #expect(answered(decision) == expected)
    }

    // MARK: 13.4 and 12.6: what people say about themselves, unasked

    @Test(
        arguments: [
            (
                "around 10 hours a week, I have a kid lol", Profile(hoursPerWeek: 10),
                Self.entities { (e: inout Entities) in e.hoursPerWeek = 10 }
            ),
            ("about 5 years", Profile(yearsOfExperience: 5), Self.entities { (e: inout Entities) in e.yearsOfExperience = 5 }),
            (
                "devops engineer", Profile(background: .known("devops")),
                Self.entities { (e: inout Entities) in
                    e.backgrounds = ["devops"]
                    e.isTitleAlone = true
                }
            ),
            (
                "graduating in CS in 2026, did a 6 month devops internship", Profile(background: .unknown("cs graduate")),
                Self.entities { (e: inout Entities) in
                    e.backgrounds = ["devops"]
                    e.mentionedBackgrounds = ["devops"]
                    e.unknownBackground = "cs graduate"
                }
            ),
            // 13.1: an amount typed on its own, whatever intent the classifier reads, is the person's pay.
            (
                "60000 euros", Profile(currentSalary: Money(60000, currency: "EUR")),
                Self.entities { (e: inout Entities) in e.money = [Money(60000, currency: "EUR")] }
            ),
            (
                "40 lakhs per annum", Profile(currentSalary: Money(4_000_000, currency: "INR", period: .year)),
                Self.entities { (e: inout Entities) in e.money = [Money(4_000_000, currency: "INR", period: .year)] }
            ),
            (
                "i already know kubernetes and terraform", Profile(knownTools: ["kubernetes", "terraform"]),
                Self.entities { (e: inout Entities) in
                    e.tools = ["kubernetes", "terraform"]
                    e.knownTools = ["kubernetes", "terraform"]
                }
            ),
        ] as [(String, Profile, Entities)])
    func whatIsSaidUnaskedIsKept(utterance: String, expected: Profile, said: Entities) {
        let decision = policy.decide(
            understanding(.outOfScope, confidence: 0.1) { $0 = said }, utterance: utterance, state: DialogueState())
        #expect(decision.state.profile == expected)
        #expect(decision.actions.contains { if case let .noted(changes) = $0 { !changes.isEmpty } else { false } })
    }

    @Test(arguments: ["is 100k realistic?", "what does 150k buy", "my friend in mlops makes 150k and works remotely from spain"])
    func anAmountInAQuestionOrALongerMessageIsNoStatementOfPay(utterance: String) {
        let decision = policy.decide(
            understanding(.outOfScope, confidence: 0.1) { $0.money = [Money(150_000)] }, utterance: utterance, state: DialogueState())
        #expect(decision.state.profile.currentSalary == nil)
    }

    @Test(arguments: [
        ("I'm trying to transition to DevOps", ["devops"], nil as String?),
        ("im reading Python for DevOps", ["devops"], nil),
        ("I'm a frontend dev who wants to become a devops engineer", ["frontend", "devops"], "frontend"),
    ])
    func aRoleWantedOrATitleIsNoBackground(utterance: String, named: [String], own: String?) {
        let said = understanding(.inform) {
            $0.backgrounds = named
            $0.mentionedBackgrounds = ["devops"]
        }
        let decision = policy.decide(said, utterance: utterance, state: DialogueState())
        #expect(decision.state.profile.knownBackground == own)
    }

    // MARK: 13.5: corrections of numbers stick and say so

    @Test(
        arguments: [
            (
                "i earn 100k", Self.entities { (e: inout Entities) in e.money = [Money(100_000)] }, "wait no 110k",
                Self.entities { (e: inout Entities) in e.money = [Money(110_000)] },
                ProfileChange(slot: .currentSalary, old: "100,000", new: "110,000")
            ),
            (
                "i earn 450k PKR a month",
                Self.entities { (e: inout Entities) in e.money = [Money(450_000, currency: "PKR", period: .month)] },
                "sorry, 500k", Self.entities { (e: inout Entities) in e.money = [Money(500_000)] },
                ProfileChange(slot: .currentSalary, old: "PKR 450,000 a month", new: "PKR 500,000 a month")
            ),
            (
                "10 hrs a week", Self.entities { (e: inout Entities) in e.hoursPerWeek = 10 }, "actually make that 15", Entities(),
                ProfileChange(slot: .hoursPerWeek, old: "10", new: "15")
            ),
            (
                "5 years of java", Self.entities { (e: inout Entities) in e.yearsOfExperience = 5 }, "oops, I meant 7", Entities(),
                ProfileChange(slot: .yearsOfExperience, old: "5", new: "7")
            ),
        ] as [(String, Entities, String, Entities, ProfileChange)])
    func aCorrectedNumberReplacesTheLastOneAndSaysSo(
        first: String, saidFirst: Entities, second: String,
        saidSecond: Entities, change: ProfileChange
    ) {
        let one = policy.decide(understanding(.inform) { $0 = saidFirst }, utterance: first, state: DialogueState())
        let two = policy.decide(understanding(.outOfScope, confidence: 0.1) { $0 = saidSecond }, utterance: second, state: one.state)
        #expect(two.actions.contains(.noted([change])))
    }

    // MARK: 13.9: goodbye is decided once

    @Test(arguments: [("thanks, bye", true), ("bye", true), ("thanks", false), ("how long will it take?", false)])
    func theChatEndsWhenTheAdvisorSaysGoodbye(line: String, ends: Bool) {
        var session = ChatSession(advisor: Advisor(knowledge: Fixtures.knowledge))
        let output = session.handle(line)
        #expect((output.effect == .quit) == ends)
        #expect(output.turn?.endsConversation == ends)
    }
}
