import AdvisorCore
import AdvisorTestSupport
import Testing

/// Ranking units by what a question names: its words, the tools and certificates it names, the topics of its kind.
struct FactIndexTests {
    static let advisor = Fixtures.advisor

    static func top(_ text: String, count: Int = 3, topics: [String: Double] = [:]) -> [String] {
        let query = FactQuery(text: text, entities: advisor.understand(text).entities, topics: topics)
        return advisor.responder.index.ranked(query).prefix(count).map(\.unit.id)
    }

    @Test(arguments: [
        ("Why not just use Kubernetes for ML model deployment?", "tool.kubernetes"),
        ("is the CKA worth it", "cert.cka"),
        ("what is the difference between ml engineer vs mlops engineer", "adjacent-roles.machine-learning-builds"),
        ("do PhDs get hired or do you need a computer science degree", "education.insists-computer-science"),
        ("is it better to specialise early or stay broad", "lessons.specialise-early-stay"),
    ])
    func aQuestionFindsTheUnitItNames(question: String, unit: String) {
        #expect(Self.top(question).contains(unit), "\(Self.top(question))")
    }

    @Test func aTopicPriorBringsItsUnitsForwardWhenTheWordsSayLittle() {
        #expect(Self.top("", count: 1, topics: ["cost": 0.3]).first?.hasPrefix("cost.") == true)
    }

    @Test func aBackgroundAloneBringsNoUnitIn() {
        var entities = Entities()
        entities.backgrounds = ["data-analyst"]
        #expect(Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities)).isEmpty)
    }

    @Test func unitsAreLookedUpById() {
        #expect(Self.advisor.responder.index.unit("cert.cka")?.kind == .certification)
        #expect(!Self.advisor.responder.index.contains("cert.ckaa"))
    }
}
