import AdvisorCore
import AdvisorTestSupport
import CompiledKnowledge
import Foundation
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

    /// The second labelled set, written blind (Tests/Data/nlu-holdout.yaml; `advisor eval --test-set`).
    static let secondTestSet: [LabelledUtterance] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/nlu-holdout.yaml").path
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
        do { return try KnowledgeLoader().loadLabelledUtterances([KnowledgeFile(path: path, bytes: [UInt8](data))]) } catch {
            fatalError("\(path) is invalid:\n\(error)")
        }
    }()

    /// Every intent the classifier must learn from examples.
    static let trainedIntents = Intent.allCases.filter { $0 != .outOfScope }

    /// Lower-cases and collapses runs of whitespace, so that near-identical lines compare equal.
    static func comparable(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: trainedIntents)
    func everyIntentHasEnoughExamplesAndAKeyword(_ intent: Intent) throws {
        let definitions = Fixtures.knowledge.intents.filter { $0.intent == intent }
        #expect(definitions.count == 1, "\(intent.rawValue) should be defined exactly once")
        let definition = try #require(definitions.first)
        #expect(definition.examples.count >= 35, "\(intent.rawValue) has \(definition.examples.count) examples")
        #expect(!definition.keywords.isEmpty, "\(intent.rawValue) has no keywords")
        #expect(!definition.description.isEmpty, "\(intent.rawValue) has no description")
    }

    /// `out_of_scope` is taught by examples only: many of them, and no keywords (a keyword would
    /// pull real questions out of scope).
    @Test func outOfScopeHasManyExamplesAndNoKeywords() throws {
        let definitions = Fixtures.knowledge.intents.filter { $0.intent == .outOfScope }
        #expect(definitions.count == 1, "out_of_scope should be defined exactly once")
        let definition = try #require(definitions.first)
        #expect(definition.examples.count >= 100, "out_of_scope has \(definition.examples.count) examples")
        #expect(definition.keywords.isEmpty)
    }

    @Test func noExampleIsRepeatedAcrossOrWithinIntents() {
        var seen: [String: Intent] = [:]
        for definition in Fixtures.knowledge.intents {
            for example in definition.examples {
                let key = Self.comparable(example)
                #expect(
                    seen[key] == nil, "\"\(example)\" is an example of both \(seen[key]?.rawValue ?? "") and \(definition.intent.rawValue)")
                seen[key] = definition.intent
            }
        }
    }

    @Test func noTestUtteranceAppearsInTheTrainingExamples() {
        let training = Set(Fixtures.knowledge.intents.flatMap(\.examples).map(Self.comparable))
        let leaked = Self.testSet.map(\.text).filter { training.contains(Self.comparable($0)) }
        #expect(leaked.isEmpty, "test utterances also used for training: \(leaked)")
    }

    /// The words of a line as a set: lower-case runs of letters, digits and apostrophes.
    static func wordSet(_ text: String) -> Set<Substring> {
        Set(text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") })
    }

    /// Exact copies are not the only leak: a training line that shares nearly all its words with a
    /// test line ("how long does it take me" / "how long does it take me?") teaches the answer.
    /// Word-set Jaccard similarity of 0.8 or more counts as a copy. (New lines are held to 0.6 when
    /// they are written; some older short lines sit between the two.)
    @Test func noTrainingExampleNearlyRepeatsATestUtterance() {
        let tests = Self.testSet.map { ($0.text, Self.wordSet($0.text)) }.filter { !$0.1.isEmpty }
        for definition in Fixtures.knowledge.intents {
            for example in definition.examples {
                let words = Self.wordSet(example)
                guard
                    let copy = tests.first(where: { test in
                        // |A ∩ B| / |A ∪ B| ≥ 0.8 only if the sizes are within a factor of 0.8.
                        guard 5 * min(test.1.count, words.count) >= 4 * max(test.1.count, words.count) else { return false }
                        let shared = test.1.reduce(0) { words.contains($1) ? $0 + 1 : $0 }
                        return 5 * shared >= 4 * (test.1.count + words.count - shared)
                    })
                else { continue }
                Issue.record("\(definition.intent.rawValue) example \"\(example)\" nearly repeats the test utterance \"\(copy.0)\"")
            }
        }
    }

    @Test func noUtteranceOfTheSecondSetIsATrainingExample() {
        let training = Set(Fixtures.knowledge.intents.flatMap(\.examples).map(Self.wordSet))
        let leaked = Self.secondTestSet.map(\.text).filter { training.contains(Self.wordSet($0)) }
        #expect(leaked.isEmpty, "second-set utterances with the words of a training example: \(leaked)")
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

    @Test func testSetEntityIDsNameRealRecords() {
        let knowledge = Fixtures.knowledge
        let known: [String: (String) -> Bool] = [
            "background": { knowledge.background($0) != nil },
            "tool": { knowledge.tool($0) != nil },
            "certification": { knowledge.certification($0) != nil },
            "level": { ["entry", "junior", "mid", "senior", "lead", "director"].contains($0) },
            "money": { Int($0).map { $0 > 0 } ?? false },
            "hours": { Int($0).map { (1...168).contains($0) } ?? false },
            "years": { Int($0).map { (0...60).contains($0) } ?? false },
        ]
        for utterance in Self.testSet {
            for (kind, values) in utterance.entities {
                guard let isKnown = known[kind] else { continue }
                for value in values where !isKnown(value) {
                    Issue.record("\"\(utterance.text)\": \(kind) \"\(value)\" names nothing in the knowledge base")
                }
            }
        }
    }
}
