import AdvisorCore
import AdvisorTestSupport
import CompiledKnowledge
import Foundation
import Testing

/// `advisor eval` on the built-in test set, on another labelled file, and with other constants.
struct EvalCommandTests {
    /// The `report` object of `advisor eval --json ARGUMENTS`.
    static func report(_ arguments: [String]) throws -> [String: Any] {
        let result = try AdvisorProcess.run(["eval", "--json", "--folds", "0"] + arguments)
        #expect(result.status == 0, "\(result.error)")
        let document = try AdvisorProcess.json(result.output)
        return try #require(document["report"] as? [String: Any], "no report in \(result.output)")
    }

    @Test func scoresTheBuiltInTestSetAsTheLibraryDoes() throws {
        let report = try Self.report([])
        let testSet = try KnowledgeLoader().loadTestSet(KnowledgeLoader.embeddedFiles)
        let expected = IntentEvaluation(
            testSet: testSet, classifier: Fixtures.advisor.classifier,
            extractor: EntityExtractor(knowledge: Fixtures.knowledge))
        #expect(report["utterances"] as? Int == testSet.count)
        // JSON keeps the numbers to about 16 digits.
        #expect(abs(try #require(report["inScopeAccuracy"] as? Double) - expected.inScopeAccuracy) < 1e-9)
        #expect(abs(try #require(report["outOfScopeRecall"] as? Double) - expected.outOfScopeRecall) < 1e-9)
    }

    @Test func scoresAnotherLabelledFileGivenWithTestSet() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("second.yaml")
        try Data(
            """
            utterances:
              - {text: "how long from frontend to mlops", intent: timeline, entities: {background: [frontend]}}
              - {text: "what is the weather in paris tomorrow", intent: out_of_scope}
              - {text: "bye", intent: goodbye}
            """.utf8
        ).write(to: file)
        let report = try Self.report(["--test-set", file.path])
        #expect(report["utterances"] as? Int == 3)
        #expect(report["inScopeAccuracy"] as? Double == 1)
        #expect(report["outOfScopeRecall"] as? Double == 1)
    }

    @Test func namesTheFileAndLineOfABadLabelInATestSet() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("bad.yaml")
        try Data("utterances:\n  - {text: \"hi\", intent: greting}\n".utf8).write(to: file)
        let result = try AdvisorProcess.run(["eval", "--folds", "0", "--test-set", file.path])
        #expect(result.status != 0)
        #expect(result.error.contains("\(file.path):2:"), "\(result.error)")
        #expect(result.error.contains("\"greeting\""), "\(result.error)")
    }

    @Test func saysWhenTheTestSetCannotBeRead() throws {
        let result = try AdvisorProcess.run(["eval", "--folds", "0", "--test-set", "/nonexistent/set.yaml"])
        #expect(result.status != 0)
        #expect(result.error.contains("/nonexistent/set.yaml: error: cannot read the test set"), "\(result.error)")
    }

    @Test func refusesEverythingWhenTheOutOfScopeThresholdIsOne() throws {
        let report = try Self.report(["--constant", "out-of-scope-threshold=1"])
        #expect(report["inScopeAccuracy"] as? Double == 0)
        #expect(report["outOfScopeRecall"] as? Double == 1)
    }

    @Test(arguments: [
        ("keyword-bost=0.5", "unknown constant \"keyword-bost\" (did you mean \"keyword-boost\"?)"),
        ("centroid=2", "the value must be a number from 0 to 1"),
        ("centroid", "unknown constant \"centroid\""),
    ])
    func explainsABadConstant(assignment: String, message: String) throws {
        let result = try AdvisorProcess.run(["eval", "--folds", "0", "--constant", assignment])
        #expect(result.status != 0)
        #expect(result.error.contains(message), "\(result.error)")
    }
}
