import AdvisorCore
import AdvisorTestSupport
import Testing

struct ResponderTests {
    let responder = Responder(knowledge: Fixtures.knowledge)

    private func reply(
        _ intent: Intent, backgrounds: [String] = [], unknownBackground: String? = nil, levels: [SalaryLevel] = [],
        profile: Profile = Profile()
    ) -> Reply {
        var entities = Entities()
        entities.backgrounds = backgrounds
        entities.unknownBackground = unknownBackground
        entities.levels = levels
        return responder.reply(
            to: [.answer(DialogueAction.Question(intent: intent, entities: entities))],
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
        expectReply(
            reply(.timeline, backgrounds: ["frontend"]), contains: "From frontend developer to MLOps: 8–12 months (transition-paths)")
    }

    @Test func thePathsOwnDurationAndTheStageSumAreBothShownWhenTheyDiffer() {
        expectReply(
            reply(.timeline, backgrounds: ["frontend"]),
            contains: "(career-card): 4–6 + 3–4 + 3–4 + 3–4 + 2–3 = 15–21 months", "The figures differ")
    }

    @Test func aBackgroundWithoutAPathIsToldSoAndGetsTheGeneralRoadmap() {
        let answer = reply(.timeline, unknownBackground: "nurse")
        expectReply(answer, contains: "The sources have no path for nurse", "(career-card): 4–6 + 3–4 + 3–4 + 3–4 + 2–3 = 15–21 months")
    }

    /// Whether a job the articles give no path for counts: what they say to people from other fields comes first.
    @Test(arguments: ["lab technician", "pharmacist", "sales rep", "chef"])
    func aJobWithoutAPathAskedWhetherItCountsGetsWhatTheArticlesSayOfOtherFields(job: String) {
        let turn = Fixtures.advisor.respond(to: "I'm a \(job). does my background count for anything in MLOps?", state: DialogueState())
        #expect(turn.reply.units.first?.id == "lessons.non-technical-background", "\(plainText(turn.reply))")
    }

    @Test func aPlanForAnUnknownBackgroundInventsNoUplift() {
        let answer = reply(.plan, unknownBackground: "nurse", profile: Profile(background: .unknown("nurse"), currentSalary: Money(60_000)))
        expectReply(answer, contains: "The sources have no path for nurse", "no salary uplift")
        expectReply(answer, lacks: "Projected")
    }

    @Test func salaryByLevelListsEverySourcesBand() {
        let answer = reply(.salary, levels: [.senior])
        let bars: [Reply.SalaryBar] = answer.blocks.flatMap { block -> [Reply.SalaryBar] in
            if case let .salaryChart(bars) = block { bars } else { [] }
        }
        let expected = Fixtures.knowledge.salaries(level: .senior).filter { $0.salary != nil }
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
        let answer = reply(
            .salary, backgrounds: ["frontend"],
            profile: Profile(
                background: .known("frontend"),
                currentSalary: Money(85_000, currency: "USD", period: .year)))
        expectReply(
            answer, contains: "$144,500–$170,000 a year",
            "A projection from the +70% to +100% that transition-paths gives")
    }

    @Test func comparingTwoBackgroundsPutsThemSideBySide() {
        let answer = reply(.compare, backgrounds: ["frontend", "backend"])
        expectReply(answer, contains: "Frontend developer: 8–12 months, +70% to +100% (transition-paths) vs backend developer: 6–9 months")
        #expect(answer.blocks.contains { if case .table = $0 { true } else { false } })
    }

    @Test func aDevOpsPlanSkipsTheStageItAlreadyKnows() {
        let answer = reply(.plan, backgrounds: ["devops"], profile: Profile(background: .known("devops")))
        let rows: [Reply.TimelineRow] = answer.blocks.flatMap { block -> [Reply.TimelineRow] in
            if case let .timeline(rows) = block { rows } else { [] }
        }
        #expect(rows.filter(\.skipped).count == 1)
        expectReply(answer, contains: "4–6 + 3–4 + 3–4 + 2–3 = 12–17 months")
    }

    @Test func aPlanWithASalaryButNoDocumentedUpliftSaysItCannotProjectIt() {
        let answer = reply(
            .plan, backgrounds: ["devops"],
            profile: Profile(
                background: .known("devops"),
                currentSalary: Money(120_000, currency: "USD")))
        expectReply(answer, contains: "The sources give no salary uplift for this background, so I can't project your $120,000")
        expectReply(answer, lacks: "Projected from")
    }

    @Test func theDisagreementsShowEachFigureWithItsSource() {
        let answer = responder.reply(to: [.explainDisagreements], state: DialogueState())
        expectReply(
            answer, contains: "Where they disagree", "16-23 months to get hired after a career change",
            "$100K-$140K and the senior market at $140K-$220K+ (finance-story)")
        #expect(Set(answer.sources).isSuperset(of: ["career-path", "career-card", "transition-paths", "finance-story"]))
    }

    @Test func everyCertificatesNotesGoUnderItsName() {
        let text = plainText(reply(.certifications))
        for name in [
            "AWS Certified Machine Learning - Specialty", "Certified Kubernetes Administrator (CKA)", "Certifications or projects?",
        ] {
            #expect(text.contains("\n" + name + "\n"), "no heading \(name) in:\n\(text)")
        }
    }

    @Test func certificatesAgainstProjectsLeadsWithTheComparison() {
        let text = plainText(responder.reply(to: [.weighCertificationsAgainstProjects(Entities())], state: DialogueState()))
        #expect(text.hasPrefix("Certificates help you past HR filters"), "\(text)")
        expectReply(
            responder.reply(to: [.weighCertificationsAgainstProjects(Entities())], state: DialogueState()),
            contains: "more valuable than any certificate (backend-devops)")
    }

    @Test func aFamilyOfToolsIsAnsweredWithWhatItsToolsDo() {
        let turn = Fixtures.advisor.respond(to: "What's the point of a model registry?", state: DialogueState())
        expectReply(turn.reply, contains: "What the articles say about ML-specific tools")
        expectReply(turn.reply, contains: "keeps a registry of model versions")
    }

    @Test func outOfScopeGivesNoFigures() {
        let answer = responder.reply(to: [.outOfScope], state: DialogueState())
        #expect(answer.sources.isEmpty)
        #expect(!plainText(answer).contains("$"))
    }

    @Test func severalQuestionsAreAnsweredUnderLabelsOfTheAdvisorsOwn() {
        let questions = [
            DialogueAction.Question(intent: .cost, text: "What does it \u{1B}[1mcost?"),
            DialogueAction.Question(intent: .employers, text: "Who hires?"),
        ]
        let answer = responder.reply(to: questions.map { .answer($0) }, state: DialogueState())
        let headings = answer.blocks.compactMap { if case let .heading(text) = $0 { text } else { nil } }
        #expect(
            headings == [
                "What the switch costs", "Who hires MLOps engineers", "What the switch costs, in more detail",
                "Who hires MLOps engineers, in more detail",
            ])
        expectReply(answer, lacks: "What does it cost?", "Who hires?")
    }

    // MARK: - The path showcase, honesty and salary wording

    @Test func thePathAnswerShowsEveryFigureWithItsSource() {
        expectReply(
            reply(.timeline, backgrounds: ["frontend"]),
            contains: "From frontend developer to MLOps: 8–12 months (transition-paths)",
            "Salary uplift: +70% to +100% (transition-paths)", "Difficulty: moderate (transition-paths)",
            "Roadmap stages (career-card): 4–6 + 3–4 + 3–4 + 3–4 + 2–3 = 15–21 months", "16-23",
            "Key tools, in order: Python", "AWS Certified Machine Learning Engineer - Associate: +$20K salary (career-card)")
    }

    @Test func aSourceWithoutADurationIsMentionedOnceBelowNotInTheHeadline() {
        let text = plainText(reply(.timeline, backgrounds: ["backend"]))
        #expect(text.hasPrefix("From backend developer to MLOps: 6–9 months (transition-paths)\n"))
        #expect(!text.contains("no duration given"))
        #expect(text.components(separatedBy: "without a duration").count == 2)
    }

    @Test func anUnknownBackgroundIsSaidOnceWithTheRoadmapAndTheFinanceStory() {
        let change = ProfileChange(slot: .background, old: nil, new: "nurse")
        var entities = Entities()
        entities.unknownBackground = "nurse"
        let answer = responder.reply(
            to: [.noted([change]), .answer(DialogueAction.Question(intent: .timeline, entities: entities))],
            state: DialogueState(profile: Profile(background: .unknown("nurse"))))
        let text = plainText(answer)
        #expect(text.components(separatedBy: "no path for nurse").count == 2, "said once:\n\(text)")
        expectReply(answer, contains: "(career-card): 4–6 + 3–4 + 3–4 + 3–4 + 2–3 = 15–21 months", "finance-story")
    }

    @Test func salaryChartLabelsAreJustLevelsAndRemarksGoBelow() {
        let answer = reply(.salary)
        let bars = answer.blocks.flatMap { block -> [Reply.SalaryBar] in if case let .salaryChart(bars) = block { bars } else { [] } }
        #expect(!bars.isEmpty)
        #expect(bars.allSatisfy { !$0.label.contains("(") }, "\(bars.map(\.label))")
        expectReply(answer, contains: "the author's first offer")
    }

    @Test func entryLevelShowsEverySourcesStartingBand() {
        let answer = reply(.salary, levels: [.entry])
        let bars = answer.blocks.flatMap { block -> [Reply.SalaryBar] in if case let .salaryChart(bars) = block { bars } else { [] } }
        #expect(Set(bars.map(\.source)).isSuperset(of: ["career-card", "finance-story"]))
        expectReply(answer, contains: "Entry-level and junior MLOps engineers: $100K–$140K (finance-story), $100K (career-card)")
    }

    @Test func directorsAreNamedAsPeople() {
        let answer = reply(.salary, levels: [.director])
        expectReply(answer, contains: "Directors of MLOps: $198,125–$237,500 (career-path)")
        expectReply(answer, lacks: "Director MLOps engineers")
    }

    @Test func theCareerLadderKeepsEachSourcesOwnOrder() {
        let text = plainText(reply(.careerGrowth), width: 10_000)
        let careerPath = [
            "Junior MLOps Engineer: no figure", "MLOps Engineer: $131,158–$200,000", "Senior MLOps Engineer: $165,000–$207,125",
            "MLOps Team Lead: $137,700", "Director of MLOps: $198,125–$237,500",
        ]
        let card = ["Entry: $100K", "Mid: $155K", "Senior: $250K+"]
        for ladder in [careerPath, card] {
            let positions = ladder.map { text.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "missing a rung of \(ladder) in:\n\(text)")
            let found = positions.compactMap { $0 }
            #expect(found == found.sorted(), "out of order: \(ladder)")
        }
        expectReply(reply(.careerGrowth), contains: "Junior MLOps Engineer: $100K–$140K; $110K (the author's first offer)")
        expectReply(reply(.careerGrowth), lacks: "→ entry")
    }

    @Test func theCareerLadderRunsUpwardEvenWhenTheDataListsItOutOfOrder() throws {
        // The card's entry rung moved after its senior one: the ladder still starts at entry.
        let entry = """
              - role: mlops-engineer
                level: entry
                title: Entry
                salary: 100000
                note: The career card's single figure for an entry-level MLOps engineer.
                asks: ["entry salary", "starting salary", "fresher salary", "entry level pay", "first job pay"]
                source: career-card

            """
        let shuffled = BrokenKnowledge()
        try #require(shuffled.replace(entry, with: "", in: "Knowledge/salaries.yaml") != nil)
        try #require(
            shuffled.replace(
                "    asks: [\"senior salary\", \"top earners\"]\n    source: career-card",
                with: "    asks: [\"senior salary\", \"top earners\"]\n    source: career-card\n\n"
                    + entry, in: "Knowledge/salaries.yaml") != nil)
        let knowledge = try KnowledgeLoader().load(shuffled.files)
        let text = plainText(
            Responder(knowledge: knowledge).reply(
                to: [.answer(DialogueAction.Question(intent: .careerGrowth, entities: Entities()))], state: DialogueState()), width: 10_000)
        let rungs = ["Entry: $100K", "Mid: $155K", "Senior: $250K+"].map { text.range(of: $0)?.lowerBound }
        #expect(rungs.allSatisfy { $0 != nil }, "missing a rung in:\n\(text)")
        #expect(rungs.compactMap { $0 } == rungs.compactMap { $0 }.sorted(), "out of order:\n\(text)")
    }

    @Test func aComparisonWithAnUncoveredJobSaysSoAndShowsTheOtherSide() {
        let answer = reply(.compare, backgrounds: ["frontend"], unknownBackground: "nurse")
        guard case let .headline(headline)? = answer.blocks.first else { Issue.record("no headline"); return }
        #expect(headline.hasPrefix("The sources have no path for nurse."))
        expectReply(
            answer, contains: "Frontend developer: 8–12 months, +70% to +100% (transition-paths)",
            "For nurse, the sources have only the general route", "(career-card) add up to 4–6 + 3–4 + 3–4 + 3–4 + 2–3 = 15–21 months")
        #expect(Self.pathRows(answer).map { $0[0] } == ["frontend developer"])
        expectReply(answer, lacks: "side by side:", "no duration or uplift given")
    }

    @Test func aComparisonOfTwoCoveredBackgroundsAndAnUncoveredOneComparesTheTwo() {
        let answer = reply(.compare, backgrounds: ["frontend", "backend"], unknownBackground: "teacher")
        expectReply(
            answer, contains: "The sources have no path for teacher. Frontend developer: 8–12 months",
            "vs backend developer: 6–9 months")
        #expect(Self.pathRows(answer).map { $0[0] } == ["frontend developer", "backend developer"])
    }

    @Test func comparisonsLeaveOutSourcesWithoutFigures() {
        let answer = reply(.compare, backgrounds: ["frontend", "backend"])
        expectReply(answer, lacks: "no duration given")
    }

    // MARK: - Comparison tables: each path once, no rows of "not given"

    private static func tables(_ reply: Reply) -> [Reply.Table] {
        reply.blocks.compactMap { if case let .table(table) = $0 { table } else { nil } }
    }

    private static func pathRows(_ reply: Reply) -> [[String]] {
        tables(reply).filter { $0.header.contains("Duration") }.flatMap(\.rows)
    }

    @Test(arguments: [
        ["backend", "devops"], ["frontend", "backend"], ["software-engineer", "data-scientist"],
        ["devops", "data-scientist"], ["finance", "devops"],
    ])
    func aComparisonShowsEachPathOnceAndEverySource(backgrounds: [String]) {
        let answer = reply(.compare, backgrounds: backgrounds)
        let rows = Self.pathRows(answer)
        #expect(!rows.contains { $0[1...3].allSatisfy { $0 == "not given" } }, "a row of not-givens: \(rows)")
        var paths: [TransitionPath] = []
        for path in backgrounds.flatMap(Fixtures.knowledge.paths(from:)) where !paths.contains(path) { paths.append(path) }
        let withFigures = paths.filter { $0.duration != nil || $0.salaryUplift != nil || $0.difficulty != nil }
        #expect(rows.count == withFigures.count, "\(rows)")
        #expect(rows.map { $0[4] } == withFigures.map(\.source))
        #expect(Set(answer.sources).isSuperset(of: paths.map(\.source)))
    }

    @Test func theBackendAndDevOpsPathIsANoteNotARowPerBackground() {
        let answer = reply(.compare, backgrounds: ["backend", "devops"])
        expectReply(
            answer, contains: "DevOps engineer: no duration or uplift given (backend-devops, career-card)",
            "Also described, without a duration, uplift or difficulty: backend developer (backend-devops); "
                + "DevOps engineer (backend-devops, career-card).")
        let body = plainText(answer, width: 10_000).components(separatedBy: "\nSources\n")[0]
        #expect(body.components(separatedBy: "backend-devops").count == 4, "headline once, note twice:\n\(body)")
        #expect(Self.pathRows(answer).map { $0[4] } == ["transition-paths"])
    }

    @Test func aComparisonWithoutAnyFigureHasNoEmptyTable() {
        let answer = reply(.compare, backgrounds: ["devops", "data-scientist"])
        #expect(Self.pathRows(answer).isEmpty)
        expectReply(
            answer,
            contains: "Described without a duration, uplift or difficulty: DevOps engineer (backend-devops, career-card); "
                + "data scientist (career-card).")
    }

    @Test func backgroundsWithTheSameSilentSourcesShareOneClause() {
        let answer = reply(.compare)
        expectReply(
            answer, contains: "software engineer and data analyst (career-path)",
            "data scientist and machine learning engineer (career-card)")
        #expect(
            Self.pathRows(answer).count
                == Fixtures.knowledge.paths.filter { $0.duration != nil || $0.salaryUplift != nil || $0.difficulty != nil }.count)
    }

    // MARK: - Career growth: where it leads first, pay after

    @Test func whereTheCareerLeadsComesBeforeThePay() throws {
        let answer = reply(.careerGrowth)
        guard case let .headline(headline)? = answer.blocks.first else { Issue.record("no headline"); return }
        for rung in ["Senior MLOps Engineer", "MLOps Team Lead", "Director of MLOps"] { #expect(headline.contains(rung)) }
        #expect(!headline.contains("$"))
        let text = plainText(answer, width: 10_000)
        let pay = try #require(text.range(of: "Pay at each step")).lowerBound
        for lead in ["Long-term moves", "AI product management", "Head of ML Engineering", "LLMOps", "Neighbouring roles"] {
            let found = try #require(text.range(of: lead), "missing \(lead)").lowerBound
            #expect(found < pay, "\(lead) comes after the pay")
        }
        #expect(try #require(text.range(of: "$131,158")).lowerBound > pay)
    }

    @Test func everyLadderOfPayNamesItsSource() {
        let answer = reply(.careerGrowth)
        let lists = answer.blocks.compactMap { if case let .bullets(items) = $0 { items } else { nil } }
        let ladders = lists.last ?? []
        #expect(ladders.count == 3)
        for (ladder, source) in zip(ladders, ["career-path", "career-card", "finance-story"]) {
            #expect(ladder.hasSuffix("(\(source))"), "\(ladder)")
        }
    }

    @Test func careerGrowthAmongSeveralQuestionsKeepsWhereItLeadsAndLeavesOutThePay() {
        let questions = [
            DialogueAction.Question(intent: .careerGrowth, text: "Where can I go after MLOps engineer?"),
            DialogueAction.Question(intent: .cost, text: "What does it cost?"),
        ]
        let answer = responder.reply(to: questions.map { .answer($0) }, state: DialogueState())
        let part = plainText(answer, width: 10_000).components(separatedBy: "What does it cost?")[0]
        #expect(part.contains("Director of MLOps") && part.contains("Long-term moves"), "\(part)")
        #expect(!part.contains("Pay at each step"), "\(part)")
    }

    // MARK: - Certificates keep their salary effect and purpose in short answers

    /// What a short answer must say about a certificate: its effect (or that none is given) and its first note.
    private static func summaryFragments(_ certification: Certification) -> [String] {
        let effect =
            certification.salaryEffectDollars.map { "+" + MoneyRange(min: $0).text + " salary" }
            ?? certification.salaryEffectPercent.map { "+\($0)% salary" } ?? "no salary effect given"
        let purpose = certification.notes.first.map { String($0.text.dropLast()) + " (\($0.source))" } ?? "(no note)"
        return ["\(certification.name): \(effect) (\(certification.source))", purpose]
    }

    @Test(arguments: Fixtures.knowledge.certifications.map(\.id))
    func everyCertificateAmongSeveralAnswersKeepsItsSalaryEffectAndPurpose(id: String) throws {
        let certification = try #require(Fixtures.knowledge.certification(id))
        let questions = [
            DialogueAction.Question(intent: .certifications, text: "Which certifications?"),
            DialogueAction.Question(intent: .tools, text: "Which tools?"),
        ]
        let answer = responder.reply(to: questions.map { .answer($0) }, state: DialogueState())
        let text = plainText(answer, width: 10_000)
        for fragment in Self.summaryFragments(certification) {
            #expect(text.contains(fragment), "missing \"\(fragment)\" in:\n\(text)")
        }
        if let newer = certification.replacedBy.flatMap(Fixtures.knowledge.certification) {
            #expect(text.contains("Replaced by \(newer.name) (\(newer.source))"))
        }
    }

    @Test func aNamedCertificateAmongSeveralAnswersLeadsWithItsSummary() throws {
        var entities = Entities()
        entities.certifications = ["cka"]
        let questions = [
            DialogueAction.Question(intent: .certifications, entities: entities, text: "Is the CKA worth it?"),
            DialogueAction.Question(intent: .tools, text: "Which tools?"),
        ]
        let answer = responder.reply(to: questions.map { .answer($0) }, state: DialogueState())
        let cka = try #require(Fixtures.knowledge.certification("cka"))
        #expect(answer.blocks.contains(.headline(Self.summaryFragments(cka).joined(separator: ". "))), "\(plainText(answer))")
        expectReply(answer, lacks: "AWS Certified DevOps Engineer")
    }

    @Test func thePlanSaysWhatEachCertificateIsFor() {
        let answer = reply(.plan, backgrounds: ["frontend"], profile: Profile(background: .known("frontend")))
        for certification in PersonalPlan(knowledge: Fixtures.knowledge, background: "frontend").certifications {
            for fragment in Self.summaryFragments(certification) { expectReply(answer, contains: fragment) }
        }
    }
}
