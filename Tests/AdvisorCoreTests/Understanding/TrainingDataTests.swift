import AdvisorCore
import Testing

/// Checks the classifier's data: the training examples in `Knowledge/intents.yaml` and the
/// labelled test set in `Knowledge/evaluation/`, independently of any classifier.
struct TrainingDataTests {
    /// The labelled test set compiled into the binary.
    static let testSet: [LabelledUtterance] = {
        do { return try KnowledgeLoader().loadTestSet(KnowledgeLoader.embeddedFiles) } catch {
            fatalError("embedded NLU test set is invalid:\n\(error)")
        }
    }()

    /// Every intent the classifier must learn from examples.
    static let trainedIntents = Intent.allCases.filter { $0 != .outOfScope }

    /// Lower-cases and collapses runs of whitespace, so that near-identical lines compare equal.
    static func comparable(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func noTestUtteranceIsRepeated() {
        var seen: Set<String> = []
        for utterance in Self.testSet {
            #expect(seen.insert(Self.comparable(utterance.text)).inserted, "\"\(utterance.text)\" is in the test set twice")
        }
    }

    @Test func testSetIsLargeAndHoldsEnoughOutOfScopeUtterances() {
        #expect(Self.testSet.count >= 300)
        #expect(Self.testSet.count { $0.intent == .outOfScope } >= 60)
    }

    @Test(arguments: trainedIntents)
    func testSetCoversEveryIntent(_ intent: Intent) {
        #expect(Self.testSet.count { $0.intent == intent } >= 8, "\(intent.rawValue) has too few test utterances")
    }

    @Test func testSetEntitiesUseKnownKinds() {
        let kinds: Set<String> = ["background", "tool", "certification", "level", "money", "hours", "years"]
        for utterance in Self.testSet {
            let unknown = Set(utterance.entities.keys).subtracting(kinds)
            #expect(unknown.isEmpty, "\"\(utterance.text)\" labels unknown entity kinds \(unknown.sorted())")
            #expect(!utterance.entities.values.contains { $0.isEmpty }, "\"\(utterance.text)\" has an empty entity list")
        }
    }
}
