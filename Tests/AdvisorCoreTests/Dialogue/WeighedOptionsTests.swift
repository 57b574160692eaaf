import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// Issue 13 items 6 and 7: options weighed against each other are each answered with what the
/// articles say about them, over every tool, certificate and background the knowledge holds.
struct WeighedOptionsTests {
    static let sharedAdvisor = Advisor(knowledge: Fixtures.knowledge)
    var advisor: Advisor { Self.sharedAdvisor }
    static let knowledge = Fixtures.knowledge

    /// Pairs of roadmap tools, each with the stage that teaches it.
    static let toolPairs: [(String, String)] = {
        let tools = knowledge.stages.flatMap(\.tools).filter { id in knowledge.tools.contains { $0.id == id } }
        return zip(tools, tools.dropFirst()).map { ($0, $1) }
    }()

    @Test(arguments: toolPairs)
    func twoToolsWeighedGetEachOnesStageAndHowManyArticlesNameIt(first: String, second: String) throws {
        let (a, b) = (try #require(Self.knowledge.tool(first)), try #require(Self.knowledge.tool(second)))
        let turn = advisor.respond(to: "which matters more, \(a.name) or \(b.name)?", state: DialogueState())
        #expect(turn.state.lastOptions == WeighedOptions(kind: .tools, options: [.tool(first), .tool(second)]))
        let text = plainText(turn.reply, width: 10_000)
        let stages = try [a, b].map { tool in try #require(Self.knowledge.stages.first { $0.tools.contains(tool.id) }) }
        for tool in [a, b] {
            #expect(text.contains("\(tool.name): "))
            #expect(text.contains("named by \(tool.sources.count) of the \(Self.knowledge.sources.count) articles"))
        }
        // A stage both tools belong to is said once, for both.
        if stages[0].id == stages[1].id {
            #expect(text.contains("Both are in stage \(stages[0].order) of the card's roadmap, \(stages[0].title)"))
            #expect(!text.contains("Stage \(stages[0].order) of the card's roadmap"))
        } else {
            for stage in stages { #expect(text.contains("Stage \(stage.order) of the card's roadmap, \(stage.title)")) }
        }
    }

    @Test(arguments: [
        ("docker before kubernetes, or the other way round?", "choosing-tools.containers-bread-butter"),
        ("aws, azure or google cloud?", "choosing-tools.cloud-big-three"),
    ])
    func toolsWeighedOpenWithTheFactThatNamesThemTogether(question: String, unit: String) throws {
        let turn = advisor.respond(to: question, state: DialogueState())
        #expect(turn.reply.units.first?.id == unit)
    }

    /// A fact that only happens to name both tools (the finance story's "frameworks such as
    /// TensorFlow and PyTorch were moving fast") does not open the answer.
    @Test func aFactThatMerelyNamesBothToolsDoesNotOpenTheAnswer() throws {
        let turn = advisor.respond(to: "tensorflow or pytorch?", state: DialogueState())
        let first = try #require(turn.reply.units.first)
        #expect(first.id != "why-mlops.finance-felt-stagnant")
        #expect(first.id.hasPrefix("tool.") || first.id.hasPrefix("choosing-tools."))
    }

    /// Every pair of current certificates, each named by its first alias.
    static let certificatePairs: [(String, String)] = {
        let current = knowledge.certifications.filter { $0.replacedBy == nil }.map(\.id)
        return current.enumerated().flatMap { index, a in current.dropFirst(index + 1).map { (a, $0) } }
    }()

    @Test(arguments: certificatePairs)
    func twoCertificatesWeighedGetEachOnesSalaryEffectAndNoInventedOrder(first: String, second: String) throws {
        let (a, b) = (try #require(Self.knowledge.certification(first)), try #require(Self.knowledge.certification(second)))
        let turn = advisor.respond(to: "should i get the \(a.aliases[0]) or the \(b.aliases[0]) first", state: DialogueState())
        let options = try #require(turn.state.lastOptions)
        #expect(options.kind == .certifications)
        #expect(Set(options.options) == [.certification(first), .certification(second)])
        let text = plainText(turn.reply, width: 10_000)
        #expect(text.hasPrefix("No article ranks these certificates against each other"))
        for certification in [a, b] {
            let effect =
                certification.salaryEffectDollars.map { "+" + MoneyRange(min: $0).text + " salary" }
                ?? certification.salaryEffectPercent.map { "+\($0)% salary" } ?? "no salary effect given"
            #expect(text.contains("\(certification.name): \(effect)"))
        }
    }

    @Test(arguments: ["is a master's degree better than certs?", "bootcamp or certifications, which is worth it?"])
    func certificatesWeighedAgainstADegreeAreNotRankedAmongThemselves(line: String) {
        let turn = advisor.respond(to: line, state: DialogueState())
        #expect(turn.state.lastOptions == nil, "\(plainText(turn.reply))")
    }

    @Test(arguments: [
        "which cert should i do first", "which certifications are worth it for a student", "what certification to start with?",
    ])
    func askingForAnOrderWeighsEveryCurrentCertificateInRoadmapOrder(line: String) throws {
        let turn = advisor.respond(to: line, state: DialogueState())
        let options = try #require(turn.state.lastOptions)
        let current = Self.knowledge.certifications.filter { $0.replacedBy == nil }
        #expect(options.options == current.map { .certification($0.id) })
        let text = plainText(turn.reply, width: 10_000)
        let positions = try current.map { certification in
            try #require(text.range(of: "\(certification.name): ")?.lowerBound, "\(certification.name)")
        }
        let stages = try current.map { certification in
            try #require(
                text.range(of: "\(certification.name): ").map { text[$0.upperBound...].firstMatch(of: /Roadmap stage (\d)/)?.1 }.flatMap {
                    $0
                })
        }
        // Listed in the roadmap's order.
        let byPosition = zip(positions, stages).sorted { $0.0 < $1.0 }.map(\.1)
        #expect(byPosition == byPosition.sorted())
    }

    @Test func aToolNamedBeforeACertificateWordStandsForItsCurrentCertificates() throws {
        let turn = advisor.respond(to: "should i get AWS cert or CKA first", state: DialogueState())
        let options = try #require(turn.state.lastOptions)
        #expect(options.options.contains(.certificatesOf(tool: "aws")))
        #expect(options.options.contains(.certification("cka")))
        let aws = WeighedOptions.certificates(of: "aws", in: Self.knowledge)
        #expect(aws.count > 1)
        let whole = ([turn.reply] + (turn.state.more.map { [$0] } ?? [])).map { plainText($0, width: 10_000) }.joined()
        for certification in aws where certification.replacedBy == nil { #expect(whole.contains(certification.name)) }
    }

    /// Every background with a transition path, weighed as the job to stay in against MLOps.
    @Test(arguments: knowledge.backgrounds.filter { !knowledge.paths(from: $0.id).isEmpty }.map(\.id))
    func stayingInOnesOwnJobIsSaidPlainlyAndMLOpsComesWithItsPay(background: String) throws {
        let record = try #require(Self.knowledge.background(background))
        var state = DialogueState()
        state.profile.background = .known(background)
        let turn = advisor.respond(to: "trying to decide: stay \(record.name) or go MLOps", state: state)
        #expect(turn.state.lastOptions == WeighedOptions(kind: .roles, options: [.staying(background), .mlops]))
        let text = plainText(turn.reply, width: 10_000)
        #expect(text.contains("Staying a \(record.name): the articles say nothing about that career itself"))
        #expect(text.contains("MLOps engineer: from \(record.name)"))
        #expect(text.contains("starting pay"))
    }

    @Test(arguments: ["do i really need %@?", "should data scientists learn %@?", "is %@ worth learning?", "is %@ necessary for mlops?"])
    func oneToolAskedWhetherNeededIsWeighedAlone(phrasing: String) throws {
        for tool in Self.knowledge.stages.flatMap(\.tools).prefix(6).compactMap(Self.knowledge.tool) {
            let turn = advisor.respond(to: phrasing.replacingOccurrences(of: "%@", with: tool.name), state: DialogueState())
            #expect(turn.state.lastOptions == WeighedOptions(kind: .tools, options: [.tool(tool.id)]), "\(tool.name)")
            #expect(plainText(turn.reply, width: 10_000).hasPrefix("\(tool.name): "))
        }
    }

    /// Without a profile, the job after a stay word is the one to stay in, and where MLOps starts from.
    @Test(arguments: knowledge.backgrounds.filter { !knowledge.paths(from: $0.id).isEmpty }.map(\.id))
    func theJobAfterAStayWordIsWhereMLOpsStartsFrom(background: String) throws {
        let record = try #require(Self.knowledge.background(background))
        let turn = advisor.respond(to: "should i stay a \(record.name) or move to mlops?", state: DialogueState())
        #expect(turn.state.lastOptions == WeighedOptions(kind: .roles, options: [.staying(background), .mlops]))
        #expect(plainText(turn.reply, width: 10_000).contains("MLOps engineer: from \(record.name)"))
    }

    @Test(arguments: [
        "compare frontend and backend", "frontend or backend, which is faster?", "how long from frontend to mlops",
        "how long from frontend or backend to mlops", "devops or backend: which gets to mlops sooner?",
    ])
    func startingPointsComparedAreNoOptions(line: String) {
        #expect(advisor.respond(to: line, state: DialogueState()).state.lastOptions == nil)
    }

    /// An "or" that opens a clause asking again whether the first one holds weighs nothing.
    @Test(arguments: [
        "is data analyst a proper starting point for MLOps or is it only for software engineers?",
        "Is DBA experience of any use in MLOps or is it a totally different world?",
        "is backend a good base for mlops or is that just for devops people",
        "would frontend be enough of a start for MLOps or are they looking for ML people only?",
    ])
    func anOrThatAsksAgainWhetherTheFirstClauseHoldsWeighsNoRoles(line: String) {
        #expect(advisor.respond(to: line, state: DialogueState()).state.lastOptions == nil)
    }

    /// The same clause with a choice word in it weighs after all.
    @Test(arguments: ["should i stay a backend developer or is it better to go mlops", "stay in frontend or mlops?"])
    func anOrWithAChoiceWordStillWeighsTheRoles(line: String) {
        #expect(advisor.respond(to: line, state: DialogueState()).state.lastOptions?.kind == .roles)
    }

    @Test(arguments: ["data engineering", "llm engineering"])
    func aFollowUpAddsOneOptionAndDoesNotRepeatTheOthers(role: String) throws {
        let turns = converse(
            ["frontend dev", "trying to decide: stay frontend, go ML engineer, or MLOps. what do you think", "what about \(role)?"],
            advisor: advisor)
        let first = try #require(turns[1].state.lastOptions)
        #expect(first.options == [.staying("frontend"), .role("ml-engineer"), .mlops])
        let added = try #require(turns[2].state.lastOptions)
        #expect(added.earlier == first.options)
        #expect(added.options.count == 1)
        let text = plainText(turns[2].reply, width: 10_000)
        #expect(text.contains("the articles say nothing about it as a role"))
        #expect(!text.contains("Staying a frontend developer:"))
        #expect(text.contains("are in my answer before"))
    }

    /// The neighbouring roles the articles describe that are no background, typed as their labels read.
    static let describedRoles: [String] = {
        let labels = knowledge.topic("adjacent-roles")?.facts.compactMap(\.label) ?? []
        let backgrounds = Set(knowledge.backgrounds.flatMap { [$0.name] + $0.synonyms }.map { $0.lowercased() })
        return labels.filter {
            !$0.contains("/") && $0.contains(" ") && !backgrounds.contains($0.lowercased()) && !$0.lowercased().hasPrefix("ml ")
        }
    }()

    @Test(arguments: describedRoles)
    func aNeighbouringRoleTheArticlesDescribeIsWeighedWithTheirFacts(label: String) throws {
        #expect(!Self.describedRoles.isEmpty)
        let turn = advisor.respond(to: "should i become a \(label.lowercased()) or go mlops?", state: DialogueState())
        let options = try #require(turn.state.lastOptions)
        #expect(options.options.contains(.describedRole(label)))
        #expect(options.options.contains(.mlops))
        let facts = try #require(Self.knowledge.topic("adjacent-roles")).facts.filter { $0.label == label }
        for fact in facts { #expect(turn.reply.units.contains { $0.id == fact.id }) }
    }

    @Test(arguments: ["should i become a data scientist or an mlops engineer", "data scientist vs mlops engineer?"])
    func aRoleTheArticlesLackThatIsABackgroundIsOneOptionSaidOnce(line: String) throws {
        let turn = advisor.respond(to: line, state: DialogueState())
        #expect(turn.state.lastOptions?.options == [.role("data-scientist"), .mlops])
        let text = plainText(turn.reply, width: 10_000)
        #expect(text.components(separatedBy: "Data scientist").count == 2)
    }

    @Test func theNextQuestionForgetsTheOptions() {
        let turns = converse(["kubeflow or mlflow?", "how long from backend to mlops"], advisor: advisor)
        #expect(turns[0].state.lastOptions != nil)
        #expect(turns[1].state.lastOptions == nil)
    }

    @Test func theOptionsSurviveASavedState() throws {
        var state = DialogueState()
        state.lastOptions = WeighedOptions(
            kind: .roles, options: [.staying("frontend"), .uncoveredRole("data engineer"), .mlops], earlier: [.role("ml-engineer")])
        let decoded = try JSONDecoder().decode(DialogueState.self, from: JSONEncoder().encode(state))
        #expect(decoded == state)
    }
}
