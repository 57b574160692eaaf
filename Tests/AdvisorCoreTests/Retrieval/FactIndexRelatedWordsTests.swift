import AdvisorCore
import AdvisorTestSupport
import Testing

/// Query expansion: a question asking with one of a group's related words also finds the units
/// that use another, below the units that use the word typed.
struct FactIndexRelatedWordsTests {
    static let tags = FactUnit.Tags(topic: "salary")

    /// "pay" says "salary", "earn" says "earn", "other" neither; twenty fillers make the words rare.
    static func index(related: [[String]], weight: Double = FactIndex.Boosts().related) -> FactIndex {
        var boosts = FactIndex.Boosts()
        boosts.related = weight
        let units =
            [
                FactUnit(id: "pay", kind: .topicFact, source: "s", text: "The salary band is wide", tags: tags),
                FactUnit(id: "earn", kind: .topicFact, source: "s", text: "Juniors earn less at first", tags: tags),
                FactUnit(id: "other", kind: .topicFact, source: "s", text: "Kubernetes runs containers", tags: tags),
            ] + (1...20).map { FactUnit(id: "filler\($0)", kind: .topicFact, source: "s", text: "the mlops engineer role", tags: tags) }
        return FactIndex(units: units, boosts: boosts, related: related)
    }

    static func ids(_ index: FactIndex, _ text: String) -> [String] { index.ranked(FactQuery(text: text)).map(\.unit.id) }

    @Test(arguments: [
        ("how much do they earn", ["earn", "pay"]),
        ("what's the salary", ["pay", "earn"]),
        ("is the compensation good", ["pay", "earn"]),
    ])
    func aQuestionFindsTheUnitsThatUseARelatedWordAfterTheWordTyped(question: String, ranked: [String]) {
        let index = Self.index(related: [["salary", "earn", "compensation"]])
        #expect(Self.ids(index, question) == ranked)
    }

    @Test func withoutTheGroupARelatedWordFindsNothing() {
        #expect(Self.ids(Self.index(related: []), "is the compensation good").isEmpty)
    }

    @Test func aPhraseCountsOnlyWhenTheQuestionHoldsAllOfItsWords() {
        let index = Self.index(related: [["salary", "take home"]])
        #expect(Self.ids(index, "what do you take home") == ["pay"])
        #expect(Self.ids(index, "is it fine to work from home").isEmpty)
    }

    @Test(arguments: [
        ("is the on call heavy", true),
        ("what does it take to call myself an mlops engineer", false),
        ("do they call you on weekends", false),
    ])
    func aPhraseOfOneWordAndSmallWordsBringsItsGroupOnlyAsWritten(question: String, brings: Bool) {
        let index = Self.index(related: [["salary", "on call"]])
        #expect(Self.ids(index, question).contains("pay") == brings, "\(Self.ids(index, question))")
    }

    @Test(arguments: [0.1, 0.3, 0.9])
    func aRelatedWordWeighsLessThanTheWordTyped(weight: Double) {
        let ranked = Self.index(related: [["salary", "earn"]], weight: weight).ranked(FactQuery(text: "how much do juniors earn"))
        let score = { (id: String) in ranked.first { $0.unit.id == id }?.score ?? 0 }
        #expect(score("earn") > score("pay"))
        #expect(score("pay") > 0)
    }

    @Test func aRelatedWordDoesNotLowerTheScoreOfTheWordsTyped() {
        let plain = Self.index(related: []).ranked(FactQuery(text: "how much do juniors earn")).first { $0.unit.id == "earn" }?.score
        let expanded = Self.index(related: [["salary", "earn"]]).ranked(FactQuery(text: "how much do juniors earn")).first {
            $0.unit.id == "earn"
        }?
        .score
        #expect(plain == expanded)
    }

    /// Two topics of two units each; "earn" is in a group naming the salary topic.
    static func topicIndex(topics: [String]) -> FactIndex {
        let units = [
            FactUnit(id: "band", kind: .salary, source: "s", text: "MLOps Engineer: $130K-$220K", tags: FactUnit.Tags(topic: "salary")),
            FactUnit(id: "senior", kind: .salary, source: "s", text: "Senior MLOps Engineer: $155K", tags: FactUnit.Tags(topic: "salary")),
            FactUnit(id: "stage", kind: .stage, source: "s", text: "Stage 1: Python first", tags: FactUnit.Tags(topic: "roadmap")),
            FactUnit(id: "cost", kind: .topicFact, source: "s", text: "Self-study costs little", tags: FactUnit.Tags(topic: "cost")),
        ]
        return FactIndex(units: units, related: [["earn", "pay"], ["mentor", "guidance"]], relatedTopics: [topics, []])
    }

    @Test func aGroupsTopicsLiftTheirUnitsWhenTheQuestionHoldsOneOfItsPhrases() {
        let ranked = Self.topicIndex(topics: ["salary"]).ranked(FactQuery(text: "what do they earn"))
        #expect(ranked.map(\.unit.id) == ["band", "senior"])
        // The topic's first unit keeps the whole lift; its last loses ``FactIndex/Boosts/topicFade`` of it.
        let boosts = FactIndex.Boosts()
        #expect(ranked.map(\.score) == [boosts.relatedTopic, boosts.relatedTopic * (1 - boosts.topicFade)])
    }

    @Test(
        arguments: [
            ("what do they earn", []),
            ("who can give me guidance", ["salary"]),
            ("is python needed", ["salary"]),
        ] as [(String, [String])])
    func noGroupsTopicsNoLift(question: String, topics: [String]) {
        let ranked = Self.topicIndex(topics: topics).ranked(FactQuery(text: question))
        #expect(!ranked.contains { $0.unit.kind == .salary }, "\(ranked.map(\.unit.id))")
    }

    @Test(arguments: [
        ("how much do mlops engineers earn", "salary.transition-paths.mlops-engineer.overall"),
        ("can a fresher get in", "education.warns-senior-role"),
    ])
    func theKnowledgeBasesRelatedWordsFindUnitsByTheirMeaning(question: String, unit: String) {
        let advisor = Fixtures.advisor
        let query = FactQuery(text: question, entities: advisor.understand(question).entities)
        let top = advisor.responder.index.ranked(query).prefix(5).map(\.unit.id)
        #expect(top.contains(unit), "\(top)")
    }
}
