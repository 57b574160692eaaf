import AdvisorCore
import AdvisorTestSupport
import Testing

/// Looks up real values from the embedded knowledge base, one area at a time, so that a fact
/// dropped or changed in Knowledge/ fails a test.
struct KnowledgeBaseTests {
    let knowledge = Fixtures.knowledge

    // MARK: Sources

    @Test(arguments: [
        ("finance-story", "AI Career Finder", "000_"),
        ("transition-paths", "Unnamed career site", "001_"),
        ("backend-devops", "Unnamed blog", "002_"),
        ("career-path", "Unnamed career site", "003_"),
        ("career-card", "Unnamed career site", "004_"),
    ])
    func describesEachSource(id: String, publisher: String, file: String) throws {
        let source = try #require(knowledge.source(id))
        #expect(source.publisher.hasPrefix(publisher))
        #expect(source.file.contains(file))
        #expect(!source.title.isEmpty && !source.covers.isEmpty)
    }

    @Test func citesEverySourceSomewhere() {
        let cited = Set(allCitations().map(\.source))
        #expect(cited == Set(knowledge.sources.map(\.id)))
    }

    @Test func everyCitationNamesAKnownSource() {
        let known = Set(knowledge.sources.map(\.id))
        for citation in allCitations() {
            #expect(known.contains(citation.source), "\(citation.place) cites \(citation.source)")
        }
    }

    // MARK: Backgrounds

    @Test(arguments: [
        ("frontend", "react developer"), ("frontend", "front-end"), ("backend", "api developer"),
        ("backend", "server-side developer"), ("software-engineer", "swe"), ("software-engineer", "programmer"),
        ("devops", "sre"), ("devops", "platform engineer"), ("finance", "fp&a"), ("finance", "investment banking"),
        ("data-analyst", "bi analyst"), ("data-scientist", "ml researcher"),
    ])
    func recognisesWhatPeopleCallTheirJob(background: String, synonym: String) throws {
        #expect(try #require(knowledge.background(background)).synonyms.contains(synonym))
    }

    @Test func givesEverySynonymToOneBackgroundOnly() {
        let all = knowledge.backgrounds.flatMap(\.synonyms)
        #expect(all.count == Set(all).count)
        #expect(all.allSatisfy { $0 == $0.lowercased() })
    }

    @Test func hasAPathForEveryBackgroundTheSourcesCover() {
        for background in ["software-engineer", "frontend", "backend", "devops", "finance", "data-analyst", "data-scientist"] {
            #expect(!knowledge.paths(from: background).isEmpty, "no path from \(background)")
        }
    }

    // MARK: Transition paths

    @Test(arguments: [
        ("software-engineer", 6, 9, 40, 60),
        ("frontend", 8, 12, 70, 100),
        ("backend", 6, 9, 30, 30),
    ])
    func givesTheTransitionPathsFigures(id: String, minMonths: Int, maxMonths: Int, minUplift: Int, maxUplift: Int) throws {
        let path = try #require(knowledge.path(id))
        #expect(path.source == "transition-paths")
        #expect(path.duration == MonthRange(min: minMonths, max: maxMonths))
        #expect(path.salaryUplift == PercentRange(min: minUplift, max: maxUplift))
        #expect(path.difficulty == "moderate")
    }

    @Test(arguments: [("software-engineer", "217"), ("frontend", "111"), ("backend", "27")])
    func keepsTheUnlabelledNumberAfterEachPath(id: String, number: String) throws {
        let notes = try #require(knowledge.path(id)).notes
        #expect(notes.contains { $0.text.contains(number) && $0.text.contains("without saying") })
    }

    @Test func notesThatTheFrontendHeadlineDisagreesWithItsRange() throws {
        let notes = try #require(knowledge.path("frontend")).notes
        #expect(notes.contains { $0.text.contains("9-month") && $0.text.contains("8-12") && $0.source == "transition-paths" })
        #expect(notes.contains { $0.text.contains("15-21") && $0.text.contains("16-23") && $0.source == "career-card" })
    }

    @Test func describesTheBackendAndDevOpsArticleWithoutInventingADuration() throws {
        let path = try #require(knowledge.path("backend-devops"))
        #expect(path.backgrounds == ["backend", "devops"])
        #expect(path.duration == nil && path.salaryUplift == nil && path.difficulty == nil)
        #expect(path.notes.contains { $0.text.contains("80%") && $0.text.contains("20%") })
    }

    @Test func followsTheFinanceStorysThreePhases() throws {
        let path = try #require(knowledge.path("finance"))
        #expect(path.duration == MonthRange(min: 12, max: 12))
        #expect(path.phases.map(\.title) == ["Foundations", "Specialization", "Deep Dive"])
        #expect(path.phases.map(\.months) == [MonthRange(min: 1, max: 3), MonthRange(min: 4, max: 8), MonthRange(min: 9, max: 12)])
        #expect(path.phases[0].tools == ["python", "pandas", "numpy"])
        #expect(path.phases[2].tools == ["docker", "kubernetes", "mlflow", "github-actions"])
    }

    @Test func recordsTheFinanceStorysSalariesAndSearch() throws {
        let path = try #require(knowledge.path("finance"))
        #expect(path.salaryMilestones.map(\.salary.min) == [85_000, 110_000, 155_000])
        #expect(path.salaryMilestones[2].note?.contains("equity") == true)
        #expect(path.salaryUplift == PercentRange(min: 29, max: 29))
        #expect(path.notes.contains { $0.text.contains("4 months") && $0.text.contains("50 applications") })
    }

    @Test(arguments: [("software-developer-entry", "software-engineer"), ("data-analyst-entry", "data-analyst")])
    func namesTheCareerPathEntryRoutesWithoutDurations(id: String, background: String) throws {
        let path = try #require(knowledge.path(id))
        #expect(path.source == "career-path")
        #expect(path.backgrounds == [background])
        #expect(path.duration == nil)
    }

    @Test func letsDevOpsSkipTheSecondStage() throws {
        let skips = knowledge.paths(from: "devops").flatMap(\.skipStages)
        let skip = try #require(skips.first)
        #expect(skips.count == 1)
        #expect(knowledge.stage(skip.stage)?.order == 2)
        #expect(skip.source == "career-card")
    }

    @Test func skipsNoStageForBackgroundsTheSourcesDoNotExempt() {
        for background in ["software-engineer", "frontend", "finance", "data-scientist"] {
            #expect(knowledge.paths(from: background).allSatisfy { $0.skipStages.isEmpty })
        }
    }

    // MARK: Roadmap

    @Test func laysOutTheFiveStageRoadmap() {
        let stages = knowledge.stages
        #expect(stages.map(\.order) == [1, 2, 3, 4, 5])
        #expect(
            stages.map(\.duration) == [
                MonthRange(min: 4, max: 6), MonthRange(min: 3, max: 4), MonthRange(min: 3, max: 4),
                MonthRange(min: 3, max: 4), MonthRange(min: 2, max: 3),
            ])
        #expect(stages.map(\.duration).reduce(.zero, +) == MonthRange(min: 15, max: 21))
        #expect(
            stages.compactMap(\.salary) == [
                MoneyRange(min: 100_000), MoneyRange(min: 100_000), MoneyRange(min: 155_000),
                MoneyRange(min: 155_000), MoneyRange(min: 250_000, openEnded: true),
            ])
        #expect(stages.allSatisfy { $0.source == "career-card" })
    }

    @Test(arguments: [(1, "scikit-learn"), (2, "kubernetes"), (3, "mlflow"), (3, "torchserve"), (4, "sagemaker")])
    func introducesToolsAtTheirStage(order: Int, tool: String) throws {
        #expect(try #require(knowledge.stages.first { $0.order == order }).tools.contains(tool))
    }

    // MARK: Tools

    @Test(arguments: [
        ("kubernetes", "k8s"), ("github-actions", "gha"), ("weights-and-biases", "w&b"), ("weights-and-biases", "wandb"),
        ("scikit-learn", "sklearn"), ("tensorflow-serving", "tf serving"), ("gcp", "google cloud"),
    ])
    func knowsToolAliases(tool: String, alias: String) throws {
        #expect(try #require(knowledge.tool(tool)).aliases.contains(alias))
    }

    @Test func leavesTheAmbiguousAliasTFOut() {
        #expect(!knowledge.tools.contains { $0.aliases.contains("tf") })
    }

    @Test(arguments: [
        ("ci-cd", ["github-actions", "gitlab-ci", "jenkins"]),
        ("infrastructure-as-code", ["terraform", "cloudformation"]),
        ("monitoring", ["evidently", "whylabs", "grafana", "prometheus"]),
        ("serving", ["tensorflow-serving", "torchserve", "fastapi"]),
        ("cloud", ["aws", "gcp", "azure", "sagemaker", "vertex-ai", "azure-ml"]),
        ("containers-orchestration", ["docker", "kubernetes", "airflow"]),
    ])
    func groupsToolsAsTheSourcesDo(group: String, tools: [String]) {
        let ids = Set(knowledge.tools(in: group).map(\.id))
        #expect(Set(tools).isSubset(of: ids))
    }

    @Test func groupsHaveTheAliasesPeopleType() throws {
        #expect(try #require(knowledge.toolGroup("ci-cd")).aliases.contains("ci/cd"))
        #expect(try #require(knowledge.toolGroup("infrastructure-as-code")).aliases.contains("iac"))
        #expect(try #require(knowledge.toolGroup("monitoring")).aliases.contains("observability"))
    }

    @Test func givesNoAliasToTwoTools() {
        let aliases = knowledge.tools.flatMap { [$0.id] + $0.aliases }
        #expect(aliases.count == Set(aliases).count)
    }

    // MARK: Certifications

    @Test func recordsThatTheAssociateReplacedTheSpecialty() throws {
        let associate = try #require(knowledge.certification("aws-ml-engineer-associate"))
        let specialty = try #require(knowledge.certification("aws-ml-specialty"))
        #expect(associate.replaces == "aws-ml-specialty")
        #expect(specialty.replacedBy == "aws-ml-engineer-associate")
        #expect(associate.notes.contains { $0.text.contains("2026") })
        #expect(specialty.source == "finance-story")
    }

    @Test(arguments: [
        ("aws-ml-engineer-associate", 20_000 as Int?, nil as Int?),
        ("google-ml-engineer", nil, 25),
        ("cka", 12_000, nil),
        ("aws-devops-engineer", nil, nil),
    ])
    func givesEachCertificationItsSalaryEffect(id: String, dollars: Int?, percent: Int?) throws {
        let cert = try #require(knowledge.certification(id))
        #expect(cert.salaryEffectDollars == dollars)
        #expect(cert.salaryEffectPercent == percent)
    }

    @Test func keepsTheBackendArticlesViewOnCertificates() throws {
        let notes = try #require(knowledge.certification("google-ml-engineer")).notes
        #expect(notes.contains { $0.source == "backend-devops" && $0.text.contains("HR") })
    }

    // MARK: Salaries

    @Test(arguments: [
        (SalaryLevel.overall, "transition-paths", 130_000, 220_000 as Int?),
        (.junior, "finance-story", 100_000, 140_000),
        (.senior, "finance-story", 140_000, 220_000),
        (.mid, "career-path", 131_158, 200_000),
        (.senior, "career-path", 165_000, 207_125),
        (.lead, "career-path", 137_700, nil),
        (.director, "career-path", 198_125, 237_500),
        (.entry, "career-card", 100_000, nil),
        (.mid, "career-card", 155_000, nil),
        (.senior, "career-card", 250_000, nil),
    ])
    func keepsEverySourcesSalaryBand(level: SalaryLevel, source: String, min: Int, max: Int?) {
        let figures = knowledge.salaries(level: level).filter { $0.source == source }
        #expect(figures.contains { $0.salary?.min == min && $0.salary?.max == max })
    }

    @Test func saysTalentComHasNoJuniorFigure() throws {
        let junior = try #require(knowledge.salaries(level: .junior).first { $0.source == "career-path" })
        #expect(junior.salary == nil)
        #expect(junior.note?.contains("no salary data") == true)
    }

    @Test(arguments: [("prompt-engineer", 80_000, 180_000, false), ("ai-product-manager", 130_000, 250_000, true)])
    func keepsTheAdjacentRolesSalaries(role: String, min: Int, max: Int, openEnded: Bool) throws {
        let figure = try #require(knowledge.salaries(role: role).first)
        #expect(figure.salary == MoneyRange(min: min, max: max, openEnded: openEnded))
        #expect(figure.source == "finance-story")
    }

    @Test func marksOpenEndedBands() {
        let senior = knowledge.salaries(level: .senior).filter { $0.salary?.openEnded == true }
        #expect(Set(senior.map(\.source)) == ["finance-story", "career-card"])
    }

    // MARK: Topics

    @Test func scoresTheCareerOutlookAsTheCareerPathArticleDoes() throws {
        let scored = try #require(knowledge.topic("outlook")).facts.filter { $0.score != nil }
        #expect(scored.count == 8)
        #expect(scored.map(\.score) == [9, 9, 8, 8, 8, 8, 8, 7])
        #expect(scored.first?.label == "Opportunities for Advancement")
        #expect(scored.last?.label == "Work-Life Balance")
    }

    @Test(arguments: [
        ("outlook", "+50%", "transition-paths"), ("outlook", "Mid-Senior", "transition-paths"),
        ("outlook", "specialised roles", "backend-devops"),
        ("time-to-hire", "16-23 months", "career-card"), ("cost", "$500-$2,500", "career-card"),
        ("job-search", "50 applications", "finance-story"), ("interview", "10,000 predictions", "finance-story"),
        ("interview", "STAR", "finance-story"), ("portfolio", "Elastic Beanstalk", "backend-devops"),
        ("portfolio", "Evidently AI", "finance-story"), ("courses", "Wes McKinney", "finance-story"),
        ("courses", "MLOps Specialization", "career-card"), ("communities", "r/MLOps", "finance-story"),
        ("employers", "Big Tech", "career-card"), ("education", "bachelor's degree", "career-path"),
        ("essential-skills", "Scala", "career-path"), ("career-moves", "Director of MLOps", "career-path"),
        ("career-moves", "LLMOps", "finance-story"), ("lessons", "50-100%", "finance-story"),
        ("certs-vs-projects", "HR filters", "backend-devops"), ("market", "40%", "finance-story"),
        ("day-to-day", "feature stores", "career-card"), ("what-is-mlops", "DevOps", "backend-devops"),
    ])
    func answersTopicsFromTheirSources(topic: String, phrase: String, source: String) throws {
        let facts = try #require(knowledge.topic(topic)).facts
        #expect(facts.contains { $0.text.contains(phrase) && $0.source == source })
    }

    @Test func listsTheCareerPathArticlesEightSteps() throws {
        let steps = try #require(knowledge.topic("steps")).facts
        #expect(steps.count == 8)
        #expect(steps.allSatisfy { $0.source == "career-path" })
        #expect(steps[1].text.contains("software developer") && steps[1].text.contains("data analyst"))
    }

    // MARK: Helpers

    /// Every source id the knowledge base cites, with where it was cited.
    private func allCitations() -> [(place: String, source: String)] {
        var result: [(String, String)] = []
        func facts(_ list: [Fact], _ place: String) { result += list.map { (place, $0.source) } }
        for path in knowledge.paths {
            result.append(("path \(path.id)", path.source))
            facts(path.notes, "path \(path.id) notes")
            result += path.skipStages.map { ("path \(path.id) skip", $0.source) }
            result += path.phases.map { ("path \(path.id) phase", $0.source) }
            result += path.salaryMilestones.map { ("path \(path.id) milestone", $0.source) }
        }
        result += knowledge.stages.map { ("stage \($0.id)", $0.source) }
        result += knowledge.tools.flatMap { tool in tool.sources.map { ("tool \(tool.id)", $0) } }
        result += knowledge.toolGroups.flatMap { group in group.sources.map { ("group \(group.id)", $0) } }
        for cert in knowledge.certifications {
            result.append(("certification \(cert.id)", cert.source))
            facts(cert.notes, "certification \(cert.id) notes")
        }
        result += knowledge.salaries.map { ("salary \($0.title)", $0.source) }
        for topic in knowledge.topics { facts(topic.facts, "topic \(topic.id)") }
        return result
    }
}
