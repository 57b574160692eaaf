import AdvisorCore
import AdvisorTestSupport
import Testing

/// The knowledge base cut into fact units with the ids of Knowledge/README.md.
struct FactUnitTests {
    static let units = Fixtures.knowledge.factUnits

    @Test func everyUnitHasAnIdOfItsOwnWordsAndAKnownSource() {
        var seen: Set<String> = []
        for unit in Self.units {
            #expect(seen.insert(unit.id).inserted, "\(unit.id) twice")
            #expect(!unit.text.isEmpty, "\(unit.id) has no words")
            #expect(Fixtures.knowledge.source(unit.source) != nil, "\(unit.id) cites unknown source \(unit.source)")
        }
    }

    @Test(arguments: [
        ("path.frontend", FactUnit.Kind.path), ("path.backend-devops.note.1", .pathNote), ("path.finance.phase.1", .pathPhase),
        ("path.finance.milestone.2", .pathMilestone), ("path.devops-roadmap.skip.devops-cloud", .pathSkip),
        ("path.backend.carries-over", .pathCarriesOver), ("path.backend.gaps", .pathGaps), ("path.backend.tools", .pathTools),
        ("stage.devops-cloud", .stage), ("tool.kubernetes", .tool), ("group.ci-cd", .toolGroup), ("cert.cka", .certification),
        ("cert.cka.note.1", .certificationNote), ("salary.finance-story.mlops-engineer.junior", .salary),
        ("salary.finance-story.mlops-engineer.junior.2", .salary), ("lessons.specialise-early-stay", .topicFact),
    ])
    func idsFollowTheKnowledgeReadme(id: String, kind: FactUnit.Kind) throws {
        let unit = try #require(Self.units.first { $0.id == id }, "no unit \(id)")
        #expect(unit.kind == kind)
    }

    @Test func aSalaryUnitGivesItsBandAndATopicFactKeepsItsTopic() throws {
        let junior = try #require(Self.units.first { $0.id == "salary.finance-story.mlops-engineer.junior" })
        #expect(junior.text.contains("$100K–$140K"))
        #expect(junior.tags.level == "junior")
        let lesson = try #require(Self.units.first { $0.id == "lessons.specialise-early-stay" })
        #expect(lesson.tags.topic == "lessons")
    }
}
