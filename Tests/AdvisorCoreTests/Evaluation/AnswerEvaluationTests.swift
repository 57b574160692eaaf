import AdvisorCore
import AdvisorTestSupport
import Testing

/// What `advisor eval --answers` computes, on a handmade answer set over the small sample knowledge base.
struct AnswerEvaluationTests {
    static let advisor = Advisor(knowledge: SampleKnowledge.base)
    static let question = "What does Kubernetes do?"
    /// A question that names many things, so that the index ranks more than ten units.
    static let broadQuestion =
        "Python, Docker, Kubernetes, MLflow or the CKA: which stage, path and salary come first from backend or frontend?"

    /// The units the index ranks for the question, best first, as the evaluation queries it.
    static func ranking(_ text: String) -> [String] {
        advisor.responder.index.ranked(FactQuery(text: text, entities: advisor.understand(text).entities, bringsInPaths: true))
            .map(\.unit.id)
    }

    @Test func aMustUnitTheQuestionNamesIsRetrievedFirstAndAnUnrelatedOneNotAtAll() throws {
        let answers = [
            LabelledAnswer(
                id: "Q1", text: Self.question, domain: .in, must: ["tool.kubernetes", "salary.career-path.mlops-engineer.senior"]),
            LabelledAnswer(id: "Q2", text: "Write me a poem about autumn", domain: .out),
        ]
        let evaluation = AnswerEvaluation(answers: answers, advisor: Self.advisor)
        #expect(
            evaluation.results[0].retrieved == [
                .init(unit: "tool.kubernetes", rank: 1), .init(unit: "salary.career-path.mlops-engineer.senior", rank: nil),
            ],
            "\(Self.ranking(Self.question))")
        #expect(evaluation.results[1].retrieved.isEmpty)
        let totals = evaluation.totals
        #expect(totals.mustUnits == 2)
        #expect(totals.mustUnitsInTop5 == 1 && totals.mustUnitsInTop10 == 1)
        #expect(totals.recallAt5 == 0.5 && totals.recallAt10 == 0.5)
        #expect(
            evaluation.lines.contains {
                $0.hasPrefix("Q1: ") && $0.hasSuffix("ranked below 10: salary.career-path.mlops-engineer.senior (not ranked)")
            })
        #expect(evaluation.lines.contains("  must units retrieved in the top 5:    1/2 = 50.0%  (recall@5)"))
        #expect(evaluation.lines.contains("  must units retrieved in the top 10:   1/2 = 50.0%  (recall@10)"))
    }

    @Test(arguments: [(place: 5, inTop5: true), (place: 6, inTop5: false), (place: 10, inTop5: false)])
    func aUnitCountsForRecallAtKWhenRankedAtMostK(place: Int, inTop5: Bool) throws {
        let ranking = Self.ranking(Self.broadQuestion)
        try #require(ranking.count > 11, "\(ranking)")
        let answers = [
            LabelledAnswer(id: "Q1", text: Self.broadQuestion, domain: .in, must: [ranking[place - 1], ranking[10]])
        ]
        let evaluation = AnswerEvaluation(answers: answers, advisor: Self.advisor)
        #expect(evaluation.results[0].retrieved.map(\.rank) == [place, 11])
        #expect(evaluation.totals.mustUnitsInTop5 == (inTop5 ? 1 : 0))
        #expect(evaluation.totals.mustUnitsInTop10 == 1)
        #expect(evaluation.totals.recallAt10 == 0.5)
        #expect(evaluation.lines.contains { $0.hasSuffix("ranked below 10: \(ranking[10]) (#11)") })
    }

    @Test func aUnitCountsAsRetrievedWhenAUnitOfItsSameClaimGroupIsRankedHigher() {
        let answers = [LabelledAnswer(id: "Q1", text: Self.question, domain: .in, must: ["cost.1"])]
        let evaluation = AnswerEvaluation(answers: answers, advisor: Self.advisor, sameClaims: [["cost.1", "tool.kubernetes"]])
        #expect(evaluation.results[0].retrieved == [.init(unit: "cost.1", rank: 1)])
        #expect(evaluation.totals.recallAt5 == 1)
    }

    @Test func recallIsAlsoGivenApartForTheDevelopmentQuestionsAndTheHeldOutOnes() {
        let answers = [
            LabelledAnswer(id: "D1", text: Self.question, domain: .in, must: ["tool.kubernetes"]),
            LabelledAnswer(id: "A001", text: Self.question, domain: .in, must: ["salary.career-path.mlops-engineer.senior"]),
        ]
        let totals = AnswerEvaluation(answers: answers, advisor: Self.advisor).totals
        #expect(totals.developmentRecall.mustUnits == 1 && totals.developmentRecall.at5 == 1)
        #expect(totals.heldOutRecall.mustUnits == 1 && totals.heldOutRecall.at10 == 0)
        #expect(
            AnswerEvaluation(answers: answers, advisor: Self.advisor).lines.contains("    held out          0/1 = 0.0% @5, 0/1 = 0.0% @10"))
    }

    @Test func aSetWithoutMustUnitsHasFullRecall() {
        let evaluation = AnswerEvaluation(answers: [LabelledAnswer(id: "Q1", text: "hello", domain: .in)], advisor: Self.advisor)
        #expect(evaluation.totals.mustUnits == 0)
        #expect(evaluation.totals.recallAt5 == 1 && evaluation.totals.recallAt10 == 1)
    }
}
