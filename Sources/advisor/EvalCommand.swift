import AdvisorCore
import ArgumentParser
import CompiledKnowledge
import Foundation

/// `advisor eval`: scores the classifier and the entity extractor on the labelled test set.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure intent and entity recognition on the labelled test set (like `rasa test nlu`).",
        discussion: """
            Prints in-scope accuracy, macro-F1, per-intent precision and recall, out-of-scope precision and \
            recall, the most confused pairs and entity precision/recall, then a k-fold cross-validation on \
            the training examples.
            """
    )

    @Option(name: .customLong("knowledge"), help: "Read knowledge from this folder instead of the built-in copy.")
    var knowledgeFolder: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Folds of the cross-validation on the training examples (0 to skip).")
    var folds = 5

    @Flag(help: "Sweep the out-of-scope threshold and print the metrics at each value.")
    var sweep = false

    @Option(help: "Write train.jsonl and test.jsonl ({\"text\": …, \"intent\": …}) into this folder and stop.")
    var export: String?

    @Flag(help: "List every misclassified test utterance.")
    var misses = false

    @Flag(
        help: ArgumentHelp(
            "Score the first answers to the answer set (Knowledge/evaluation/answers.yaml) instead of the classifier.",
            discussion: "Also reports retrieval recall@5 and @10 of the must units (how high the fact index ranks them)."))
    var answers = false

    @Option(
        name: .customLong("answer-set"), help: "With --answers, score this file (`answers:` records) instead of the built-in answer set.")
    var answerSetFile: String?

    @Flag(help: "With --answers, print every question and its first answer.")
    var replies = false

    @Option(name: .customLong("test-set"), help: "Score this labelled YAML file (`utterances:` records) instead of the built-in test set.")
    var testSetFile: String?

    @Option(
        name: .customLong("constant"), parsing: .singleValue,
        help: ArgumentHelp(
            "Try another value of a formula constant or threshold, NAME=VALUE (repeatable).",
            discussion: "Names: \(Self.constants.keys.sorted().joined(separator: ", ")).",
            valueName: "name=value"))
    var constants: [String] = []

    /// The formula's constants and the thresholds that `--constant` can set.
    static var constants: [String: WritableKeyPath<(IntentClassifier.Formula, IntentClassifier.Thresholds), Double>] {
        [
            "keyword-boost": \.0.keywordBoost, "second-nearest": \.0.secondNearest, "centroid": \.0.centroid,
            "unknown-word": \.0.unknownWordFactor, "out-of-scope-word": \.0.outOfScopeWordFactor,
            "foreign-word-evidence": \.0.foreignWordEvidence, "plain-word": \.0.plainWordWeight,
            "out-of-scope-threshold": \.1.outOfScope, "clarify-threshold": \.1.clarify,
        ]
    }

    /// The formula and thresholds with every `--constant` applied.
    private func tuning() throws -> (IntentClassifier.Formula, IntentClassifier.Thresholds) {
        var tuning = (IntentClassifier.Formula(), IntentClassifier.Thresholds.default)
        for assignment in constants {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let path = Self.constants[parts[0]] else {
                let name = parts.first ?? ""
                let hint = String.didYouMean(name.closest(among: Array(Self.constants.keys)))
                throw ValidationError("--constant \"\(assignment)\": unknown constant \"\(name)\"\(hint)")
            }
            guard let value = Double(parts[1]), value.isFinite, value >= 0, value <= 1 else {
                throw ValidationError("--constant \"\(assignment)\": the value must be a number from 0 to 1")
            }
            tuning[keyPath: path] = value
        }
        return tuning
    }

    func run() throws {
        let files = try knowledgeFiles()
        let loader = KnowledgeLoader()
        if answers {
            try evaluateAnswers(files: files, loader: loader)
            return
        }
        let knowledge: KnowledgeBase
        let testSet: [LabelledUtterance]
        do {
            knowledge = try loader.load(files)
            if let testSetFile {
                guard let data = FileManager.default.contents(atPath: testSetFile) else {
                    throw ValidationError("\(testSetFile): error: cannot read the test set (check the path)")
                }
                testSet = try loader.loadLabelledUtterances([KnowledgeFile(path: testSetFile, bytes: [UInt8](data))])
            } else {
                testSet = try loader.loadTestSet(files)
            }
        } catch let error as KnowledgeLoadFailure {
            throw ValidationError(error.problems.map(\.description).joined(separator: "\n"))
        }
        if let export {
            try exportData(knowledge: knowledge, testSet: testSet, to: export)
            return
        }
        let (formula, thresholds) = try tuning()
        let classifier = IntentClassifier(knowledge: knowledge, thresholds: thresholds, formula: formula)
        let report = IntentEvaluation(testSet: testSet, classifier: classifier, extractor: EntityExtractor(knowledge: knowledge))
        let validation =
            folds > 1
            ? CrossValidation(intents: knowledge.intents, folds: folds, thresholds: thresholds, formula: formula) : nil
        let thresholdSweep = sweep ? ThresholdSweep(testSet: testSet, classifier: classifier) : nil
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(EvalOutput(report: report, crossValidation: validation, sweep: thresholdSweep))
            print(String(decoding: data, as: UTF8.self))
        } else {
            for line in EvaluationReport(
                report: report, crossValidation: validation, sweep: thresholdSweep,
                listMisses: misses
            ).lines {
                print(line)
            }
        }
    }

    /// `--answers`: every question of the answer set through the advisor, from a fresh state.
    private func evaluateAnswers(files: [KnowledgeFile], loader: KnowledgeLoader) throws {
        let advisor: Advisor
        let set: [LabelledAnswer]
        let sameClaims: [[String]]
        do {
            advisor = Advisor(knowledge: try loader.load(files))
            var setFiles = files.filter { $0.isEvaluationData && $0.path.hasSuffix("answers.yaml") }
            if let answerSetFile {
                guard let data = FileManager.default.contents(atPath: answerSetFile) else {
                    throw ValidationError("\(answerSetFile): error: cannot read the answer set (check the path)")
                }
                setFiles = [KnowledgeFile(path: answerSetFile, bytes: [UInt8](data))]
            }
            let units = Set(advisor.responder.index.units.map(\.id))
            set = try loader.loadAnswerSet(setFiles, units: units)
            sameClaims = try loader.loadSameClaims(
                files.filter { $0.isEvaluationData && $0.path.hasSuffix("same-claims.yaml") }, units: units)
        } catch let error as KnowledgeLoadFailure {
            throw ValidationError(error.problems.map(\.description).joined(separator: "\n"))
        }
        let evaluation = AnswerEvaluation(answers: set, advisor: advisor, sameClaims: sameClaims)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
            return
        }
        if replies {
            for (answer, result) in zip(set, evaluation.results) {
                print("=== \(answer.id) [\(answer.domain.rawValue)] \(answer.text)")
                print("must: \(answer.must.joined(separator: ", "))  gaps: \(answer.gaps.map(\.rawValue).joined(separator: ", "))")
                print(result.reply)
                print("")
            }
        }
        for line in evaluation.lines { print(line) }
    }

    private func knowledgeFiles() throws -> [KnowledgeFile] {
        guard let knowledgeFolder else { return KnowledgeLoader.embeddedFiles }
        do {
            return try KnowledgeFolder(path: knowledgeFolder).read()
        } catch {
            throw ValidationError(error.problems.map(\.description).joined(separator: "\n"))
        }
    }

    private func exportData(knowledge: KnowledgeBase, testSet: [LabelledUtterance], to folder: String) throws {
        let directory = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let train = knowledge.intents.flatMap { definition in definition.examples.map { ($0, definition.intent) } }
        try write(train, to: directory.appendingPathComponent("train.jsonl"))
        try write(testSet.map { ($0.text, $0.intent) }, to: directory.appendingPathComponent("test.jsonl"))
        print("wrote \(train.count) training and \(testSet.count) test utterances to \(folder)")
    }

    private func write(_ lines: [(String, Intent)], to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for (text, intent) in lines {
            output.append(try encoder.encode(["text": text, "intent": intent.rawValue]))
            output.append(0x0A)
        }
        try output.write(to: url)
    }
}

/// The whole `--json` document.
private struct EvalOutput: Encodable {
    var report: IntentEvaluation
    var crossValidation: CrossValidation?
    var sweep: ThresholdSweep?
}
