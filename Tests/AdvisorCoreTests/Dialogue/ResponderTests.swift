import AdvisorCore
import AdvisorTestSupport
import Testing

struct ResponderTests {
    let responder = Responder(knowledge: Fixtures.knowledge)

    private func reply(_ intent: Intent, backgrounds: [String] = [], unknownBackground: String? = nil, levels: [String] = [],
                       profile: Profile = Profile()) -> Reply {
        var entities = Entities()
        entities.backgrounds = backgrounds
        entities.unknownBackground = unknownBackground
        entities.levels = levels
        return responder.reply(to: [.answer(DialogueAction.Question(intent: intent, entities: entities))],
                               state: DialogueState(profile: profile))
    }

    private static func sourcesBlock(_ reply: Reply) -> [Reply.SourceReference] {
        reply.blocks.lazy.compactMap { if case let .sources(references) = $0 { references } else { nil } }.first ?? []
    }

    @Test(arguments: DialoguePolicy.questionIntents.sorted { $0.rawValue < $1.rawValue })
    func everyAnswerNamesItsSourcesWithTitles(intent: Intent) {
        for backgrounds in [[], ["frontend"]] {
            let answer = reply(intent, backgrounds: backgrounds)
            #expect(!answer.sources.isEmpty, "\(intent) names no source")
            #expect(Self.sourcesBlock(answer).map(\.id) == answer.sources)
            #expect(Self.sourcesBlock(answer).allSatisfy { !$0.title.isEmpty })
            if case .headline? = answer.blocks.first {} else { Issue.record("\(intent) does not open with a headline") }
        }
    }

    @Test func aBackgroundWithAPathGetsItsDurationAndSource() {
        expectReply(reply(.timeline, backgrounds: ["frontend"]), contains: "From frontend developer to MLOps: 8–12 months (transition-paths)")
    }

    @Test func thePathsOwnDurationAndTheStageSumAreBothShownWhenTheyDiffer() {
        expectReply(reply(.timeline, backgrounds: ["frontend"]),
                    contains: "4–6 + 3–4 + 3–4 + 3–4 + 2–3 = 15–21 months (career-card)", "The two figures differ")
    }

    @Test func aBackgroundWithoutAPathIsToldSoAndGetsTheGeneralRoadmap() {
        let answer = reply(.timeline, unknownBackground: "nurse")
        expectReply(answer, contains: "The sources have no path for nurse", "15–21 months (career-card)")
    }

    @Test func aPlanForAnUnknownBackgroundInventsNoUplift() {
        let answer = reply(.plan, unknownBackground: "nurse", profile: Profile(unknownBackground: "nurse", currentSalary: 60_000))
        expectReply(answer, contains: "The sources have no path for nurse", "no salary uplift")
        expectReply(answer, lacks: "Projected")
    }

    @Test func salaryByLevelListsEverySourcesBand() {
        let answer = reply(.salary, levels: ["senior"])
        let bars: [Reply.SalaryBar] = answer.blocks.flatMap { block -> [Reply.SalaryBar] in
            if case let .salaryChart(bars) = block { bars } else { [] }
        }
        let expected = Fixtures.knowledge.salaries(level: "senior").filter { $0.salary != nil }
        #expect(bars.map(\.source) == expected.map(\.source))
        #expect(bars.map(\.salary) == expected.map(\.salary!))
        expectReply(answer, contains: "The sources disagree")
    }

    @Test func aLevelWithoutDataSaysSoInsteadOfAFigure() {
        let missing = Fixtures.knowledge.salaries().filter { $0.salary == nil }
        #expect(!missing.isEmpty, "the real data has a level without a figure")
        let answer = reply(.salary)
        for figure in missing { expectReply(answer, contains: "\(figure.source) gives no figure for \(figure.title)") }
    }

    @Test func theProjectionIsLabelledWithItsSourcesPercentages() {
        let answer = reply(.salary, backgrounds: ["frontend"], profile: Profile(background: "frontend", currentSalary: 85_000))
        expectReply(answer, contains: "$144,500–$170,000",
                    "A projection from the +70% to +100% that transition-paths gives")
    }

    @Test func comparingTwoBackgroundsPutsThemSideBySide() {
        let answer = reply(.compare, backgrounds: ["frontend", "backend"])
        expectReply(answer, contains: "frontend developer: 8–12 months, +70% to +100% (transition-paths) vs backend developer: 6–9 months")
        #expect(answer.blocks.contains { if case .table = $0 { true } else { false } })
    }

    @Test func aDevOpsPlanSkipsTheStageItAlreadyKnows() {
        let answer = reply(.plan, backgrounds: ["devops"], profile: Profile(background: "devops"))
        let rows: [Reply.TimelineRow] = answer.blocks.flatMap { block -> [Reply.TimelineRow] in
            if case let .timeline(rows) = block { rows } else { [] }
        }
        #expect(rows.filter(\.skipped).count == 1)
        expectReply(answer, contains: "4–6 + 3–4 + 3–4 + 2–3 = 12–17 months")
    }

    @Test func outOfScopeGivesNoFigures() {
        let answer = responder.reply(to: [.outOfScope], state: DialogueState())
        #expect(answer.sources.isEmpty)
        #expect(!plainText(answer).contains("$"))
    }

    @Test func severalQuestionsAreAnsweredUnderTheirOwnWords() {
        let questions = [DialogueAction.Question(intent: .cost, text: "What does it \u{1B}[1mcost?"),
                         DialogueAction.Question(intent: .employers, text: "Who hires?")]
        let answer = responder.reply(to: questions.map { .answer($0) }, state: DialogueState())
        let headings = answer.blocks.compactMap { if case let .heading(text) = $0 { text } else { nil } }
        #expect(headings == ["What does it cost?", "Who hires?"])
    }
}
